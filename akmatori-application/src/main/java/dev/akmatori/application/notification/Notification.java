package dev.akmatori.application.notification;

import dev.akmatori.application.model.ModelEndpoint.ProxyRoute;
import dev.akmatori.domain.shared.Secret;
import java.util.Objects;
import java.util.Optional;

/**
 * One message to post with the settings read at send time: the bot token, the channel (name or id),
 * the text (Slack mrkdwn), the thread to answer in (empty = a new message) and the proxy to use.
 */
public record Notification(
    Secret botToken, String channel, String text, Optional<String> threadTs, Optional<ProxyRoute> proxy) {

  public Notification {
    Objects.requireNonNull(botToken, "botToken");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(threadTs, "threadTs");
    Objects.requireNonNull(proxy, "proxy");
  }

  @Override
  public String toString() {
    return "Notification[channel=" + channel + ", thread=" + threadTs.orElse("-") + ", token=" + botToken + "]";
  }
}
