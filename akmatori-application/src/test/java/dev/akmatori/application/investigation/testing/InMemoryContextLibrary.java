package dev.akmatori.application.investigation.testing;

import dev.akmatori.application.investigation.context.ContextFileInfo;
import dev.akmatori.application.investigation.context.ContextLibrary;
import dev.akmatori.domain.context.ContextFileName;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A {@link ContextLibrary} over files set up by the test, with their (extracted) text. Thread-safe. */
public final class InMemoryContextLibrary implements ContextLibrary {
  private record File(ContextFileInfo info, String text) {}

  private final Map<String, File> files = new TreeMap<>();

  /** A text file whose size is its UTF-8 length and whose MIME type comes from its extension. */
  public synchronized InMemoryContextLibrary file(String filename, String description, String text) {
    ContextFileName name = new ContextFileName(filename);
    long size = text.getBytes(StandardCharsets.UTF_8).length;
    files.put(filename, new File(new ContextFileInfo(filename, description, name.mimeType(), size), text));
    return this;
  }

  @Override
  public synchronized List<ContextFileInfo> list() {
    return files.values().stream().map(File::info).toList();
  }

  @Override
  public synchronized Optional<String> text(ContextFileName filename) {
    return Optional.ofNullable(files.get(filename.value())).map(File::text);
  }
}
