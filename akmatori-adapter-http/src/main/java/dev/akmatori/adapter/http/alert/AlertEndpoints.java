package dev.akmatori.adapter.http.alert;

import dev.akmatori.adapter.http.json.Replies;
import dev.akmatori.adapter.http.paging.Pagination;
import dev.akmatori.adapter.http.routing.Routes;
import dev.akmatori.application.alert.ListAlerts;
import dev.akmatori.application.incident.GetIncident;
import dev.akmatori.domain.alert.AlertFilter;
import dev.akmatori.domain.alert.AlertStatus;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.shared.NotFoundException;
import dev.akmatori.domain.shared.PageRequest;
import dev.akmatori.domain.shared.Violations;
import io.javalin.http.Context;
import java.util.Optional;

/** {@code GET /api/alerts} (contract §3.2) and {@code GET /api/incidents/{uuid}/alerts} (§3.1.6). */
public final class AlertEndpoints {
  private final ListAlerts alerts;

  public AlertEndpoints(ListAlerts alerts) {
    this.alerts = alerts;
  }

  public void register(Routes routes) {
    routes.get("/api/alerts", this::list).get("/api/incidents/{uuid}/alerts", this::forIncident);
  }

  /** Paging and filter errors are answered together. */
  void list(Context ctx) {
    Violations v = new Violations();
    Optional<PageRequest> paging = Pagination.read(ctx, v);
    AlertFilter filter = filter(ctx, v);
    v.throwIfAny();
    Replies.ok(ctx, Pagination.body(paging, alerts.list(filter, paging.orElse(PageRequest.ALL)).map(AlertResponse::from)));
  }

  void forIncident(Context ctx) {
    IncidentId id =
        IncidentId.parse(ctx.pathParam("uuid")).orElseThrow(() -> new NotFoundException(GetIncident.NOT_FOUND));
    Optional<PageRequest> paging = Pagination.read(ctx);
    Replies.ok(ctx, Pagination.body(paging, alerts.forIncident(id, paging.orElse(PageRequest.ALL)).map(AlertResponse::from)));
  }

  private static AlertFilter filter(Context ctx, Violations v) {
    String status = ctx.queryParam("status");
    Optional<AlertStatus> parsed = Optional.ofNullable(status).flatMap(AlertStatus::fromWire);
    if (status != null && parsed.isEmpty()) {
      v.add("status", "must be firing or resolved");
    }
    return new AlertFilter(parsed, Optional.ofNullable(ctx.queryParam("source_uuid")));
  }
}
