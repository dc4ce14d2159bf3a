package dev.akmatori.adapter.http.incident;

import java.util.Locale;

/** The request headers of the events route (contract §5.7). */
final class EventRequests {
  private EventRequests() {}

  /** JSON when {@code Accept} contains {@code application/json} and not {@code text/event-stream}. */
  static boolean wantsJson(String accept) {
    if (accept == null) {
      return false;
    }
    String a = accept.toLowerCase(Locale.ROOT);
    return a.contains("application/json") && !a.contains("text/event-stream");
  }

  /** The id to resume after: {@code Last-Event-ID} when it is a non-negative integer, else 0. */
  static long lastEventId(String header) {
    if (header == null || !header.strip().matches("[0-9]{1,18}")) {
      return 0;
    }
    return Long.parseLong(header.strip());
  }
}
