package dev.akmatori.adapter.http.tool;

import dev.akmatori.adapter.http.json.Replies;
import dev.akmatori.adapter.http.paging.Pagination;
import dev.akmatori.adapter.http.routing.Routes;
import dev.akmatori.application.tool.ToolTypeCatalogue;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import dev.akmatori.domain.tool.ToolType;
import io.javalin.http.Context;
import java.util.Optional;

/** {@code GET /api/tool-types} (contract §3.4.1): read-only, ordered by id. */
public final class ToolTypeEndpoints {
  private final ToolTypeCatalogue catalogue;

  public ToolTypeEndpoints(ToolTypeCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  public void register(Routes routes) {
    routes.get("/api/tool-types", this::list);
  }

  void list(Context ctx) {
    Optional<PageRequest> paging = Pagination.read(ctx);
    Page<ToolType> page = Page.slice(catalogue.list(), paging.orElse(PageRequest.ALL));
    Replies.ok(ctx, Pagination.body(paging, page.map(ToolTypeResponse::from)));
  }
}
