package dev.akmatori.application.context;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Supplier;

/** An {@link UploadForm} made of given parts, optionally failing after the last of them. */
public final class ScriptedUploadForm implements UploadForm {
  private final Deque<FormPart> parts = new ArrayDeque<>();
  private Supplier<RuntimeException> failureAtEnd;

  public ScriptedUploadForm file(String clientName, String contentType, byte[] content) {
    return part("file", clientName, contentType, new ByteArrayInputStream(content));
  }

  public ScriptedUploadForm file(String clientName, String text) {
    return file(clientName, null, text.getBytes(StandardCharsets.UTF_8));
  }

  public ScriptedUploadForm field(String name, String value) {
    return part(name, null, null, new ByteArrayInputStream(value.getBytes(StandardCharsets.UTF_8)));
  }

  public ScriptedUploadForm part(String name, String filename, String contentType, InputStream content) {
    parts.add(new FormPart(name, filename, contentType, content));
    return this;
  }

  /** After the last part, {@link #next()} throws what {@code failure} supplies. */
  public ScriptedUploadForm failingAtEnd(Supplier<RuntimeException> failure) {
    this.failureAtEnd = failure;
    return this;
  }

  @Override
  public Optional<FormPart> next() {
    if (parts.isEmpty() && failureAtEnd != null) {
      throw failureAtEnd.get();
    }
    return Optional.ofNullable(parts.poll());
  }
}
