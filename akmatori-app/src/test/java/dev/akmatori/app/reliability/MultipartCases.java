package dev.akmatori.app.reliability;

import static dev.akmatori.app.reliability.ErrorBodies.assertClientError;
import static dev.akmatori.app.reliability.ErrorBodies.assertError;
import static dev.akmatori.app.reliability.ErrorBodies.assertFieldError;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Every operation with a {@code multipart/form-data} body (context uploads) × hostile uploads:
 * foreign media types, broken multipart, nothing at all, over the limit (declared and chunked),
 * and stored names that try to leave {@code <data-dir>/context/} — each a 4xx, nothing stored.
 */
final class MultipartCases {
  private static final String TYPE = "multipart/form-data; boundary=" + Seeded.MULTIPART_BOUNDARY;
  private static final String UNSUPPORTED = "Content-Type must be multipart/form-data";
  private static final String UNPARSEABLE = "Failed to parse multipart form";

  private final Shots shots;

  MultipartCases(Shots shots) {
    this.shots = shots;
  }

  DynamicNode of(SpecOperation op) {
    List<DynamicTest> cases = new ArrayList<>();
    byte[] valid = Seeded.multipart("reliability-probe.md", "probe");
    for (String type : List.of("application/json", "text/plain", "application/x-www-form-urlencoded")) {
      cases.add(test(op, "Content-Type " + type + " → 415", type, valid,
          a -> assertError(a, 415, "unsupported_media_type", UNSUPPORTED)));
    }
    cases.add(test(op, "no Content-Type", null, valid, MultipartCases::assertRejected));
    cases.add(test(op, "multipart without a boundary parameter", "multipart/form-data", valid, MultipartCases::assertRejected));
    cases.add(test(op, "garbage under a multipart type", TYPE, "this is not multipart".getBytes(StandardCharsets.UTF_8),
        a -> assertError(a, 400, "bad_request", UNPARSEABLE)));
    cases.add(test(op, "multipart cut off before its closing boundary", TYPE,
        ("--" + Seeded.MULTIPART_BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cut.md\"\r\n\r\nabc")
            .getBytes(StandardCharsets.UTF_8),
        a -> assertError(a, 400, "bad_request", UNPARSEABLE)));
    cases.add(test(op, "empty body", TYPE, new byte[0], MultipartCases::assertRejected));
    long limit = ContractRules.bodyLimit(op);
    cases.add(DynamicTest.dynamicTest(op.key() + ": body of limit + 1 bytes (" + (limit + 1) + ") with Content-Length → 413",
        () -> assertError(send(op, TYPE, BodyPublishers.ofByteArray(oversized(limit))), 413, "payload_too_large")));
    cases.add(DynamicTest.dynamicTest(op.key() + ": body of limit + 1 bytes (" + (limit + 1) + ") chunked → 413",
        () -> assertError(send(op, TYPE, Probe.chunked(() -> oversizedStream(limit))), 413, "payload_too_large")));
    for (String name : PathValues.HOSTILE_FILENAMES) {
      cases.add(test(op, "stored name " + printable(name) + " from the filename part", TYPE, withFilenamePart(name),
          MultipartCases::assertBadName));
      if (!name.contains("\"") && !name.contains("\r") && !name.contains("\n")) {
        cases.add(test(op, "stored name " + printable(name) + " from the file part's own filename", TYPE,
            Seeded.multipart(name, "probe"), MultipartCases::assertBadName));
      }
    }
    String starName = "--" + Seeded.MULTIPART_BOUNDARY + "\r\n"
        + "Content-Disposition: form-data; name=\"file\"; filename*=UTF-8''a%00b.md\r\n\r\nprobe\r\n"
        + "--" + Seeded.MULTIPART_BOUNDARY + "--\r\n";
    cases.add(test(op, "a NUL character in the file part's filename* (RFC 5987) as the stored name", TYPE,
        starName.getBytes(StandardCharsets.UTF_8), MultipartCases::assertBadName));
    cases.add(test(op, "a NUL character in the description part", TYPE, withPart("description", "a\u0000b"),
        a -> assertFieldError(a, "description", JsonBodyCases.NUL)));
    return DynamicContainer.dynamicContainer(op.key(), cases);
  }

  private DynamicTest test(SpecOperation op, String name, String type, byte[] body, Consumer<Answer> check) {
    return DynamicTest.dynamicTest(op.key() + ": " + name,
        () -> check.accept(send(op, type, BodyPublishers.ofByteArray(body))));
  }

  private Answer send(SpecOperation op, String type, BodyPublisher body) {
    var request = shots.authenticated(op, body);
    return shots.send(type == null ? request : request.header("Content-Type", type));
  }

  private static void assertRejected(Answer a) {
    assertThat(a.status()).as(a.toString()).isIn(400, 415);
    assertClientError(a);
  }

  /** A stored name that breaks the rules: 400, a field error when the multipart itself parsed. */
  private static void assertBadName(Answer a) {
    assertThat(a.status()).as(a.toString()).isEqualTo(400);
    if (assertClientError(a).path("code").asText().equals("validation_error")) {
      assertFieldError(a, "filename", null);
    }
  }

  /** A valid file part and a {@code filename} field naming where to store it. */
  private static byte[] withFilenamePart(String storedName) {
    return withPart("filename", storedName);
  }

  /** A valid file part and a text field {@code name} holding {@code value}. */
  private static byte[] withPart(String name, String value) {
    String text = "--" + Seeded.MULTIPART_BOUNDARY + "\r\n"
        + "Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n"
        + "--" + Seeded.MULTIPART_BOUNDARY + "\r\n"
        + "Content-Disposition: form-data; name=\"file\"; filename=\"safe.md\"\r\n"
        + "Content-Type: text/markdown\r\n\r\nprobe\r\n"
        + "--" + Seeded.MULTIPART_BOUNDARY + "--\r\n";
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** A well-formed upload whose file part makes the whole request {@code limit + 1} bytes. */
  private static byte[] oversized(long limit) {
    try (InputStream in = oversizedStream(limit)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream oversizedStream(long limit) {
    byte[] head = ("--" + Seeded.MULTIPART_BOUNDARY + "\r\n"
        + "Content-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n"
        + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] tail = ("\r\n--" + Seeded.MULTIPART_BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    long fill = limit + 1 - head.length - tail.length;
    InputStream filler = new InputStream() {
      private long left = fill;

      @Override
      public int read() {
        return left-- > 0 ? 'x' : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        Arrays.fill(b, off, off + n, (byte) 'x');
        left -= n;
        return n;
      }
    };
    return new SequenceInputStream(Collections.enumeration(
        List.of(new ByteArrayInputStream(head), filler, new ByteArrayInputStream(tail))));
  }

  static String printable(String s) {
    String shown = s.length() > 40 ? s.substring(0, 20) + "…(" + s.length() + " chars)" : s;
    return "'" + shown.replace("\u0000", "\\0").replace("\r", "\\r").replace("\n", "\\n") + "'";
  }
}
