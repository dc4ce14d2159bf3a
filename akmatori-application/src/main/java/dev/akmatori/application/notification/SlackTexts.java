package dev.akmatori.application.notification;

import dev.akmatori.domain.alert.AlertDetails;
import dev.akmatori.domain.alertsource.AlertSource;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentStatus;
import java.util.Locale;

/** The texts of the two Slack messages (contract §3.10.2), in Slack's mrkdwn with {@code &<>} escaped. */
final class SlackTexts {
  /** Slack truncates messages past 40,000 characters; answers are cut well before. */
  static final int MAX_RESPONSE = 35_000;

  private SlackTexts() {}

  /** The announcement: severity, alert name, source, host, service, summary, runbook and the incident link. */
  static String alert(AlertDetails d, AlertSource source, Incident incident, String baseUrl) {
    StringBuilder text = new StringBuilder();
    text.append(":rotating_light: *[").append(d.severity().wireName().toUpperCase(Locale.ROOT)).append("] ")
        .append(escape(d.alertName())).append("*\n")
        .append("*Source:* ").append(escape(source.type().spec().displayName()))
        .append(" (").append(escape(source.config().name())).append(")\n")
        .append("*Host:* ").append(orDash(d.targetHost())).append('\n')
        .append("*Service:* ").append(orDash(d.targetService())).append('\n')
        .append("*Summary:* ").append(orDash(d.summary())).append('\n');
    if (!d.runbookUrl().isEmpty()) {
      text.append("*Runbook:* ").append(escape(d.runbookUrl())).append('\n');
    }
    return text.append("Investigating: ").append(link(incident, baseUrl)).toString();
  }

  /** The thread answer: the final response, or the error, and the incident link. */
  static String result(Incident incident, String baseUrl) {
    StringBuilder text = new StringBuilder();
    if (incident.status() == IncidentStatus.COMPLETED) {
      text.append(":white_check_mark: *Investigation completed*\n").append(escape(cut(incident.response())));
    } else if (incident.status() == IncidentStatus.CANCELLED) {
      text.append(":no_entry_sign: *Investigation cancelled*");
    } else {
      text.append(":x: *Investigation failed:* ").append(escape(incident.error() == null ? "" : incident.error()));
    }
    return text.append("\n\nFull investigation: ").append(link(incident, baseUrl)).toString();
  }

  static String link(Incident incident, String baseUrl) {
    return baseUrl + "/incidents/" + incident.uuid();
  }

  private static String orDash(String s) {
    return s.isEmpty() ? "-" : escape(s);
  }

  private static String cut(String response) {
    String text = response == null ? "" : response;
    return text.length() <= MAX_RESPONSE ? text : text.substring(0, MAX_RESPONSE) + "\n…";
  }

  /** Slack's three control characters (its formatting docs: escape {@code &}, {@code <}, {@code >}). */
  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
