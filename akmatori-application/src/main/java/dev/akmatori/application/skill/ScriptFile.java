package dev.akmatori.application.skill;

import java.time.Instant;
import java.util.Objects;

/** One script as stored: its name, UTF-8 text, size in bytes and last modification time. */
public record ScriptFile(String filename, String content, long size, Instant modifiedAt) {
  public ScriptFile {
    Objects.requireNonNull(filename, "filename");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(modifiedAt, "modifiedAt");
  }
}
