package dev.akmatori.application.context;

import dev.akmatori.domain.context.ContextFile;
import java.io.InputStream;
import java.util.Objects;
import java.util.function.LongFunction;

/**
 * A context file ready to be sent: its record, its size on disk and a way to open its bytes from any
 * offset (for ranges); {@link #contentType()} applies the download rule to the record.
 */
public record ContextFileDownload(ContextFile file, long size, LongFunction<InputStream> opener) {
  public ContextFileDownload {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(opener, "opener");
  }

  /** The download {@code Content-Type} of contract §3.6. */
  public String contentType() {
    return file.downloadContentType();
  }

  /**
   * The bytes from {@code offset} on; the caller closes the stream.
   *
   * @throws dev.akmatori.domain.shared.NotFoundException when the file vanished meanwhile
   */
  public InputStream open(long offset) {
    return opener.apply(offset);
  }
}
