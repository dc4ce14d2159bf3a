package dev.akmatori.adapter.http.mcp;

import dev.akmatori.adapter.http.json.JsonBodies;
import dev.akmatori.adapter.http.json.Replies;
import dev.akmatori.adapter.http.paging.Pagination;
import dev.akmatori.adapter.http.routing.Routes;
import dev.akmatori.application.mcp.ManageMcpServers;
import dev.akmatori.domain.mcp.McpServer;
import dev.akmatori.domain.mcp.McpServerId;
import dev.akmatori.domain.shared.BadRequestException;
import dev.akmatori.domain.shared.NumericId;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/** {@code /api/mcp-servers}: CRUD and the live tool list of MCP servers (contract §3.9). */
public final class McpServerEndpoints {
  private static final String BASE = "/api/mcp-servers";

  private final ManageMcpServers servers;
  private final JsonBodies bodies;

  public McpServerEndpoints(ManageMcpServers servers, JsonBodies bodies) {
    this.servers = servers;
    this.bodies = bodies;
  }

  public void register(Routes routes) {
    routes
        .get(BASE, this::list)
        .post(BASE, this::create)
        .get(BASE + "/{id}", this::get)
        .put(BASE + "/{id}", this::update)
        .delete(BASE + "/{id}", this::delete)
        .get(BASE + "/{id}/tools", this::tools);
  }

  void list(Context ctx) {
    Optional<PageRequest> paging = Pagination.read(ctx);
    PageRequest page = paging.orElse(PageRequest.ALL);
    Replies.ok(ctx, Pagination.body(paging, servers.list(page).map(McpServerResponse::from)));
  }

  void create(Context ctx) {
    McpServer created = servers.create(McpServerBody.read(bodies, ctx));
    Replies.created(ctx, BASE + "/" + created.id(), McpServerResponse.from(created));
  }

  void get(Context ctx) {
    Replies.ok(ctx, McpServerResponse.from(servers.get(id(ctx))));
  }

  void update(Context ctx) {
    McpServerId id = id(ctx);
    Replies.ok(ctx, McpServerResponse.from(servers.update(id, McpServerBody.read(bodies, ctx))));
  }

  void delete(Context ctx) {
    servers.delete(id(ctx));
    Replies.noContent(ctx);
  }

  /** Connects to the server: 502 {@code bad_gateway} when it cannot be reached within 30 s. */
  void tools(Context ctx) {
    McpServerId id = id(ctx);
    Optional<PageRequest> paging = Pagination.read(ctx);
    List<McpToolResponse> tools = servers.tools(id).stream().map(McpToolResponse::from).toList();
    Replies.ok(ctx, Pagination.body(paging, Page.slice(tools, paging.orElse(PageRequest.ALL))));
  }

  private static McpServerId id(Context ctx) {
    return NumericId.parse(ctx.pathParam("id"))
        .map(McpServerId::new)
        .orElseThrow(() -> new BadRequestException("Invalid MCP server ID"));
  }
}
