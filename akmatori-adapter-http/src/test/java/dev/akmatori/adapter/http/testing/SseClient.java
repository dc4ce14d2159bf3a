package dev.akmatori.adapter.http.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a Server-Sent Events response frame by frame (a frame is the lines up to a blank line) on
 * a background thread, so tests can wait for each with a timeout and see when the server closed.
 */
public final class SseClient implements AutoCloseable {
  /** The frame that stands for the end of the stream. */
  public static final List<String> CLOSED = List.of("<closed>");

  private final HttpResponse<InputStream> response;
  private final BlockingQueue<List<String>> frames = new LinkedBlockingQueue<>();
  private final Thread reader;

  private SseClient(HttpResponse<InputStream> response) {
    this.response = response;
    this.reader = new Thread(this::read, "sse-test-reader");
    reader.setDaemon(true);
    reader.start();
  }

  /** Sends {@code request} and starts reading; the status and headers are available at once. */
  public static SseClient open(HttpRequest request) {
    try {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      return new SseClient(client.send(request, HttpResponse.BodyHandlers.ofInputStream()));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public int status() {
    return response.statusCode();
  }

  public String header(String name) {
    return response.headers().firstValue(name).orElse(null);
  }

  /** The next frame, {@link #CLOSED} at the end; fails the test after {@code millis}. */
  public List<String> next(long millis) {
    try {
      List<String> frame = frames.poll(millis, TimeUnit.MILLISECONDS);
      if (frame == null) {
        throw new AssertionError("no SSE frame within " + millis + " ms");
      }
      return frame;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Every frame until the end, failing after {@code millis} in total. */
  public List<List<String>> untilClosed(long millis) {
    long end = System.currentTimeMillis() + millis;
    List<List<String>> all = new ArrayList<>();
    for (List<String> f = next(millis); f != CLOSED; f = next(Math.max(1, end - System.currentTimeMillis()))) {
      all.add(f);
    }
    return all;
  }

  private void read() {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
      List<String> frame = new ArrayList<>();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isEmpty()) {
          if (!frame.isEmpty()) {
            frames.add(List.copyOf(frame));
          }
          frame.clear();
        } else {
          frame.add(line);
        }
      }
    } catch (IOException e) {
      // closed by the test
    } finally {
      frames.add(CLOSED);
    }
  }

  @Override
  public void close() {
    try {
      response.body().close();
    } catch (IOException e) {
      // already closed
    }
  }
}
