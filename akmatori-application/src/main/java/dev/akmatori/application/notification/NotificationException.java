package dev.akmatori.application.notification;

/** A notification could not be delivered: refused by the service, rate limited past the retries, or unreachable. */
public final class NotificationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotificationException(String message) {
    super(message);
  }

  public NotificationException(String message, Throwable cause) {
    super(message, cause);
  }
}
