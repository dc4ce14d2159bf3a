package dev.akmatori.application.notification;

import java.util.Objects;

/** Where a posted message landed: the channel id the service answered and the message timestamp ({@code ts}). */
public record PostedMessage(String channel, String ts) {
  public PostedMessage {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(ts, "ts");
  }
}
