package dev.akmatori.adapter.http.incident;

import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.incident.IncidentStatus;

/** The 202 answer of {@code POST /api/incidents/{uuid}/cancel} (contract §3.1.4). */
record CancelResponse(String uuid, String status, String message) {
  static CancelResponse of(IncidentId id, IncidentStatus status) {
    return new CancelResponse(id.toString(), status.wireName(), "Cancellation requested");
  }
}
