package dev.akmatori.domain.settings;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The outbound integrations with a proxy toggle (contract §3.10.4), in the order GET lists them.
 * {@code openai} is a wire synonym of {@link #LLM}; {@link #SSH} never uses the proxy.
 */
public enum ProxyService {
  LLM,
  SLACK,
  ZABBIX,
  VICTORIA_METRICS,
  CATCHPOINT,
  GRAFANA,
  PAGERDUTY,
  NETBOX,
  KUBERNETES,
  SSH;

  /** The older name of the {@link #LLM} toggle, still read and written by clients. */
  public static final String OPENAI_SYNONYM = "openai";

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether traffic of this service can go through the proxy at all. */
  public boolean supported() {
    return this != SSH;
  }

  /** The service named {@code wire}; {@code openai} is {@link #LLM}. */
  public static Optional<ProxyService> fromWire(String wire) {
    if (OPENAI_SYNONYM.equals(wire)) {
      return Optional.of(LLM);
    }
    return Arrays.stream(values()).filter(s -> s.wireName().equals(wire)).findFirst();
  }
}
