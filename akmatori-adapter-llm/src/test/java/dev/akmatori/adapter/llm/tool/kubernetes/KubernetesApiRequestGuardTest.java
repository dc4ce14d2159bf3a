package dev.akmatori.adapter.llm.tool.kubernetes;

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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hostile {@code api_request}s against a live loopback API server: refused with the contract's texts, never sent. */
class KubernetesApiRequestGuardTest {
  private final MockWebServer apiServer = new MockWebServer();
  private final KubernetesToolInvoker invoker =
      new KubernetesToolInvoker(new IntegrationHttp(ModelTransports.defaultClient(), new FixedRuntimeSettings()));

  @BeforeEach
  void start() throws IOException {
    TestServers.start(apiServer);
  }

  @AfterEach
  void stop() {
    apiServer.close();
  }

  private AllowedInstance instance() {
    return ToolCalls.instance(4, "kubernetes",
        Map.of("k8s_url", apiServer.url("/").toString(), "k8s_token", "eyJhbGciOiJSUzI1NiJ9.k8s-token"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "/api/v1/namespaces/x/secrets                 | access to secrets is not allowed",
    "/api/v1/namespaces/x/secrets/db-password     | access to secrets is not allowed",
    "/api/v1/secrets                              | access to secrets is not allowed",
    "/api/v1/namespaces/x/%73ecrets               | access to secrets is not allowed",
    "/api/v1/namespaces/x/%2573ecrets             | access to secrets is not allowed",
    "/api/v1/namespaces/x/Secrets                 | access to secrets is not allowed",
    "/api/v1/namespaces/x/pods/p/exec             | access to exec is not allowed",
    "/api/v1/namespaces/x/pods/p/attach           | access to attach is not allowed",
    "/api/v1/namespaces/x/pods/p/portforward      | access to portforward is not allowed",
    "/api/v1/namespaces/x/pods/p/proxy            | access to proxy is not allowed",
    "/api/v1/namespaces/x/services/web:80/proxy/admin | access to proxy is not allowed",
    "/api/v1/nodes/node-1/proxy/metrics           | access to proxy is not allowed",
    "/api/v1/watch/pods                           | streaming requests are not allowed",
    "/apis/apps/v1/watch/namespaces/x/deployments | streaming requests are not allowed",
    "/api/v1/pods?watch=true                      | streaming requests are not allowed",
    "/api/v1/namespaces/x/pods/p/log?follow=true  | streaming requests are not allowed",
    "/api/v1/pods?limit=5                         | path must not carry a query string; pass parameters in params",
    "/version                                     | path must start with /api or /apis",
    "/apix/v1/pods                                | path must start with /api or /apis",
    "https://evil.example/api/v1/pods             | path must start with /api or /apis",
    "api/v1/pods                                  | path must start with /api or /apis",
    "/api/v1/namespaces/x/pods/../secrets         | path must not contain '.' or '..' segments",
    "/api/v1/namespaces/x/pods/%2e%2e/configmaps  | path must not contain '.' or '..' segments",
  })
  void aHostilePath_isRefusedWithItsText_andNothingIsSent(String path, String refusal) {
    assertThatThrownBy(() -> call(invoker, instance(), "api_request", Map.of("path", path)))
        .isInstanceOf(ToolCallException.class).hasMessage(refusal);
    assertThat(apiServer.getRequestCount()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"watch,true", "watch,false", "follow,true", "Watch,1"})
  void aWatchOrFollowParameter_isAStreamingRequest_whateverItsValue(String name, String value) {
    assertThatThrownBy(() -> call(invoker, instance(), "api_request",
        Map.of("path", "/api/v1/namespaces/x/pods/p/log", "params", Map.of(name, value))))
        .hasMessage("streaming requests are not allowed");
    assertThat(apiServer.getRequestCount()).isZero();
  }

  @Test
  void aReadPath_isSentAsAGet_withItsParams_andBearerToken() throws Exception {
    apiServer.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
        .body("{\"kind\":\"ReplicaSetList\",\"apiVersion\":\"apps/v1\",\"metadata\":{\"resourceVersion\":\"91\"},"
            + "\"items\":[{\"metadata\":{\"name\":\"web-6d4cf56db6\",\"managedFields\":[{\"manager\":\"kube\"}]}}]}")
        .build());

    Object result = call(invoker, instance(), "api_request", Map.of("path", "/apis/apps/v1/namespaces/web/replicasets",
        "params", Map.of("labelSelector", "app=web", "limit", 10)));

    RecordedRequest request = apiServer.takeRequest(1, TimeUnit.SECONDS);
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/apis/apps/v1/namespaces/web/replicasets");
    assertThat(request.getUrl().queryParameter("labelSelector")).isEqualTo("app=web");
    assertThat(request.getUrl().queryParameter("limit")).isEqualTo("10");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer eyJhbGciOiJSUzI1NiJ9.k8s-token");
    assertThat(result.toString()).contains("web-6d4cf56db6").doesNotContain("managedFields");
  }

  @Test
  void configMapsReadThroughApiRequest_loseTheirDataToo() throws Exception {
    apiServer.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
        .body("{\"kind\":\"ConfigMapList\",\"apiVersion\":\"v1\",\"metadata\":{},\"items\":[{\"metadata\":"
            + "{\"name\":\"app-config\"},\"data\":{\"DB_PASSWORD\":\"hunter2\"},\"binaryData\":{\"k\":\"AA==\"}}]}")
        .build());
    apiServer.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
        .body("{\"kind\":\"ConfigMap\",\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"app-config\"},"
            + "\"data\":{\"DB_PASSWORD\":\"hunter2\"}}").build());

    Object list = call(invoker, instance(), "api_request", Map.of("path", "/api/v1/namespaces/web/configmaps"));
    Object one = call(invoker, instance(), "api_request", Map.of("path", "/api/v1/namespaces/web/configmaps/app-config"));

    assertThat(list.toString()).contains("app-config").doesNotContain("hunter2").doesNotContain("binaryData");
    assertThat(one.toString()).contains("app-config").doesNotContain("hunter2");
  }
}
