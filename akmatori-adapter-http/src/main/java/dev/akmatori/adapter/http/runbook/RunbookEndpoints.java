package dev.akmatori.adapter.http.runbook;

import dev.akmatori.adapter.http.json.JsonBodies;
import dev.akmatori.adapter.http.json.JsonBody;
import dev.akmatori.adapter.http.json.Replies;
import dev.akmatori.adapter.http.paging.Pagination;
import dev.akmatori.adapter.http.routing.Routes;
import dev.akmatori.application.runbook.ManageRunbooks;
import dev.akmatori.domain.runbook.Runbook;
import dev.akmatori.domain.runbook.RunbookDraft;
import dev.akmatori.domain.runbook.RunbookId;
import dev.akmatori.domain.shared.BadRequestException;
import dev.akmatori.domain.shared.NumericId;
import dev.akmatori.domain.shared.PageRequest;
import io.javalin.http.Context;
import java.util.Optional;

/** {@code /api/runbooks}: CRUD and ranked search (contract §3.7). */
public final class RunbookEndpoints {
  private static final String BASE = "/api/runbooks";

  private final ManageRunbooks runbooks;
  private final JsonBodies bodies;

  public RunbookEndpoints(ManageRunbooks runbooks, JsonBodies bodies) {
    this.runbooks = runbooks;
    this.bodies = bodies;
  }

  public void register(Routes routes) {
    routes
        .get(BASE, this::list)
        .post(BASE, this::create)
        .get(BASE + "/{id}", this::get)
        .put(BASE + "/{id}", this::replace)
        .delete(BASE + "/{id}", this::delete);
  }

  /** Without {@code q} (or with a blank one) the plain list; with it, ranked matches. */
  void list(Context ctx) {
    Optional<PageRequest> paging = Pagination.read(ctx);
    PageRequest page = paging.orElse(PageRequest.ALL);
    String query = ctx.queryParam("q");
    Object body =
        query == null || query.isBlank()
            ? Pagination.body(paging, runbooks.list(page).map(RunbookResponse::from))
            : Pagination.body(paging, runbooks.search(query, page).map(RunbookMatchResponse::from));
    Replies.ok(ctx, body);
  }

  void create(Context ctx) {
    Runbook created = runbooks.create(draft(ctx));
    Replies.created(ctx, BASE + "/" + created.id(), RunbookResponse.from(created));
  }

  void get(Context ctx) {
    Replies.ok(ctx, RunbookResponse.from(runbooks.get(id(ctx))));
  }

  void replace(Context ctx) {
    RunbookId id = id(ctx);
    Replies.ok(ctx, RunbookResponse.from(runbooks.update(id, draft(ctx))));
  }

  void delete(Context ctx) {
    runbooks.delete(id(ctx));
    Replies.noContent(ctx);
  }

  private RunbookDraft draft(Context ctx) {
    JsonBody body = bodies.read(ctx, "title", "content");
    String title = body.requiredString("title");
    String content = body.requiredString("content");
    return body.validate(() -> new RunbookDraft(title, content));
  }

  private static RunbookId id(Context ctx) {
    return NumericId.parse(ctx.pathParam("id"))
        .map(RunbookId::new)
        .orElseThrow(() -> new BadRequestException("Invalid runbook ID"));
  }
}
