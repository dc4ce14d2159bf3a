package dev.akmatori.domain.alert;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Small factories of normalised alerts for tests of every layer. */
public final class TestAlerts {
  public static final String SOURCE_UUID = "0f6b1c2e-7a4d-4c1e-9f3a-2b5d8e9a1c77";
  public static final AlertOrigin ORIGIN = new AlertOrigin(SOURCE_UUID, "alertmanager", "prod-am");

  private TestAlerts() {}

  /** HighCPUUsage on {@code host}, with the given source fingerprint. */
  public static AlertDetails details(String host, String sourceFingerprint) {
    return details("HighCPUUsage", host, sourceFingerprint);
  }

  public static AlertDetails details(String name, String host, String sourceFingerprint) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("alertname", name);
    labels.put("instance", host);
    Map<String, Object> raw = new LinkedHashMap<>();
    raw.put("labels", new LinkedHashMap<>(labels));
    raw.put("fingerprint", sourceFingerprint);
    return new AlertDetails(
        name, Severity.CRITICAL, "CPU usage above 95% on " + host, "CPU has been >95% for 5 minutes", host, "node",
        labels, "", "", "https://runbooks.example/cpu", sourceFingerprint, sourceFingerprint, raw);
  }

  public static NormalizedAlert firing(AlertDetails details, Instant startedAt) {
    return new NormalizedAlert(details, AlertStatus.FIRING, Optional.ofNullable(startedAt), Optional.empty());
  }

  public static NormalizedAlert resolved(AlertDetails details, Instant endedAt) {
    return new NormalizedAlert(details, AlertStatus.RESOLVED, Optional.empty(), Optional.ofNullable(endedAt));
  }
}
