package dev.akmatori.adapter.llm.tool.integration;

import dev.akmatori.application.investigation.tool.ToolCallException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Reads a response body into memory, refusing more than {@value #MAX_BYTES} bytes (after
 * decompression) with the tool error {@code response exceeds 10 MiB}: a result that large would
 * not help the model and would only fill the server's memory.
 */
final class CappedBody {
  static final long MAX_BYTES = 10L * 1024 * 1024;
  static final String TOO_LARGE = "response exceeds 10 MiB";

  private CappedBody() {}

  static String read(ResponseBody body) throws IOException {
    if (body.contentLength() > MAX_BYTES) {
      throw new ToolCallException(TOO_LARGE);
    }
    BufferedSource source = body.source();
    if (source.request(MAX_BYTES + 1)) {
      throw new ToolCallException(TOO_LARGE);
    }
    MediaType type = body.contentType();
    Charset charset = type == null ? null : type.charset(null);
    return source.getBuffer().readString(charset == null ? StandardCharsets.UTF_8 : charset);
  }
}
