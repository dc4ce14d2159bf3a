package dev.akmatori.adapter.http.connector;

import dev.akmatori.adapter.http.json.JsonBodies;
import dev.akmatori.adapter.http.json.Replies;
import dev.akmatori.adapter.http.paging.Pagination;
import dev.akmatori.adapter.http.routing.Routes;
import dev.akmatori.application.connector.ManageHttpConnectors;
import dev.akmatori.domain.connector.HttpConnector;
import dev.akmatori.domain.connector.HttpConnectorId;
import dev.akmatori.domain.shared.BadRequestException;
import dev.akmatori.domain.shared.NumericId;
import dev.akmatori.domain.shared.PageRequest;
import io.javalin.http.Context;
import java.util.Optional;

/** {@code /api/http-connectors}: CRUD of HTTP connectors and their tool types (contract §3.8). */
public final class HttpConnectorEndpoints {
  private static final String BASE = "/api/http-connectors";

  private final ManageHttpConnectors connectors;
  private final JsonBodies bodies;

  public HttpConnectorEndpoints(ManageHttpConnectors connectors, JsonBodies bodies) {
    this.connectors = connectors;
    this.bodies = bodies;
  }

  public void register(Routes routes) {
    routes
        .get(BASE, this::list)
        .post(BASE, this::create)
        .get(BASE + "/{id}", this::get)
        .put(BASE + "/{id}", this::update)
        .delete(BASE + "/{id}", this::delete);
  }

  void list(Context ctx) {
    Optional<PageRequest> paging = Pagination.read(ctx);
    PageRequest page = paging.orElse(PageRequest.ALL);
    Replies.ok(ctx, Pagination.body(paging, connectors.list(page).map(HttpConnectorResponse::from)));
  }

  void create(Context ctx) {
    HttpConnector created = connectors.create(HttpConnectorBody.read(bodies, ctx));
    Replies.created(ctx, BASE + "/" + created.id(), HttpConnectorResponse.from(created));
  }

  void get(Context ctx) {
    Replies.ok(ctx, HttpConnectorResponse.from(connectors.get(id(ctx))));
  }

  void update(Context ctx) {
    HttpConnectorId id = id(ctx);
    Replies.ok(ctx, HttpConnectorResponse.from(connectors.update(id, HttpConnectorBody.read(bodies, ctx))));
  }

  void delete(Context ctx) {
    connectors.delete(id(ctx));
    Replies.noContent(ctx);
  }

  private static HttpConnectorId id(Context ctx) {
    return NumericId.parse(ctx.pathParam("id"))
        .map(HttpConnectorId::new)
        .orElseThrow(() -> new BadRequestException("Invalid HTTP connector ID"));
  }
}
