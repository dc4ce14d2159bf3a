package dev.akmatori.application.alert;

import java.util.Objects;

/** One webhook request as received: its headers, the raw body (signatures cover it) and how to parse it. */
public record WebhookDelivery(WebhookHeaders headers, byte[] body, PayloadParser parser) {
  public WebhookDelivery {
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(parser, "parser");
  }
}
