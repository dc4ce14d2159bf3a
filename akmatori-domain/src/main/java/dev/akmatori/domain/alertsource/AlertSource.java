package dev.akmatori.domain.alertsource;

import java.time.Instant;
import java.util.Objects;

/**
 * A configured receiver of alerts (contract §3.5): one webhook URL of one built-in type. The
 * webhook secret inside {@link #config()} is the clear value; it renders masked.
 */
public record AlertSource(
    long id,
    AlertSourceId uuid,
    AlertSourceType type,
    AlertSourceConfig config,
    Instant createdAt,
    Instant updatedAt) {

  /** Where alerts are posted, below the public base URL. */
  public static final String WEBHOOK_PATH = "/api/webhook/alert/";

  public AlertSource {
    if (id <= 0) {
      throw new IllegalArgumentException("alert source id must be positive: " + id);
    }
    Objects.requireNonNull(uuid, "uuid");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /** {@code <base>/api/webhook/alert/<uuid>}; {@code base} has no trailing slash. */
  public String webhookUrl(String base) {
    return base + WEBHOOK_PATH + uuid;
  }
}
