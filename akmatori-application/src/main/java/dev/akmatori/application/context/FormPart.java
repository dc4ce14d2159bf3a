package dev.akmatori.application.context;

import java.io.InputStream;

/**
 * One part of an upload form: its field {@code name}, the {@code filename} of its {@code
 * Content-Disposition} and its {@code Content-Type} (both null when absent), and its content,
 * readable once and only until the next part is asked for. Reading the content may throw the same
 * exceptions as {@link UploadForm#next()}.
 */
public record FormPart(String name, String filename, String contentType, InputStream content) {}
