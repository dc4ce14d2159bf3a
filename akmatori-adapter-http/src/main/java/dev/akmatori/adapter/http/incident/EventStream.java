package dev.akmatori.adapter.http.incident;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.akmatori.application.incident.IncidentEventFeed;
import dev.akmatori.domain.incident.IncidentEvent;
import dev.akmatori.domain.incident.IncidentEvents;
import dev.akmatori.domain.incident.IncidentId;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One Server-Sent Events stream of an incident's events (contract §5.7), written by hand so that it
 * serves any {@code Accept}: replay after {@code Last-Event-ID}, then tail the database, a {@code :
 * keepalive} comment at each keepalive interval, and the end right after the terminal status event.
 * It also ends when the client goes away or the server stops ({@link EventStreams}).
 */
final class EventStream {
  private static final int BATCH = 100;

  private final IncidentEventFeed feed;
  private final ObjectMapper mapper;
  private final EventStreams streams;
  private final long pollMillis;
  private final long keepaliveMillis;

  EventStream(IncidentEventFeed feed, ObjectMapper mapper, EventStreams streams, long pollMillis, long keepaliveMillis) {
    this.feed = feed;
    this.mapper = mapper;
    this.streams = streams;
    this.pollMillis = pollMillis;
    this.keepaliveMillis = keepaliveMillis;
  }

  /** Streams until the end; {@code terminalAlready} says the incident had ended before the replay. */
  void run(HttpServletResponse response, IncidentId id, long lastEventId, boolean terminalAlready) throws IOException {
    response.setStatus(200);
    response.setContentType("text/event-stream;charset=utf-8");
    response.setHeader("Cache-Control", "no-cache");
    response.setHeader("X-Accel-Buffering", "no");
    OutputStream out = response.getOutputStream();
    response.flushBuffer();
    long last = lastEventId;
    long nextKeepalive = System.nanoTime() + keepaliveMillis * 1_000_000;
    while (!streams.closing()) {
      List<IncidentEvent> batch = feed.after(id, last, BATCH);
      for (IncidentEvent event : batch) {
        write(out, event);
        last = event.id();
        if (IncidentEvents.isTerminal(event)) {
          out.flush();
          return;
        }
      }
      out.flush();
      if (batch.size() == BATCH) {
        continue;
      }
      if (terminalAlready) {
        return;
      }
      if (System.nanoTime() >= nextKeepalive) {
        out.write(": keepalive\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        nextKeepalive = System.nanoTime() + keepaliveMillis * 1_000_000;
      }
      long untilKeepalive = Math.max(1, (nextKeepalive - System.nanoTime()) / 1_000_000);
      streams.pause(Math.min(pollMillis, untilKeepalive));
    }
  }

  private void write(OutputStream out, IncidentEvent event) throws IOException {
    String json;
    try {
      json = mapper.writeValueAsString(EventResponse.from(event));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    String frame = "id: " + event.id() + "\nevent: " + event.type().wireName() + "\ndata: " + json + "\n\n";
    out.write(frame.getBytes(StandardCharsets.UTF_8));
  }
}
