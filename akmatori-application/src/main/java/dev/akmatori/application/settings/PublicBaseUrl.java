package dev.akmatori.application.settings;

import dev.akmatori.domain.settings.GeneralSettings;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * The public base URL of the UI/API (contract §3.5, §7): the general {@code base_url}, else {@code
 * AKMATORI_BASE_URL}, else {@code http://localhost:<port>}; never with a trailing {@code /}. Read
 * from the store on every call, so a PUT shows at once on every replica.
 */
public final class PublicBaseUrl {
  private final SettingsStore<GeneralSettings> general;
  private final Supplier<String> fallback;
  private final Clock clock;

  /** {@code fallback} gives {@code AKMATORI_BASE_URL} or the localhost URL of the bound port. */
  public PublicBaseUrl(SettingsStore<GeneralSettings> general, Supplier<String> fallback, Clock clock) {
    this.general = general;
    this.fallback = fallback;
    this.clock = clock;
  }

  public String current() {
    String stored = general.load(clock.instant()).value().baseUrl();
    return withoutTrailingSlashes(stored.isEmpty() ? fallback.get() : stored);
  }

  private static String withoutTrailingSlashes(String url) {
    int end = url.length();
    while (end > 0 && url.charAt(end - 1) == '/') {
      end--;
    }
    return url.substring(0, end);
  }
}
