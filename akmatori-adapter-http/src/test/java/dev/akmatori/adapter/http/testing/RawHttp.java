package dev.akmatori.adapter.http.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests a well-behaved client refuses to send: ambiguous
 * URIs, oversized request lines and headers, a {@code Content-Length} without its body.
 */
public final class RawHttp {
  private RawHttp() {}

  /** Sends {@code head} (request line and headers, no final blank line) and reads one answer. */
  public static Reply send(int port, String head) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write((head + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return read(socket.getInputStream());
    }
  }

  /** The first answer on a connection, and whether that connection then answered another request. */
  public record Exchange(Reply first, boolean answeredAgain) {}

  /**
   * Sends {@code head} (with {@code body}) and, pipelined behind it, {@code GET /api/health}; reads
   * the first answer, then tells whether the same connection answered the second request or was
   * closed. A server that closes must have said {@code Connection: close}, or a client reusing the
   * connection fails its next request.
   */
  public static Exchange sendThenReuse(int port, String head, byte[] body) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      ByteArrayOutputStream request = new ByteArrayOutputStream();
      request.write((head + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      request.write(body);
      request.write("GET /api/health HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      try {
        socket.getOutputStream().write(request.toByteArray());
        socket.getOutputStream().flush();
      } catch (IOException closedEarly) {
        // The server may stop reading after the first answer; what it answered still counts.
      }
      InputStream in = socket.getInputStream();
      Reply first = read(in);
      boolean again;
      try {
        again = !line(in).isEmpty();
      } catch (IOException reset) {
        again = false;
      }
      return new Exchange(first, again);
    }
  }

  private static Reply read(InputStream in) throws IOException {
    String statusLine = line(in);
    int status = Integer.parseInt(statusLine.split(" ")[1]);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String l = line(in); !l.isEmpty(); l = line(in)) {
      int colon = l.indexOf(':');
      headers.computeIfAbsent(l.substring(0, colon).trim(), k -> new ArrayList<>()).add(l.substring(colon + 1).trim());
    }
    String length = first(headers, "Content-Length");
    byte[] body;
    if (length != null) {
      body = in.readNBytes(Integer.parseInt(length));
    } else if ("chunked".equalsIgnoreCase(first(headers, "Transfer-Encoding"))) {
      body = chunked(in);
    } else {
      body = in.readAllBytes();
    }
    return new Reply(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] chunked(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int size = Integer.parseInt(line(in).trim(), 16); size > 0; size = Integer.parseInt(line(in).trim(), 16)) {
      out.write(in.readNBytes(size));
      line(in);
    }
    return out.toByteArray();
  }

  private static String first(Map<String, List<String>> headers, String name) {
    return headers.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name))
        .map(e -> e.getValue().get(0))
        .findFirst()
        .orElse(null);
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
      if (b != '\r') {
        out.write(b);
      }
    }
    return out.toString(StandardCharsets.ISO_8859_1);
  }
}
