package dev.akmatori.domain.context;

import dev.akmatori.domain.shared.ValidationException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The stored name of a context file (contract §3.6): at most 255 characters, one extension from the
 * allowed list, letters, digits, dashes and underscores otherwise. Also its file name under {@code
 * <data-dir>/context/}, so a valid name never leaves that directory.
 */
public record ContextFileName(String value) {
  public static final int MAX = 255;
  private static final Pattern FORMAT = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_-]*\\.[a-zA-Z0-9]+");
  private static final Map<String, String> MIME_BY_EXTENSION =
      Map.ofEntries(
          Map.entry(".md", "text/markdown"),
          Map.entry(".txt", "text/plain"),
          Map.entry(".log", "text/plain"),
          Map.entry(".conf", "text/plain"),
          Map.entry(".cfg", "text/plain"),
          Map.entry(".ini", "text/plain"),
          Map.entry(".json", "application/json"),
          Map.entry(".yaml", "application/yaml"),
          Map.entry(".yml", "application/yaml"),
          Map.entry(".xml", "application/xml"),
          Map.entry(".csv", "text/csv"),
          Map.entry(".sh", "application/x-sh"),
          Map.entry(".py", "text/x-python"),
          Map.entry(".pdf", "application/pdf"));
  /** The allowed extensions in the contract's order, for messages and docs. */
  public static final List<String> ALLOWED_EXTENSIONS =
      List.of(".md", ".txt", ".json", ".yaml", ".yml", ".xml", ".csv", ".log", ".conf", ".cfg", ".ini",
          ".sh", ".py", ".pdf");

  public ContextFileName {
    String problem = problem(value);
    if (problem != null) {
      throw ValidationException.of("filename", problem);
    }
  }

  /** The contract's message for {@code value} in check order, or null when it is valid. */
  public static String problem(String value) {
    if (value == null || value.isEmpty()) {
      return "is required";
    }
    if (value.codePointCount(0, value.length()) > MAX) {
      return "must be at most " + MAX + " characters";
    }
    if (!FORMAT.matcher(value).matches()) {
      return "invalid filename format: use only letters, numbers, dashes, underscores and one extension";
    }
    String ext = extensionOf(value);
    return MIME_BY_EXTENSION.containsKey(ext) ? null : "file type '" + ext + "' not allowed";
  }

  /** True when {@code value} is a valid stored name. */
  public static boolean isValid(String value) {
    return problem(value) == null;
  }

  /** The lowercase extension with its dot, e.g. {@code .md}. */
  public String extension() {
    return extensionOf(value);
  }

  /** The MIME type the extension maps to. */
  public String mimeType() {
    return MIME_BY_EXTENSION.get(extension());
  }

  private static String extensionOf(String name) {
    return name.substring(name.lastIndexOf('.')).toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}
