package dev.akmatori.adapter.http.alert;

import dev.akmatori.adapter.http.json.Replies;
import dev.akmatori.adapter.http.routing.Routes;
import dev.akmatori.application.alert.IngestAlerts;
import dev.akmatori.application.alert.IngestResult;
import dev.akmatori.application.alert.WebhookDelivery;
import dev.akmatori.application.alert.WebhookHeaders;
import dev.akmatori.domain.alertsource.AlertSource;
import io.javalin.http.Context;

/**
 * {@code POST /api/webhook/alert/{uuid}} and its alias {@code /webhook/alert/{uuid}} (contract §4.1):
 * public routes protected by the source's own secret, 10 MiB bodies of any content type.
 */
public final class WebhookEndpoints {
  private final IngestAlerts ingest;
  private final JacksonPayloadParser parser = new JacksonPayloadParser();

  public WebhookEndpoints(IngestAlerts ingest) {
    this.ingest = ingest;
  }

  public void register(Routes routes) {
    routes
        .post("/api/webhook/alert/{uuid}", WebhookBodies.MAX_BYTES, WebhookBodies.TOO_LARGE, this::receive)
        .post("/webhook/alert/{uuid}", WebhookBodies.MAX_BYTES, WebhookBodies.TOO_LARGE, this::receive);
  }

  /** Source (404, 403), body size (413), then secret, payload and processing in the use case. */
  void receive(Context ctx) {
    AlertSource source = ingest.source(ctx.pathParam("uuid"));
    byte[] body = WebhookBodies.read(ctx);
    IngestResult result = ingest.ingest(source, new WebhookDelivery(WebhookHeaders.of(ctx.headerMap()), body, parser));
    Replies.ok(ctx, WebhookResponse.from(result));
  }
}
