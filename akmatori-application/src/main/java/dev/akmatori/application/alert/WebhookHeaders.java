package dev.akmatori.application.alert;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The request headers of a webhook, looked up case-insensitively (the first value of each name). */
public final class WebhookHeaders {
  private final Map<String, String> values;

  private WebhookHeaders(Map<String, String> values) {
    this.values = values;
  }

  /** Headers from name → first value; names differing only in case keep the first one given. */
  public static WebhookHeaders of(Map<String, String> headers) {
    Map<String, String> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach(map::putIfAbsent);
    return new WebhookHeaders(Collections.unmodifiableMap(map));
  }

  public static WebhookHeaders none() {
    return of(Map.of());
  }

  public Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  @Override
  public String toString() {
    return "WebhookHeaders" + values.keySet(); // names only: values carry secrets
  }
}
