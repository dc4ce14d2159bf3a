package dev.akmatori.application.alertsource;

import dev.akmatori.domain.alertsource.AlertSource;
import java.util.Optional;

/**
 * Finds the alert source a webhook is posted to (contract §4.1), with its clear webhook secret for
 * the check of §4.2.
 */
public interface AlertSourceLookup {
  /**
   * The source whose uuid is {@code uuid}; empty when none is, or the text is no UUID. The answer may
   * come from a cache that misses another replica's latest change for a moment (ADR 0025), so a
   * caller about to reject a webhook because of it asks {@link #findFreshForWebhook} first.
   */
  Optional<AlertSource> findForWebhook(String uuid);

  /** As {@link #findForWebhook}, read from the store now. */
  default Optional<AlertSource> findFreshForWebhook(String uuid) {
    return findForWebhook(uuid);
  }
}
