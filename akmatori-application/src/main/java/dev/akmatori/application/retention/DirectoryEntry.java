package dev.akmatori.application.retention;

import java.time.Instant;
import java.util.Objects;

/** A directory directly inside {@code <data-dir>/incidents/}: its name and last modification time. */
public record DirectoryEntry(String name, Instant lastModified) {
  public DirectoryEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(lastModified, "lastModified");
  }
}
