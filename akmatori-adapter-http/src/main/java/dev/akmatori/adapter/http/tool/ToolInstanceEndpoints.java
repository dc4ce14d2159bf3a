package dev.akmatori.adapter.http.tool;

import dev.akmatori.adapter.http.json.JsonBodies;
import dev.akmatori.adapter.http.json.JsonBody;
import dev.akmatori.adapter.http.json.Replies;
import dev.akmatori.adapter.http.paging.Pagination;
import dev.akmatori.adapter.http.routing.Routes;
import dev.akmatori.application.tool.CreateToolInstance;
import dev.akmatori.application.tool.ManageToolInstances;
import dev.akmatori.application.tool.ToolInstanceDetails;
import dev.akmatori.application.tool.UpdateToolInstance;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import dev.akmatori.domain.tool.ToolInstanceId;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * {@code /api/tools} (contract §3.4.2). Bodies are checked in full before anything is written, so
 * JSON-shape problems and rule violations come back together in one 400.
 */
public final class ToolInstanceEndpoints {
  private static final String BASE = "/api/tools";

  private final ManageToolInstances tools;
  private final JsonBodies bodies;

  public ToolInstanceEndpoints(ManageToolInstances tools, JsonBodies bodies) {
    this.tools = tools;
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
    Page<ToolInstanceDetails> page = Page.slice(tools.list(), paging.orElse(PageRequest.ALL));
    Replies.ok(ctx, Pagination.body(paging, page.map(ToolInstanceResponse::from)));
  }

  void create(Context ctx) {
    JsonBody body = bodies.read(ctx, "tool_type_id", "name", "logical_name", "settings", "enabled");
    CreateToolInstance command = new CreateToolInstance(
        body.optionalInteger("tool_type_id"), body.optionalString("name"), body.optionalString("logical_name"),
        body.optionalObject("settings"), body.optionalBoolean("enabled"));
    body.validate(() -> checked(command));
    ToolInstanceDetails created = tools.create(command);
    Replies.created(ctx, BASE + "/" + created.instance().id(), ToolInstanceResponse.from(created));
  }

  void get(Context ctx) {
    Replies.ok(ctx, ToolInstanceResponse.from(tools.get(ToolIds.of(ctx))));
  }

  void update(Context ctx) {
    ToolInstanceId id = ToolIds.of(ctx);
    JsonBody body = bodies.read(ctx, "name", "logical_name", "settings", "enabled");
    UpdateToolInstance command = new UpdateToolInstance(body.optionalString("name"),
        body.optionalString("logical_name"), body.optionalObject("settings"), body.optionalBoolean("enabled"));
    body.validate(() -> checked(id, command));
    Replies.ok(ctx, ToolInstanceResponse.from(tools.update(id, command)));
  }

  void delete(Context ctx) {
    tools.delete(ToolIds.of(ctx));
    Replies.noContent(ctx);
  }

  /** The read-only validation of the use case, run inside {@link JsonBody#validate}. */
  private CreateToolInstance checked(CreateToolInstance command) {
    tools.check(command);
    return command;
  }

  private UpdateToolInstance checked(ToolInstanceId id, UpdateToolInstance command) {
    tools.check(id, command);
    return command;
  }
}
