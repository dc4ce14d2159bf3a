package dev.akmatori.domain.context;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The two MIME rules of contract §3.6. On upload the part's own {@code Content-Type} is kept unless
 * it is missing or {@code application/octet-stream}; then the extension decides. On download the
 * stored type is only trusted when it names what the extension maps to, so a file uploaded as
 * {@code text/html} is never served as HTML.
 */
public final class ContextFileMime {
  public static final String OCTET_STREAM = "application/octet-stream";
  /** The longest declared type that is kept; it fits the database column. */
  public static final int MAX_LENGTH = 255;

  private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
  private static final Pattern MEDIA_TYPE =
      Pattern.compile(TOKEN + "/" + TOKEN + "(\\s*;\\s*" + TOKEN + "=(" + TOKEN + "|\"[^\"\\\\]*\"))*");

  private ContextFileMime() {}

  /**
   * The {@code mime_type} recorded for an upload named {@code name} whose part declared {@code
   * declared} (null when absent). A value that is not a media type at all, or longer than {@link
   * #MAX_LENGTH}, counts as missing: the contract never lets bad input become a failure here.
   */
  public static String forUpload(String declared, ContextFileName name) {
    String value = declared == null ? "" : declared.strip();
    boolean usable =
        !value.isEmpty()
            && value.length() <= MAX_LENGTH
            && MEDIA_TYPE.matcher(value).matches()
            && !essence(value).equals(OCTET_STREAM);
    return usable ? value : name.mimeType();
  }

  /**
   * The download {@code Content-Type}: {@code stored} when its type (parameters ignored,
   * case-insensitive) is the one the extension maps to, else {@code application/octet-stream}.
   */
  public static String forDownload(String stored, ContextFileName name) {
    return stored != null && essence(stored).equals(name.mimeType()) ? stored : OCTET_STREAM;
  }

  /** {@code type/subtype} in lower case, without parameters or surrounding space. */
  static String essence(String mediaType) {
    int semicolon = mediaType.indexOf(';');
    String type = semicolon < 0 ? mediaType : mediaType.substring(0, semicolon);
    return type.strip().toLowerCase(Locale.ROOT);
  }
}
