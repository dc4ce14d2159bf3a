package dev.akmatori.adapter.http.incident;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.akmatori.adapter.http.json.JsonBodies;
import dev.akmatori.adapter.http.json.JsonBody;
import dev.akmatori.adapter.http.json.Replies;
import dev.akmatori.adapter.http.paging.Pagination;
import dev.akmatori.adapter.http.routing.Routes;
import dev.akmatori.application.incident.GetIncident;
import dev.akmatori.application.incident.ListIncidents;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentFilter;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.incident.IncidentTask;
import dev.akmatori.domain.shared.NotFoundException;
import dev.akmatori.domain.shared.PageRequest;
import dev.akmatori.domain.shared.Violations;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/** {@code /api/incidents} (contract §3.1): list, create, get, cancel and the event stream. */
public final class IncidentEndpoints {
  private static final String BASE = "/api/incidents";

  private final ListIncidents incidents;
  private final IncidentOperations ops;
  private final JsonBodies bodies;
  private final EventStream stream;

  public IncidentEndpoints(
      ListIncidents incidents, IncidentOperations ops, JsonBodies bodies, ObjectMapper mapper, EventStreams streams) {
    this.incidents = incidents;
    this.ops = ops;
    this.bodies = bodies;
    this.stream = new EventStream(ops.events(), mapper, streams, ops.streamPoll().toMillis(), ops.keepalive().toMillis());
  }

  public void register(Routes routes) {
    routes
        .get(BASE, this::list)
        .post(BASE, this::create)
        .get(BASE + "/{uuid}", this::get)
        .post(BASE + "/{uuid}/cancel", this::cancel)
        .get(BASE + "/{uuid}/events", this::events);
  }

  /** Always the envelope; paging and filter errors are answered together. */
  void list(Context ctx) {
    Violations v = new Violations();
    PageRequest page = Pagination.read(ctx, v).orElse(PageRequest.first());
    IncidentFilter filter = IncidentQuery.parse(ctx, v);
    v.throwIfAny();
    Replies.ok(ctx, Pagination.envelope(incidents.list(filter, page).map(IncidentResponse::listItem)));
  }

  void create(Context ctx) {
    JsonBody body = bodies.read(ctx, "task", "context");
    String text = body.requiredString("task");
    Map<String, Object> context = Optional.ofNullable(body.optionalObject("context")).orElse(Map.of());
    IncidentTask task = body.validate(() -> new IncidentTask(text));
    Incident created = ops.create().create(task, context);
    Replies.created(ctx, BASE + "/" + created.uuid(), CreatedIncidentResponse.from(created));
  }

  void get(Context ctx) {
    Replies.ok(ctx, IncidentResponse.from(ops.get().get(id(ctx))));
  }

  /** Any body is ignored: it is never read. */
  void cancel(Context ctx) {
    IncidentId id = id(ctx);
    Replies.accepted(ctx, CancelResponse.of(id, ops.cancel().cancel(id)));
  }

  /** JSON when {@code Accept} asks for it (and not for SSE), else the event stream. */
  void events(Context ctx) throws IOException {
    IncidentId id = id(ctx);
    long after = EventRequests.lastEventId(ctx.header("Last-Event-ID"));
    if (EventRequests.wantsJson(ctx.header("Accept"))) {
      Optional<PageRequest> paging = Pagination.read(ctx);
      Replies.ok(ctx, Pagination.body(paging, ops.events().page(id, after, paging.orElse(PageRequest.ALL)).map(EventResponse::from)));
      return;
    }
    boolean terminal = ops.events().status(id).isTerminal();
    stream.run(ctx.res(), id, after, terminal);
  }

  /** A malformed uuid matches nothing: 404 like an unknown one (contract §1.1). */
  private static IncidentId id(Context ctx) {
    return IncidentId.parse(ctx.pathParam("uuid")).orElseThrow(() -> new NotFoundException(GetIncident.NOT_FOUND));
  }
}
