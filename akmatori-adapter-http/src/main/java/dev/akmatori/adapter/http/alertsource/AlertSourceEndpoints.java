package dev.akmatori.adapter.http.alertsource;

import dev.akmatori.adapter.http.json.JsonBodies;
import dev.akmatori.adapter.http.json.JsonBody;
import dev.akmatori.adapter.http.json.Replies;
import dev.akmatori.adapter.http.paging.Pagination;
import dev.akmatori.adapter.http.routing.Routes;
import dev.akmatori.application.alertsource.AlertSourceView;
import dev.akmatori.application.alertsource.ManageAlertSources;
import dev.akmatori.domain.alertsource.AlertSourceChanges;
import dev.akmatori.domain.alertsource.AlertSourceDraft;
import dev.akmatori.domain.alertsource.AlertSourceId;
import dev.akmatori.domain.shared.NotFoundException;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;

/** {@code /api/alert-source-types} and {@code /api/alert-sources} (contract §3.5). */
public final class AlertSourceEndpoints {
  private static final String TYPES = "/api/alert-source-types";
  private static final String BASE = "/api/alert-sources";
  private static final String[] CREATE_FIELDS = {
    "source_type_name", "name", "description", "webhook_secret", "field_mappings", "settings", "enabled"
  };
  private static final String[] UPDATE_FIELDS = {
    "name", "description", "webhook_secret", "field_mappings", "settings", "enabled"
  };

  private final ManageAlertSources alertSources;
  private final JsonBodies bodies;

  public AlertSourceEndpoints(ManageAlertSources alertSources, JsonBodies bodies) {
    this.alertSources = alertSources;
    this.bodies = bodies;
  }

  public void register(Routes routes) {
    routes
        .get(TYPES, this::types)
        .get(BASE, this::list)
        .post(BASE, this::create)
        .get(BASE + "/{uuid}", this::get)
        .put(BASE + "/{uuid}", this::update)
        .delete(BASE + "/{uuid}", this::delete);
  }

  void types(Context ctx) {
    Optional<PageRequest> paging = Pagination.read(ctx);
    Page<?> page = Page.slice(alertSources.types(), paging.orElse(PageRequest.ALL)).map(AlertSourceTypeResponse::from);
    Replies.ok(ctx, Pagination.body(paging, page));
  }

  void list(Context ctx) {
    Optional<PageRequest> paging = Pagination.read(ctx);
    Page<AlertSourceView> page = alertSources.list(paging.orElse(PageRequest.ALL));
    Replies.ok(ctx, Pagination.body(paging, page.map(AlertSourceResponse::from)));
  }

  void create(Context ctx) {
    JsonBody body = bodies.read(ctx, CREATE_FIELDS);
    String type = body.requiredString("source_type_name");
    String name = body.requiredString("name");
    String description = body.optionalString("description");
    String secret = body.optionalString("webhook_secret");
    Map<String, Object> mappings = body.optionalObject("field_mappings");
    Map<String, Object> settings = body.optionalObject("settings");
    Boolean enabled = body.optionalBoolean("enabled");
    AlertSourceDraft draft =
        body.validate(() -> AlertSourceDraft.of(type, name, description, secret, mappings, settings, enabled));
    AlertSourceView created = alertSources.create(draft);
    Replies.created(ctx, BASE + "/" + created.source().uuid(), AlertSourceResponse.from(created));
  }

  void get(Context ctx) {
    Replies.ok(ctx, AlertSourceResponse.from(alertSources.get(uuid(ctx))));
  }

  void update(Context ctx) {
    AlertSourceId uuid = uuid(ctx);
    JsonBody body = bodies.read(ctx, UPDATE_FIELDS);
    String name = body.optionalString("name");
    String description = body.optionalString("description");
    String secret = body.optionalString("webhook_secret");
    Map<String, Object> mappings = body.optionalObject("field_mappings");
    Map<String, Object> settings = body.optionalObject("settings");
    Boolean enabled = body.optionalBoolean("enabled");
    AlertSourceChanges changes =
        body.validate(() -> AlertSourceChanges.of(name, description, secret, mappings, settings, enabled));
    Replies.ok(ctx, AlertSourceResponse.from(alertSources.update(uuid, changes)));
  }

  void delete(Context ctx) {
    alertSources.delete(uuid(ctx));
    Replies.noContent(ctx);
  }

  /** A malformed uuid matches nothing: 404, like an unknown one (contract §1.1). */
  private static AlertSourceId uuid(Context ctx) {
    return AlertSourceId.parse(ctx.pathParam("uuid"))
        .orElseThrow(() -> new NotFoundException(ManageAlertSources.NOT_FOUND));
  }
}
