package dev.akmatori.adapter.http.multipart;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Deque;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.io.Content;

/**
 * Records what Jetty's multipart parser reports, in order, for {@link MultipartReader} to pull:
 * a {@link Head} when a part's headers are complete, {@code byte[]} copies of its content, {@link
 * #END} after it, then {@link #COMPLETE} or the parse failure as a {@link Throwable}. Jetty's own
 * listener base class reads the {@code Content-Disposition} name and filename (keeping Windows
 * paths such as {@code C:\docs\a.md} intact). The parser swallows listener exceptions, so nothing
 * here throws.
 */
final class PartEvents extends MultiPart.AbstractPartsListener {
  static final Object END = new Object();
  static final Object COMPLETE = new Object();

  private final Deque<Object> queue = new ArrayDeque<>();
  private String contentType;

  /** The next event, or null when the parser needs more input. */
  Object poll() {
    return queue.poll();
  }

  @Override
  public void onPartBegin() {
    contentType = null;
  }

  @Override
  public void onPartHeader(String name, String value) {
    super.onPartHeader(name, value);
    if ("Content-Type".equalsIgnoreCase(name)) {
      contentType = value;
    }
  }

  @Override
  public void onPartHeaders() {
    queue.add(new Head(getName(), getFileName(), contentType));
  }

  @Override
  public void onPartContent(Content.Chunk chunk) {
    // A copy: the chunk is a view of the reader's input buffer, which is reused. It is not
    // released: the reader's chunks are plain heap buffers, and the parser releases the ones it
    // makes itself (releasing those here fails the parse with "already released").
    ByteBuffer bytes = chunk.getByteBuffer().duplicate();
    if (bytes.hasRemaining()) {
      byte[] copy = new byte[bytes.remaining()];
      bytes.get(copy);
      queue.add(copy);
    }
  }

  @Override
  public void onPart(String name, String fileName, HttpFields headers) {
    queue.add(END);
  }

  @Override
  public void onComplete() {
    queue.add(COMPLETE);
  }

  @Override
  public void onFailure(Throwable failure) {
    queue.add(failure);
  }

  /** A part's field name, {@code Content-Disposition} filename and {@code Content-Type}. */
  record Head(String name, String filename, String contentType) {}
}
