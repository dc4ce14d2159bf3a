package dev.akmatori.adapter.http.incident;

import dev.akmatori.adapter.http.json.Replies;
import dev.akmatori.adapter.http.paging.Pagination;
import dev.akmatori.adapter.http.routing.Routes;
import dev.akmatori.application.incident.ListIncidents;
import dev.akmatori.domain.incident.IncidentFilter;
import dev.akmatori.domain.shared.PageRequest;
import dev.akmatori.domain.shared.Violations;
import io.javalin.http.Context;

/** {@code /api/incidents} (contract §3.1); the list so far. */
public final class IncidentEndpoints {
  private final ListIncidents incidents;

  public IncidentEndpoints(ListIncidents incidents) {
    this.incidents = incidents;
  }

  public void register(Routes routes) {
    routes.get("/api/incidents", this::list);
  }

  /** Always the envelope; paging and filter errors are answered together. */
  void list(Context ctx) {
    Violations v = new Violations();
    PageRequest page = Pagination.read(ctx, v).orElse(PageRequest.first());
    IncidentFilter filter = IncidentQuery.parse(ctx, v);
    v.throwIfAny();
    Replies.ok(ctx, Pagination.envelope(incidents.list(filter, page).map(IncidentListItem::from)));
  }
}
