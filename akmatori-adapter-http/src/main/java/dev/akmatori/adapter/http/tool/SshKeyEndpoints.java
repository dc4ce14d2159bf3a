package dev.akmatori.adapter.http.tool;

import dev.akmatori.adapter.http.json.JsonBodies;
import dev.akmatori.adapter.http.json.JsonBody;
import dev.akmatori.adapter.http.json.Replies;
import dev.akmatori.adapter.http.paging.Pagination;
import dev.akmatori.adapter.http.routing.Routes;
import dev.akmatori.application.tool.ManageSshKeys;
import dev.akmatori.application.tool.SshKeyChange;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import dev.akmatori.domain.shared.Secret;
import dev.akmatori.domain.tool.SshKey;
import dev.akmatori.domain.tool.SshKeyDraft;
import dev.akmatori.domain.tool.ToolInstanceId;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * {@code /api/tools/{id}/ssh-keys} (contract §3.4.3). The tool is checked before a body is read, so
 * a non-{@code ssh} tool answers its 400 whatever the body holds.
 */
public final class SshKeyEndpoints {
  private static final String BASE = "/api/tools/{id}/ssh-keys";

  private final ManageSshKeys keys;
  private final JsonBodies bodies;

  public SshKeyEndpoints(ManageSshKeys keys, JsonBodies bodies) {
    this.keys = keys;
    this.bodies = bodies;
  }

  public void register(Routes routes) {
    routes
        .get(BASE, this::list)
        .post(BASE, this::create)
        .get(BASE + "/{keyId}", this::get)
        .put(BASE + "/{keyId}", this::update)
        .delete(BASE + "/{keyId}", this::delete);
  }

  void list(Context ctx) {
    ToolInstanceId tool = ToolIds.of(ctx);
    Optional<PageRequest> paging = Pagination.read(ctx);
    Page<SshKey> page = Page.slice(keys.list(tool), paging.orElse(PageRequest.ALL));
    Replies.ok(ctx, Pagination.body(paging, page.map(SshKeyResponse::from)));
  }

  void create(Context ctx) {
    ToolInstanceId tool = ToolIds.of(ctx);
    keys.checkTool(tool);
    JsonBody body = bodies.read(ctx, "name", "private_key", "is_default");
    String name = body.requiredString("name");
    String privateKey = body.requiredString("private_key");
    Boolean isDefault = body.optionalBoolean("is_default");
    SshKeyDraft draft = body.validate(() -> new SshKeyDraft(name, Secret.of(privateKey)));
    SshKey key = keys.create(tool, draft, Boolean.TRUE.equals(isDefault));
    Replies.created(ctx, "/api/tools/" + tool + "/ssh-keys/" + key.id(), SshKeyResponse.from(key));
  }

  void get(Context ctx) {
    Replies.ok(ctx, SshKeyResponse.from(keys.get(ToolIds.of(ctx), ctx.pathParam("keyId"))));
  }

  void update(Context ctx) {
    ToolInstanceId tool = ToolIds.of(ctx);
    keys.checkTool(tool);
    JsonBody body = bodies.read(ctx, "name", "is_default");
    String name = body.optionalString("name");
    Boolean isDefault = body.optionalBoolean("is_default");
    SshKeyChange change = body.validate(() -> new SshKeyChange(name, Boolean.TRUE.equals(isDefault)));
    Replies.ok(ctx, SshKeyResponse.from(keys.update(tool, ctx.pathParam("keyId"), change)));
  }

  void delete(Context ctx) {
    keys.delete(ToolIds.of(ctx), ctx.pathParam("keyId"));
    Replies.noContent(ctx);
  }
}
