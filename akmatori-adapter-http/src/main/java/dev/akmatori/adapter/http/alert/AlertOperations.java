package dev.akmatori.adapter.http.alert;

import dev.akmatori.application.alert.IngestAlerts;
import dev.akmatori.application.alert.ListAlerts;
import java.util.Objects;

/** The alert use cases the API serves: webhook ingestion (contract §4) and the alert lists (§3.2, §3.1.6). */
public record AlertOperations(IngestAlerts ingest, ListAlerts list) {
  public AlertOperations {
    Objects.requireNonNull(ingest, "ingest");
    Objects.requireNonNull(list, "list");
  }
}
