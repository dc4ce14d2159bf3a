package dev.akmatori.adapter.http.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Which methods a path supports, for the {@code Allow} header of a 405. */
class RouteTableTest {
  private final RouteTable table = new RouteTable();

  RouteTableTest() {
    table.add("GET", "/api/runbooks");
    table.add("POST", "/api/runbooks");
    table.add("GET", "/api/runbooks/{id}");
    table.add("DELETE", "/api/runbooks/{id}");
  }

  @Test
  void literalAndParameterSegmentsMatch() {
    assertThat(table.allowedMethods("/api/runbooks")).containsExactly("GET", "POST");
    assertThat(table.allowedMethods("/api/runbooks/abc")).containsExactly("DELETE", "GET");
  }

  @Test
  void template_isTheRouteOfThatMethod_elseOfThePath_elseEmpty() {
    table.add("POST", "/api/runbooks/sync");

    assertThat(table.template("DELETE", "/api/runbooks/42/")).contains("/api/runbooks/{id}");
    assertThat(table.template("GET", "/api/runbooks/sync")).contains("/api/runbooks/{id}");
    assertThat(table.template("POST", "/api/runbooks/sync")).contains("/api/runbooks/sync");
    assertThat(table.template("PUT", "/api/runbooks/42")).contains("/api/runbooks/{id}");
    assertThat(table.template("GET", "/api/runbooks/42/x")).isEmpty();
  }

  @Test
  void oneTrailingSlashIsIgnored() {
    assertThat(table.allowedMethods("/api/runbooks/")).containsExactly("GET", "POST");
  }

  @Test
  void unknownPathsHaveNoMethods() {
    assertThat(table.allowedMethods("/api/runbooks/1/x")).isEmpty();
    assertThat(table.allowedMethods("/api/runbook")).isEmpty();
    assertThat(table.allowedMethods("/api/RUNBOOKS")).isEmpty();
  }

  @Test
  void routesKeepRegistrationOrder() {
    assertThat(table.routes()).first().isEqualTo(new Route("GET", "/api/runbooks"));
    assertThat(table.routes()).hasSize(4);
  }

  @Test
  void aRouteMayDeclareItsOwnBodyLimit_otherRoutesAndUnknownPathsDeclareNone() {
    table.add("POST", "/api/uploads/{id}", OptionalLong.of(10));

    assertThat(table.maxBodyBytes("POST", "/api/uploads/7/")).hasValue(10);
    assertThat(table.maxBodyBytes("PUT", "/api/uploads/7")).isEmpty();
    assertThat(table.maxBodyBytes("POST", "/api/runbooks")).isEmpty();
    assertThat(table.maxBodyBytes("POST", "/api/nowhere")).isEmpty();
  }
}
