package dev.akmatori.domain.alertsource;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The normalised alert fields a payload path may be mapped to (contract §4.4), in contract order. */
public enum AlertField {
  ALERT_NAME,
  SEVERITY,
  STATUS,
  SUMMARY,
  DESCRIPTION,
  TARGET_HOST,
  TARGET_SERVICE,
  RUNBOOK_URL,
  METRIC_NAME,
  METRIC_VALUE,
  SOURCE_ALERT_ID,
  SOURCE_FINGERPRINT,
  STARTED_AT,
  ENDED_AT;

  /** The wire name, e.g. {@code alert_name}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The field named {@code wire} exactly; empty for anything else. */
  public static Optional<AlertField> fromWire(String wire) {
    return Arrays.stream(values()).filter(f -> f.wireName().equals(wire)).findFirst();
  }
}
