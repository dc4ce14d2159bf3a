package dev.akmatori.adapter.http.alert;

import dev.akmatori.application.alert.AlertOutcome;
import dev.akmatori.application.alert.IngestResult;
import java.util.List;

/** The webhook's success body (contract §4.1): how many alerts were extracted and what each one did. */
record WebhookResponse(int received, List<Item> alerts) {
  static WebhookResponse from(IngestResult result) {
    return new WebhookResponse(result.received(), result.alerts().stream().map(Item::from).toList());
  }

  /** One alert: {@code alert_uuid} and {@code incident_uuid} are null when it was ignored. */
  record Item(String alertUuid, String fingerprint, String status, String incidentUuid, String action) {
    static Item from(AlertOutcome o) {
      return new Item(
          o.alert().map(Object::toString).orElse(null),
          o.fingerprint().value(),
          o.status().wireName(),
          o.incident().map(Object::toString).orElse(null),
          o.action().wireName());
    }
  }
}
