package dev.akmatori.domain.settings;

import dev.akmatori.domain.shared.ValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated update of the general settings: an empty {@code baseUrl} clears it, any other value
 * must be an absolute http(s) URL and loses one trailing {@code /}.
 */
public record GeneralSettingsChanges(Optional<String> baseUrl) {
  public static final String INVALID_URL = "must be a valid HTTP or HTTPS URL";

  public GeneralSettingsChanges {
    Objects.requireNonNull(baseUrl, "baseUrl");
    baseUrl = baseUrl.map(GeneralSettingsChanges::normalized);
  }

  /** From the request value; null means "not provided". */
  public static GeneralSettingsChanges of(String baseUrl) {
    return new GeneralSettingsChanges(Optional.ofNullable(baseUrl));
  }

  private static String normalized(String url) {
    if (url.isEmpty()) {
      return url;
    }
    if (!WebUrls.isHttp(url)) {
      throw ValidationException.of("base_url", INVALID_URL);
    }
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
