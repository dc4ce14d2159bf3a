package dev.akmatori.application.alertsource;

import dev.akmatori.domain.alertsource.AlertSource;
import java.util.Optional;

/**
 * Finds the alert source a webhook is posted to (contract §4.1), with its clear webhook secret for
 * the check of §4.2. Reads the store on every call, so changes show at once on every replica.
 */
public interface AlertSourceLookup {
  /** The source whose uuid is {@code uuid}; empty when none is, or the text is no UUID. */
  Optional<AlertSource> findForWebhook(String uuid);
}
