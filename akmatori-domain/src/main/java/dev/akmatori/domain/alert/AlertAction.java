package dev.akmatori.domain.alert;

import java.util.Locale;

/** What ingesting one alert did (contract §4.1, §4.7). */
public enum AlertAction {
  CREATED,
  DEDUPLICATED,
  CORRELATED,
  RESOLVED,
  IGNORED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
