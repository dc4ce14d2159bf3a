package dev.akmatori.adapter.http.alert;

import dev.akmatori.adapter.http.error.HttpProblem;
import dev.akmatori.adapter.http.json.BodyLimit;
import dev.akmatori.domain.shared.BadRequestException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a webhook body whatever its {@code Content-Type} (contract §1.4), counting the bytes actually
 * received, so a chunked body over 10 MiB is refused at step 4 of §4.1.
 */
final class WebhookBodies {
  /** Webhook bodies: 10 MiB (contract §1.6). */
  static final long MAX_BYTES = 10L * 1024 * 1024;

  static final String TOO_LARGE = "Webhook body exceeds maximum size of " + MAX_BYTES + " bytes";

  private WebhookBodies() {}

  static byte[] read(Context ctx) {
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        BodyLimit.drain(in);
        throw new HttpProblem(413, "payload_too_large", TOO_LARGE);
      }
      return bytes;
    } catch (IOException aborted) {
      throw new BadRequestException("Request body could not be read");
    }
  }
}
