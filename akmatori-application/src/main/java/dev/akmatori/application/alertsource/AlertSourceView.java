package dev.akmatori.application.alertsource;

import dev.akmatori.domain.alertsource.AlertSource;
import java.util.Objects;

/** An alert source as the API shows it: with the webhook URL under the current public base URL. */
public record AlertSourceView(AlertSource source, String webhookUrl) {
  public AlertSourceView {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(webhookUrl, "webhookUrl");
  }
}
