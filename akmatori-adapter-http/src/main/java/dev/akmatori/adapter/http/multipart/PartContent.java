package dev.akmatori.adapter.http.multipart;

import java.io.InputStream;

/**
 * The content of the current part, read straight from the request through {@link
 * MultipartReader}. Ends at the part's boundary. Reading may throw the reader's unchecked
 * failures: a broken body or a request past its limit.
 */
final class PartContent extends InputStream {
  private final MultipartReader reader;
  private final byte[] one = new byte[1];
  private byte[] pending;
  private int position;
  private boolean ended;

  PartContent(MultipartReader reader) {
    this.reader = reader;
  }

  @Override
  public int read() {
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] target, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    if (!fill()) {
      return -1;
    }
    int n = Math.min(length, pending.length - position);
    System.arraycopy(pending, position, target, offset, n);
    position += n;
    if (position == pending.length) {
      pending = null;
    }
    return n;
  }

  /** Reads the rest of the part and throws it away. */
  void skipRest() {
    while (fill()) {
      pending = null;
    }
  }

  /** True when bytes are pending, pulling the next event if needed; false at the part's end. */
  private boolean fill() {
    while (pending == null && !ended) {
      Object event = reader.nextEvent();
      if (event == PartEvents.END) {
        ended = true;
      } else if (event instanceof byte[]) {
        pending = (byte[]) event;
        position = 0;
      }
    }
    return pending != null;
  }
}
