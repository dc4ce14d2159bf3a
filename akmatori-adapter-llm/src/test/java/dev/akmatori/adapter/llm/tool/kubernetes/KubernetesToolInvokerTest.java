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
import dev.akmatori.domain.settings.ProxyService;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KubernetesToolInvokerTest {
  private static final String TOKEN = "eyJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.sa-token";
  private static final String POD = "{\"metadata\":{\"name\":\"web-7c9f\",\"namespace\":\"web\","
      + "\"creationTimestamp\":\"2026-03-27T09:00:00Z\",\"managedFields\":[{\"manager\":\"kubelet\"}],"
      + "\"annotations\":{\"kubectl.kubernetes.io/last-applied-configuration\":\"{...}\",\"team\":\"sre\"}},"
      + "\"spec\":{\"nodeName\":\"node-1\",\"containers\":[{\"name\":\"app\"},{\"name\":\"sidecar\"}]},"
      + "\"status\":{\"phase\":\"Running\",\"podIP\":\"10.1.2.3\",\"startTime\":\"2026-03-27T09:00:01Z\","
      + "\"containerStatuses\":[{\"name\":\"app\",\"image\":\"web:1.4\",\"ready\":false,\"restartCount\":7,"
      + "\"state\":{\"waiting\":{\"reason\":\"CrashLoopBackOff\"}},\"lastState\":{\"terminated\":"
      + "{\"reason\":\"OOMKilled\",\"exitCode\":137}}},{\"name\":\"sidecar\",\"image\":\"envoy:1.30\","
      + "\"ready\":true,\"restartCount\":0,\"state\":{\"running\":{}}}]}}";

  private final MockWebServer apiServer = new MockWebServer();
  private final FixedRuntimeSettings runtime = new FixedRuntimeSettings();
  private final KubernetesToolInvoker invoker =
      new KubernetesToolInvoker(new IntegrationHttp(ModelTransports.defaultClient(), runtime));

  @BeforeEach
  void start() throws IOException {
    TestServers.start(apiServer);
  }

  @AfterEach
  void stop() {
    apiServer.close();
  }

  private AllowedInstance instance(Map<String, Object> extra) {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("k8s_url", apiServer.url("/").toString());
    settings.put("k8s_token", TOKEN);
    settings.putAll(extra);
    return ToolCalls.instance(4, "kubernetes", settings);
  }

  private void reply(String json) {
    apiServer.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body(json).build());
  }

  private static String list(String kind, String continueToken, String... items) {
    return "{\"kind\":\"" + kind + "\",\"apiVersion\":\"v1\",\"metadata\":{\"resourceVersion\":\"100\""
        + (continueToken == null ? "" : ",\"continue\":\"" + continueToken + "\",\"remainingItemCount\":40")
        + "},\"items\":[" + String.join(",", items) + "]}";
  }

  private RecordedRequest next() throws InterruptedException {
    RecordedRequest request = apiServer.takeRequest(1, TimeUnit.SECONDS);
    assertThat(request).isNotNull();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    return request;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @Test
  void getPods_sendsSelectorsNameAndLimit_andSummarisesEachPod() throws Exception {
    reply(list("PodList", "eyJ2IjoibWV0YS5rOHMuaW8vdjEifQ", POD));

    Object result = call(invoker, instance(Map.of()), "get_pods", Map.of("namespace", "web", "name", "web-7c9f",
        "label_selector", "app=web,tier!=db", "field_selector", "status.phase=Running", "limit", 5));

    RecordedRequest request = next();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/namespaces/web/pods");
    assertThat(request.getUrl().queryParameter("labelSelector")).isEqualTo("app=web,tier!=db");
    assertThat(request.getUrl().queryParameter("fieldSelector"))
        .isEqualTo("metadata.name=web-7c9f,status.phase=Running");
    assertThat(request.getUrl().queryParameter("limit")).isEqualTo("5");
    Map<String, Object> out = map(result);
    assertThat(out).containsEntry("count", 1).containsEntry("continue", "eyJ2IjoibWV0YS5rOHMuaW8vdjEifQ")
        .containsEntry("remaining_item_count", 40);
    Map<String, Object> pod = map(((List<?>) out.get("items")).get(0));
    assertThat(pod).containsEntry("name", "web-7c9f").containsEntry("phase", "Running")
        .containsEntry("ready", "1/2").containsEntry("restarts", 7L).containsEntry("node", "node-1");
    assertThat(map(((List<?>) pod.get("containers")).get(0))).containsEntry("state", "waiting: CrashLoopBackOff")
        .containsEntry("last_state", "terminated: OOMKilled (exit 137)");
  }

  @Test
  void getPodDetail_isTheObjectWithoutManagedFieldsOrTheLastAppliedCopy() throws Exception {
    reply(POD);

    Object pod = call(invoker, instance(Map.of()), "get_pod_detail", Map.of("namespace", "web", "name", "web-7c9f"));

    assertThat(next().getUrl().encodedPath()).isEqualTo("/api/v1/namespaces/web/pods/web-7c9f");
    Map<String, Object> metadata = map(map(pod).get("metadata"));
    assertThat(metadata).doesNotContainKey("managedFields");
    assertThat(map(metadata.get("annotations"))).containsOnlyKeys("team");
    assertThat(map(pod)).containsKeys("spec", "status");
  }

  @Test
  void getPodLogs_readsTheLogSubresourceAsText_withItsOptions() throws Exception {
    apiServer.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/plain")
        .body("2026-03-27T10:00:00Z panic: runtime error\n").build());
    apiServer.enqueue(new MockResponse.Builder().body("ok\n").build());

    Object logs = call(invoker, instance(Map.of()), "get_pod_logs", Map.of("namespace", "web", "name", "web-7c9f",
        "container", "app", "tail_lines", 50, "since_seconds", 600, "previous", true));
    call(invoker, instance(Map.of()), "get_pod_logs", Map.of("namespace", "web", "name", "web-7c9f"));

    assertThat(logs).isEqualTo("2026-03-27T10:00:00Z panic: runtime error\n");
    RecordedRequest request = next();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/namespaces/web/pods/web-7c9f/log");
    assertThat(request.getUrl().queryParameter("container")).isEqualTo("app");
    assertThat(request.getUrl().queryParameter("tailLines")).isEqualTo("50");
    assertThat(request.getUrl().queryParameter("sinceSeconds")).isEqualTo("600");
    assertThat(request.getUrl().queryParameter("previous")).isEqualTo("true");
    assertThat(request.getUrl().queryParameter("follow")).isNull();
    RecordedRequest plain = next();
    assertThat(plain.getUrl().queryParameter("tailLines")).isEqualTo("100");
    assertThat(plain.getUrl().queryParameter("previous")).isNull();
  }

  @Test
  void getConfigmaps_returnsMetadataOnly_neverTheData() throws Exception {
    reply(list("ConfigMapList", null, "{\"metadata\":{\"name\":\"app-config\",\"namespace\":\"web\"},"
        + "\"data\":{\"DATABASE_URL\":\"postgres://app:hunter2@db/app\"},\"binaryData\":{\"cert\":\"AAEC\"}}"));

    Object result = call(invoker, instance(Map.of()), "get_configmaps", Map.of("namespace", "web"));

    assertThat(next().getUrl().encodedPath()).isEqualTo("/api/v1/namespaces/web/configmaps");
    Map<String, Object> configMap = map(((List<?>) map(result).get("items")).get(0));
    assertThat(configMap).containsOnlyKeys("metadata");
    assertThat(result.toString()).doesNotContain("hunter2").doesNotContain("AAEC");
  }

  @Test
  void deploymentsNodesNamespacesAndEvents_areSummarised() throws Exception {
    reply(list("DeploymentList", null, "{\"metadata\":{\"name\":\"web\",\"namespace\":\"web\"},"
        + "\"spec\":{\"replicas\":3,\"template\":{\"spec\":{\"containers\":[{\"image\":\"web:1.4\"}]}}},"
        + "\"status\":{\"readyReplicas\":1,\"availableReplicas\":1,\"updatedReplicas\":3,\"conditions\":"
        + "[{\"type\":\"Progressing\",\"status\":\"False\",\"reason\":\"ProgressDeadlineExceeded\"}]}}"));
    reply(list("NodeList", null, "{\"metadata\":{\"name\":\"node-1\",\"labels\":"
        + "{\"node-role.kubernetes.io/control-plane\":\"\"}},\"status\":{\"conditions\":[{\"type\":\"Ready\","
        + "\"status\":\"True\"},{\"type\":\"DiskPressure\",\"status\":\"True\"}],\"nodeInfo\":"
        + "{\"kubeletVersion\":\"v1.31.2\"},\"addresses\":[{\"type\":\"InternalIP\",\"address\":\"10.0.0.11\"}]}}"));
    reply(list("NamespaceList", null, "{\"metadata\":{\"name\":\"web\"},\"status\":{\"phase\":\"Active\"}}"));
    reply(list("EventList", null, "{\"metadata\":{\"namespace\":\"web\"},\"type\":\"Warning\",\"reason\":"
        + "\"BackOff\",\"involvedObject\":{\"kind\":\"Pod\",\"name\":\"web-7c9f\"},\"message\":\"Back-off\","
        + "\"count\":12,\"lastTimestamp\":\"2026-03-27T10:00:00Z\"}"));
    reply(list("EventList", null));

    Object deployments = call(invoker, instance(Map.of()), "get_deployments", Map.of("namespace", "web"));
    Object nodes = call(invoker, instance(Map.of()), "get_nodes", Map.of("label_selector", "pool=general"));
    Object namespaces = call(invoker, instance(Map.of()), "get_namespaces", Map.of());
    Object events = call(invoker, instance(Map.of()), "get_events",
        Map.of("namespace", "web", "field_selector", "type=Warning"));
    call(invoker, instance(Map.of()), "get_events", Map.of());

    assertThat(next().getUrl().encodedPath()).isEqualTo("/apis/apps/v1/namespaces/web/deployments");
    RecordedRequest nodeRequest = next();
    assertThat(nodeRequest.getUrl().encodedPath()).isEqualTo("/api/v1/nodes");
    assertThat(nodeRequest.getUrl().queryParameter("labelSelector")).isEqualTo("pool=general");
    assertThat(next().getUrl().encodedPath()).isEqualTo("/api/v1/namespaces");
    RecordedRequest eventRequest = next();
    assertThat(eventRequest.getUrl().encodedPath()).isEqualTo("/api/v1/namespaces/web/events");
    assertThat(eventRequest.getUrl().queryParameter("fieldSelector")).isEqualTo("type=Warning");
    assertThat(next().getUrl().encodedPath()).isEqualTo("/api/v1/events");
    assertThat(first(deployments)).containsEntry("replicas", 3).containsEntry("ready", 1L)
        .containsEntry("images", List.of("web:1.4"));
    assertThat(first(nodes)).containsEntry("ready", "True").containsEntry("roles", List.of("control-plane"))
        .containsEntry("conditions_true", List.of("DiskPressure")).containsEntry("kubelet_version", "v1.31.2")
        .containsEntry("internal_ip", "10.0.0.11");
    assertThat(first(namespaces)).containsEntry("name", "web").containsEntry("phase", "Active");
    assertThat(first(events)).containsEntry("object", "Pod/web-7c9f").containsEntry("count", 12)
        .containsEntry("last_seen", "2026-03-27T10:00:00Z");
  }

  private static Map<String, Object> first(Object list) {
    return map(((List<?>) map(list).get("items")).get(0));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "get_statefulsets, /apis/apps/v1/namespaces/data/statefulsets",
    "get_daemonsets, /apis/apps/v1/namespaces/data/daemonsets",
    "get_jobs, /apis/batch/v1/namespaces/data/jobs",
    "get_cronjobs, /apis/batch/v1/namespaces/data/cronjobs",
    "get_services, /api/v1/namespaces/data/services",
    "get_ingresses, /apis/networking.k8s.io/v1/namespaces/data/ingresses",
  })
  void eachNamespacedList_readsItsApiGroup(String operation, String path) throws Exception {
    reply(list("List", null, "{\"metadata\":{\"name\":\"x\",\"managedFields\":[{}]},\"spec\":{\"a\":1}}"));

    Object result = call(invoker, instance(Map.of()), operation, Map.of("namespace", "data", "name", "x", "limit", 2));

    RecordedRequest request = next();
    assertThat(request.getUrl().encodedPath()).isEqualTo(path);
    assertThat(request.getUrl().queryParameter("fieldSelector")).isEqualTo("metadata.name=x");
    assertThat(first(result)).containsKey("spec");
    assertThat(result.toString()).doesNotContain("managedFields");
  }

  @Test
  void detailsOfDeploymentsAndNodes_readOneObject() throws Exception {
    reply("{\"metadata\":{\"name\":\"web\"}}");
    reply("{\"metadata\":{\"name\":\"node-1\"}}");

    call(invoker, instance(Map.of()), "get_deployment_detail", Map.of("namespace", "web", "name", "web"));
    call(invoker, instance(Map.of()), "get_node_detail", Map.of("name", "node-1"));

    assertThat(next().getUrl().encodedPath()).isEqualTo("/apis/apps/v1/namespaces/web/deployments/web");
    assertThat(next().getUrl().encodedPath()).isEqualTo("/api/v1/nodes/node-1");
  }

  @Test
  void aStatusObject_isAToolErrorWithCodeAndMessage() {
    apiServer.enqueue(new MockResponse.Builder().code(404).addHeader("Content-Type", "application/json")
        .body("{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\",\"message\":"
            + "\"pods \\\"ghost\\\" not found\",\"reason\":\"NotFound\",\"details\":{\"name\":\"ghost\","
            + "\"kind\":\"pods\"},\"code\":404}").build());

    assertThatThrownBy(() -> call(invoker, instance(Map.of()), "get_pod_detail",
        Map.of("namespace", "web", "name", "ghost")))
        .isInstanceOf(ToolCallException.class).hasMessage("404 pods \"ghost\" not found");
  }

  @Test
  void aNameThatIsNotOneSegment_isRefusedBeforeSending() {
    assertThatThrownBy(() -> call(invoker, instance(Map.of()), "get_pod_detail",
        Map.of("namespace", "web", "name", "../../secrets/db")))
        .hasMessage("invalid arguments: name: is not a Kubernetes name");
    assertThatThrownBy(() -> call(invoker, instance(Map.of()), "get_pods", Map.of("namespace", "..")))
        .hasMessage("invalid arguments: namespace: is not a Kubernetes name");
    assertThat(apiServer.getRequestCount()).isZero();
  }

  @Test
  void anApiServerWithAPrivateCa_isTrustedThroughK8sCaCert() throws Exception {
    HeldCertificate ca = new HeldCertificate.Builder().certificateAuthority(0).commonName("kubernetes").build();
    HeldCertificate serving = new HeldCertificate.Builder().signedBy(ca).addSubjectAlternativeName("localhost").build();
    MockWebServer tls = new MockWebServer();
    tls.useHttps(new HandshakeCertificates.Builder().heldCertificate(serving, ca.certificate()).build()
        .sslSocketFactory());
    TestServers.start(tls);
    try {
      tls.enqueue(new MockResponse.Builder().body(list("NamespaceList", null)).build());
      String url = "https://localhost:" + tls.getPort();

      Object namespaces = call(invoker, instance(Map.of("k8s_url", url, "k8s_ca_cert", ca.certificatePem())),
          "get_namespaces", Map.of());

      assertThat(map(namespaces)).containsEntry("count", 0);
      assertThatThrownBy(() -> call(invoker, instance(Map.of("k8s_url", url)), "get_namespaces", Map.of()))
          .as("without the CA").hasMessageStartingWith("TLS connection to localhost failed: ");
    } finally {
      tls.close();
    }
  }

  @Test
  void withTheKubernetesToggleOn_requestsGoThroughTheProxy() throws Exception {
    MockWebServer proxy = new MockWebServer();
    TestServers.start(proxy);
    try {
      runtime.proxy("http://localhost:" + proxy.getPort(), ".corp", ProxyService.KUBERNETES);
      proxy.enqueue(new MockResponse.Builder().body(list("NamespaceList", null)).build());

      call(invoker, instance(Map.of("k8s_url", "http://k8s.cluster.example:6443")), "get_namespaces", Map.of());

      assertThat(proxy.takeRequest(1, TimeUnit.SECONDS).getTarget())
          .isEqualTo("http://k8s.cluster.example:6443/api/v1/namespaces");
    } finally {
      proxy.close();
    }
  }
}
