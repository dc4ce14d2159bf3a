package dev.akmatori.adapter.http.json;

import io.javalin.http.Context;

/** Writes success answers: JSON through the app's mapper in UTF-8. */
public final class Replies {
  private Replies() {}

  public static void ok(Context ctx, Object body) {
    json(ctx, 200, body);
  }

  /** 201 with {@code Location} pointing to the created resource. */
  public static void created(Context ctx, String location, Object body) {
    ctx.header("Location", location);
    json(ctx, 201, body);
  }

  /** 202: the request was taken and acts asynchronously. */
  public static void accepted(Context ctx, Object body) {
    json(ctx, 202, body);
  }

  /** 204 without a body or a content type. */
  public static void noContent(Context ctx) {
    ctx.status(204);
    ctx.res().setContentType(null);
  }

  private static void json(Context ctx, int status, Object body) {
    // Serialised eagerly so a mapping failure is an ordinary 500, not a broken stream.
    ctx.status(status);
    ctx.result(ctx.jsonMapper().toJsonString(body, body.getClass()));
    ctx.contentType(Json.CONTENT_TYPE);
  }
}
