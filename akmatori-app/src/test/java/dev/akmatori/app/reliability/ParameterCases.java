package dev.akmatori.app.reliability;

import static dev.akmatori.app.reliability.ErrorBodies.assertClientError;
import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.parameters.Parameter;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Every query and header parameter the spec declares × hostile values, as the admin on seeded
 * resources: a 200 (the value is ignored, clamped or matches nothing) or a 400 with the error body
 * — never a 5xx the spec does not document, never a hang. JSON is asked for, so the event stream
 * answers as a list.
 */
final class ParameterCases {
  private static final List<String> NUMBERS = List.of(
      "abc", "-1", "0", "1.5", "1e3", "0x10", "99999999999999999999", "9223372036854775807",
      "-9223372036854775808", "", "%00", "%C0%AF", "%201", "%EF%BC%91");
  private static final List<String> TEXTS = List.of(
      "%00", "a%00b", "%27%20OR%201%3D1%20--", "%25", "_", "%5C", "%C0%AF", "%FF", "%E2%80%AE",
      "%F0%9F%94%A5", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "a".repeat(4000));
  private static final List<String> HEADERS = List.of(
      "garbage", "bytes=99999999999999999999-", "bytes=-99999999999999999999", "bytes=5-2",
      "bytes=0-0,1-1", "bytes=-0", "-1", "99999999999999999999", "9".repeat(4000));

  private final Shots shots;

  ParameterCases(Shots shots) {
    this.shots = shots;
  }

  Stream<DynamicNode> all(List<SpecOperation> operations) {
    return operations.stream().filter(op -> !op.parameters().isEmpty()).map(this::of);
  }

  private DynamicNode of(SpecOperation op) {
    List<DynamicNode> params = new ArrayList<>();
    for (Parameter p : op.parameters()) {
      List<DynamicTest> cases = new ArrayList<>();
      if ("query".equals(p.getIn())) {
        boolean integer = p.getSchema() != null && SchemaBodies.types(p.getSchema()).contains("integer");
        for (String value : integer ? NUMBERS : TEXTS) {
          cases.add(DynamicTest.dynamicTest(op.key() + " ?" + p.getName() + "=" + MultipartCases.printable(value),
              () -> check(op, op.expand(shots.seeded().values(op)) + "?" + p.getName() + "=" + value, null, null)));
        }
      } else if ("header".equals(p.getIn())) {
        for (String value : HEADERS) {
          cases.add(DynamicTest.dynamicTest(op.key() + " " + p.getName() + ": " + MultipartCases.printable(value),
              () -> check(op, op.expand(shots.seeded().values(op)), p.getName(), value)));
        }
      }
      params.add(DynamicContainer.dynamicContainer(p.getIn() + " " + p.getName(), cases));
    }
    return DynamicContainer.dynamicContainer(op.key(), params);
  }

  private void check(SpecOperation op, String pathAndQuery, String header, String value) {
    var request = shots.authenticated(op, pathAndQuery, BodyPublishers.noBody()).header("Accept", "application/json");
    if (header != null) {
      request.header(header, value);
    }
    Answer a = shots.send(request);
    if (a.status() == 502 && op.documents(502)) {
      ErrorBodies.assertBody(a); // a peer the route depends on is unreachable, as documented
      return;
    }
    assertThat(a.status()).as("%s: %s", pathAndQuery, a).isLessThan(500);
    if (a.status() >= 400) {
      assertThat(a.status()).as(a.toString()).isIn(400, 414, 416);
      assertClientError(a);
    }
    for (String marker : PathCases.LEAK_MARKERS) {
      assertThat(a.text()).doesNotContain(marker);
    }
  }
}
