package dev.akmatori.adapter.http.context;

import dev.akmatori.adapter.http.json.JsonBodies;
import dev.akmatori.adapter.http.json.JsonBody;
import dev.akmatori.adapter.http.json.Replies;
import dev.akmatori.adapter.http.multipart.MultipartReader;
import dev.akmatori.adapter.http.paging.Pagination;
import dev.akmatori.adapter.http.routing.Routes;
import dev.akmatori.application.context.ContextFileProblems;
import dev.akmatori.application.context.ManageContextFiles;
import dev.akmatori.domain.context.ContextFile;
import dev.akmatori.domain.context.ContextFileId;
import dev.akmatori.domain.shared.BadRequestException;
import dev.akmatori.domain.shared.NumericId;
import dev.akmatori.domain.shared.PageRequest;
import io.javalin.http.Context;
import java.util.Optional;

/** {@code /api/context}: upload, list, read, download, delete and reference checks (contract §3.6). */
public final class ContextFileEndpoints {
  /** The whole multipart upload (contract §1.6): the file's 10 MiB and 64 KiB for the rest. */
  public static final long MAX_UPLOAD_BYTES = ContextFileProblems.MAX_FILE_BYTES + 64 * 1024;

  private static final String BASE = "/api/context";

  private final ManageContextFiles files;
  private final JsonBodies bodies;

  public ContextFileEndpoints(ManageContextFiles files, JsonBodies bodies) {
    this.files = files;
    this.bodies = bodies;
  }

  public void register(Routes routes) {
    routes
        .get(BASE, this::list)
        .post(BASE, MAX_UPLOAD_BYTES, this::upload)
        .post(BASE + "/validate", this::validate)
        .get(BASE + "/{id}", this::get)
        .delete(BASE + "/{id}", this::delete)
        .get(BASE + "/{id}/download", this::download);
  }

  void list(Context ctx) {
    Optional<PageRequest> paging = Pagination.read(ctx);
    PageRequest page = paging.orElse(PageRequest.ALL);
    Replies.ok(ctx, Pagination.body(paging, files.list(page).map(ContextFileResponse::from)));
  }

  void upload(Context ctx) {
    ContextFile created = files.upload(MultipartReader.of(ctx, MAX_UPLOAD_BYTES));
    Replies.created(ctx, BASE + "/" + created.id(), ContextFileResponse.from(created));
  }

  void get(Context ctx) {
    Replies.ok(ctx, ContextFileResponse.from(files.get(id(ctx))));
  }

  void download(Context ctx) {
    DownloadReply.send(ctx, files.download(id(ctx)));
  }

  void delete(Context ctx) {
    files.delete(id(ctx));
    Replies.noContent(ctx);
  }

  void validate(Context ctx) {
    JsonBody body = bodies.read(ctx, "text");
    String text = body.optionalString("text");
    body.finish();
    Replies.ok(ctx, ReferenceCheckResponse.from(files.validate(text == null ? "" : text)));
  }

  private static ContextFileId id(Context ctx) {
    return NumericId.parse(ctx.pathParam("id"))
        .map(ContextFileId::new)
        .orElseThrow(() -> new BadRequestException("Invalid file ID"));
  }
}
