package dev.akmatori.adapter.http.context;

import dev.akmatori.adapter.http.error.HttpProblem;
import dev.akmatori.application.context.ContextFileDownload;
import io.javalin.http.Context;

/**
 * Sends a context file's raw bytes (contract §3.6): its download {@code Content-Type}, {@code
 * nosniff}, {@code Content-Disposition: attachment} and its length, with one {@code Range} honoured
 * as a 206. Never compressed, so lengths and ranges count the stored bytes.
 */
final class DownloadReply {
  private DownloadReply() {}

  static void send(Context ctx, ContextFileDownload download) {
    long size = download.size();
    ByteRange range =
        ByteRange.select(ctx.header("Range"), ctx.header("If-Range"), size)
            .orElseThrow(() -> unsatisfiable(ctx, size));
    // Opened before any header is set, so a file that vanished meanwhile is a clean 404; after
    // this nothing can fail before Javalin sends the stream and closes it.
    ctx.result(new LimitedInputStream(download.open(range.start()), range.length()));
    if (range.partial()) {
      ctx.status(206);
      ctx.header("Content-Range", "bytes " + range.start() + "-" + range.end() + "/" + size);
    }
    ctx.header("Accept-Ranges", "bytes");
    ctx.header("X-Content-Type-Options", "nosniff");
    // The name rule allows no quote, backslash or control character, so it needs no escaping.
    String filename = download.file().filename().value();
    ctx.header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    ctx.contentType(download.contentType());
    ctx.disableCompression();
    ctx.res().setContentLengthLong(range.length());
  }

  private static HttpProblem unsatisfiable(Context ctx, long size) {
    ctx.header("Content-Range", "bytes */" + size);
    return HttpProblem.rangeNotSatisfiable();
  }
}
