package dev.akmatori.adapter.http.incident;

import dev.akmatori.domain.incident.Incident;

/** The short answer of {@code POST /api/incidents} (contract §3.1.3). */
record CreatedIncidentResponse(String uuid, String status, String workingDir, String message) {
  static CreatedIncidentResponse from(Incident i) {
    return new CreatedIncidentResponse(
        i.uuid().toString(), i.status().wireName(), i.workingDir(), "Incident created and processing started");
  }
}
