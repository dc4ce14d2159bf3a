package dev.akmatori.adapter.http.apikey;

import dev.akmatori.adapter.http.json.JsonBodies;
import dev.akmatori.adapter.http.json.JsonBody;
import dev.akmatori.adapter.http.json.Replies;
import dev.akmatori.adapter.http.paging.Pagination;
import dev.akmatori.adapter.http.routing.Routes;
import dev.akmatori.application.auth.ManageApiKeys;
import dev.akmatori.application.auth.ManageApiKeys.CreatedApiKey;
import dev.akmatori.domain.auth.ApiKey;
import dev.akmatori.domain.auth.ApiKeyId;
import dev.akmatori.domain.auth.ApiKeyName;
import dev.akmatori.domain.shared.BadRequestException;
import dev.akmatori.domain.shared.NumericId;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import io.javalin.http.Context;
import java.util.Optional;

/** {@code /api/api-keys} (contract §2.4). The clear key is shown once, in the 201. */
public final class ApiKeyEndpoints {
  private static final String BASE = "/api/api-keys";

  private final ManageApiKeys apiKeys;
  private final JsonBodies bodies;

  public ApiKeyEndpoints(ManageApiKeys apiKeys, JsonBodies bodies) {
    this.apiKeys = apiKeys;
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
    // The use case returns every key (few by nature); paging is cut here.
    Page<ApiKey> page = Page.slice(apiKeys.list(), paging.orElse(PageRequest.ALL));
    Replies.ok(ctx, Pagination.body(paging, page.map(ApiKeyResponse::from)));
  }

  void create(Context ctx) {
    JsonBody body = bodies.read(ctx, "name");
    String name = body.requiredString("name");
    ApiKeyName validName = body.validate(() -> new ApiKeyName(name));
    CreatedApiKey created = apiKeys.create(validName);
    Replies.created(ctx, BASE + "/" + created.apiKey().id(), CreatedApiKeyResponse.from(created));
  }

  void get(Context ctx) {
    Replies.ok(ctx, ApiKeyResponse.from(apiKeys.get(id(ctx))));
  }

  void update(Context ctx) {
    ApiKeyId id = id(ctx);
    JsonBody body = bodies.read(ctx, "name", "enabled");
    String name = body.optionalString("name");
    Boolean enabled = body.optionalBoolean("enabled");
    Optional<ApiKeyName> newName =
        body.validate(() -> Optional.ofNullable(name).map(ApiKeyName::new));
    Replies.ok(ctx, ApiKeyResponse.from(apiKeys.update(id, newName, Optional.ofNullable(enabled))));
  }

  void delete(Context ctx) {
    apiKeys.delete(id(ctx));
    Replies.noContent(ctx);
  }

  private static ApiKeyId id(Context ctx) {
    return NumericId.parse(ctx.pathParam("id"))
        .map(ApiKeyId::new)
        .orElseThrow(() -> new BadRequestException("Invalid API key ID"));
  }
}
