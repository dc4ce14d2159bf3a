package dev.akmatori.application.investigation.context;

import java.util.Objects;

/** A context file as {@code list_context_files} shows it: name, description, MIME type, bytes. */
public record ContextFileInfo(String filename, String description, String mimeType, long size) {
  public ContextFileInfo {
    Objects.requireNonNull(filename, "filename");
    description = description == null ? "" : description;
    mimeType = mimeType == null ? "" : mimeType;
  }
}
