package dev.akmatori.application.notification;

/** Posts messages to the chat service the team watches (the Slack Web API, {@code chat.postMessage}). */
public interface Notifier {
  /**
   * Posts {@code notification} and blocks until the service answered (with the adapter's own retries
   * for rate limits and server errors). Thread-safe.
   *
   * @return where the message landed, so a later message can answer in its thread
   * @throws NotificationException when the service refused the message (e.g. {@code channel_not_found},
   *     {@code invalid_auth}) or could not be reached; never retried by the caller
   */
  PostedMessage post(Notification notification);
}
