package dev.akmatori.adapter.llm.tool.netbox;

import static dev.akmatori.adapter.llm.testing.ToolCalls.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.adapter.llm.http.ModelTransports;
import dev.akmatori.adapter.llm.testing.FixedRuntimeSettings;
import dev.akmatori.adapter.llm.testing.TestServers;
import dev.akmatori.adapter.llm.testing.ToolCalls;
import dev.akmatori.adapter.llm.tool.integration.IntegrationHttp;
import dev.akmatori.application.investigation.tool.AllowedInstance;
import dev.akmatori.application.investigation.tool.ToolCallException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code api_request} fence: hostile paths are refused before anything reaches NetBox. */
class NetBoxApiPathTest {
  private static final String URL = "must be a path under /api/ of netbox_url, not a URL";
  private static final String DOTS = "must not contain '.' or '..' segments";

  private final MockWebServer netbox = new MockWebServer();
  private final NetBoxToolInvoker invoker =
      new NetBoxToolInvoker(new IntegrationHttp(ModelTransports.defaultClient(), new FixedRuntimeSettings()));

  @BeforeEach
  void start() throws IOException {
    TestServers.start(netbox);
  }

  @AfterEach
  void stop() {
    netbox.close();
  }

  private AllowedInstance instance() {
    return ToolCalls.instance(9, "netbox", Map.of("netbox_url", netbox.url("/netbox/").toString(),
        "netbox_api_token", NetBoxToolInvokerTest.TOKEN));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "../../etc/passwd|" + DOTS,
      "/api/../admin/|" + DOTS,
      "/api/dcim/../../../admin/|" + DOTS,
      "/api/%2e%2e/%2E%2E/admin/|" + DOTS,
      "/api/%252e%252e/admin/|" + DOTS,
      "/api/dcim/..%2f..%2fadmin/|" + DOTS,
      "/api/dcim/..;/admin/|" + DOTS,
      "/api/./dcim/devices/|" + DOTS,
      "http://evil.example/api/dcim/devices/|" + URL,
      "HTTPS://evil.example/api/|" + URL,
      "https:%2f%2fevil.example/api/|" + URL,
      "//evil.example/api/dcim/devices/|" + URL,
      "/%2F%2Fevil.example/api/|" + URL,
      "%2F%2Fevil.example/api/|" + URL,
      "javascript:alert(1)|" + URL,
      "\\\\evil.example\\api\\|must not contain backslashes, whitespace or control characters",
      "/api/dcim/devices/%0d%0aX-Injected:%201|must not contain backslashes, whitespace or control characters",
      "/api/dcim/devices/%00|must not contain backslashes, whitespace or control characters",
      "/api/dcim/devices/?limit=100000|must not carry a query string; pass parameters in query_params",
      "/api/dcim/devices/%3Flimit=100000|must not carry a query string; pass parameters in query_params",
      "/api/dcim/devices/#frag|must not carry a query string; pass parameters in query_params",
      "/admin/users/|must start with /api/",
      "/API/dcim/devices/|must start with /api/",
      "/apis/dcim/|must start with /api/",
      "/|must start with /api/",
      "/api/dcim/%zz/|is not a valid percent-encoded path",
  })
  void hostilePaths_areRefusedWithAClearError_andNothingIsSent(String path, String problem) {
    assertThatThrownBy(() -> call(invoker, instance(), "api_request", Map.of("path", path)))
        .isInstanceOf(ToolCallException.class)
        .hasMessage("invalid arguments: path: " + problem);
    assertThat(netbox.getRequestCount()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/dcim/devices/", "/api/dcim/devices", "api/dcim/devices/", "/api//dcim/devices/"})
  void harmlessSpellings_ofAPathUnderApi_reachTheSameEndpoint(String path) throws Exception {
    netbox.enqueue(new MockResponse.Builder().body("{\"count\":0,\"results\":[]}").build());

    call(invoker, instance(), "api_request", Map.of("path", path));

    assertThat(netbox.takeRequest(5, TimeUnit.SECONDS).getUrl().encodedPath()).isEqualTo("/netbox/api/dcim/devices/");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/dcim/devices/edge sw/", "/api/dcim/devices/\tx/"})
  void whitespaceInsideThePath_isRefused(String path) {
    assertThatThrownBy(() -> NetBoxApiPath.segments(path))
        .hasMessage("invalid arguments: path: must not contain backslashes, whitespace or control characters");
  }

  @Test
  void anEncodedSpace_inAName_isRefusedToo_butOrdinaryNamesPass() {
    assertThat(NetBoxApiPath.segments("/api/plugins/netbox-bgp/session/")).isEqualTo(
        List.of("api", "plugins", "netbox-bgp", "session"));
    assertThatThrownBy(() -> NetBoxApiPath.segments("/api/dcim/devices/a%20b/")).isInstanceOf(ToolCallException.class);
  }
}
