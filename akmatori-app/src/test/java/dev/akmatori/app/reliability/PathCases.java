package dev.akmatori.app.reliability;

import static dev.akmatori.app.reliability.ErrorBodies.assertClientError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Every path parameter of the spec × hostile values, on every operation of its path, as the admin
 * with a plausible body: a 4xx with the error body, never a 5xx, never a file from outside the
 * resource. A value that reaches the router as one segment must be judged by the route itself: an
 * integer id → 400 {@code bad_request} (§1.1), anything else 400 or 404. Values the parameter's own
 * {@code pattern} allows are not hostile to it and are skipped.
 */
final class PathCases {
  /** What a leaked file would show: {@code /etc/passwd} or one of the suite's canary files. */
  static final List<String> LEAK_MARKERS = List.of("root:x:0:0", ReliabilitySuite.CANARY);

  private final Shots shots;

  PathCases(Shots shots) {
    this.shots = shots;
  }

  Stream<DynamicNode> all(List<SpecOperation> operations) {
    return operations.stream().filter(op -> !op.pathParams().isEmpty()).map(this::of);
  }

  private DynamicNode of(SpecOperation op) {
    List<DynamicNode> params = new ArrayList<>();
    for (SpecOperation.PathParam param : op.pathParams()) {
      List<DynamicTest> cases = new ArrayList<>();
      for (PathValues.Hostile value : PathValues.ALL) {
        if (!allowedByPattern(param, decode(value.wire()))) {
          cases.add(DynamicTest.dynamicTest(op.key() + " {" + param.name() + "} = " + value.name(),
              () -> check(op, param, value)));
        }
      }
      params.add(DynamicContainer.dynamicContainer("{" + param.name() + "}", cases));
    }
    return DynamicContainer.dynamicContainer(op.key(), params);
  }

  private void check(SpecOperation op, SpecOperation.PathParam param, PathValues.Hostile value) {
    Map<String, String> values = new LinkedHashMap<>(shots.seeded().values(op));
    values.put(param.name(), value.wire());
    HttpRequest.Builder request = shots.authenticated(op, op.expand(values), body(op));
    if (op.hasJsonBody()) {
      request.header("Content-Type", "application/json");
    }
    Answer a = shots.send(request);
    if (op.isPublic() && !value.oneSegment()) {
      // Resolved or refused before routing, the request may now name a protected path.
      assertThat(a.status()).as("%s with {%s} = %s: %s", op.key(), param.name(), value.name(), a)
          .isIn(400, 401, 404, 405, 414);
    } else {
      assertThat(a.status()).as("%s with {%s} = %s: %s", op.key(), param.name(), value.name(), a)
          .isIn(400, 404, 405, 414);
    }
    JsonNode body = assertClientError(a);
    if (value.oneSegment()) {
      if (param.isInteger()) {
        assertThat(a.status()).as("an invalid integer id: %s", a).isEqualTo(400);
        assertThat(body.path("code").asText()).as(a.toString()).isEqualTo("bad_request");
        assertThat(body.path("error").asText()).as(a.toString()).startsWith("Invalid ");
      } else {
        assertThat(a.status()).as("%s: %s", value.name(), a).isIn(400, 404);
      }
    }
    for (String marker : LEAK_MARKERS) {
      assertThat(a.text()).as("no file from outside the resource").doesNotContain(marker);
    }
  }

  /** A body the route would accept apart from the parameter, so only the parameter is wrong. */
  private static BodyPublisher body(SpecOperation op) {
    if (!op.hasJsonBody()) {
      return BodyPublishers.noBody();
    }
    return BodyPublishers.ofByteArray(SchemaBodies.bytes(SchemaBodies.base(op.body().get().schema())));
  }

  private static boolean allowedByPattern(SpecOperation.PathParam param, String decoded) {
    String pattern = param.schema() == null ? null : param.schema().getPattern();
    return pattern != null && Pattern.compile(pattern).matcher(decoded).find();
  }

  /** Percent-decoding as a server does it for a path segment ({@code +} stays {@code +}). */
  static String decode(String wire) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < wire.length(); i++) {
      char c = wire.charAt(i);
      if (c == '%' && i + 2 < wire.length()) {
        out.write(Integer.parseInt(wire.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        out.write(c);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
