package dev.akmatori.adapter.llm.tool.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.adapter.llm.http.ModelTransports;
import dev.akmatori.adapter.llm.testing.FixedRuntimeSettings;
import dev.akmatori.adapter.llm.testing.TestServers;
import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.settings.ProxyService;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** TLS trust and proxy routing of the derived clients, against real loopback servers. */
class IntegrationHttpTest {
  private final MockWebServer origin = new MockWebServer();
  private final MockWebServer proxy = new MockWebServer();
  private final FixedRuntimeSettings settings = new FixedRuntimeSettings();
  private final IntegrationHttp http = new IntegrationHttp(ModelTransports.defaultClient(), settings);

  @BeforeEach
  void start() throws IOException {
    TestServers.start(proxy);
  }

  @AfterEach
  void stop() {
    origin.close();
    proxy.close();
  }

  private static HttpTarget target(HttpUrl url, boolean verifySsl, String ca, ProxyService service) {
    return new HttpTarget(url, Duration.ofSeconds(10), verifySsl, ca, service);
  }

  private static Object fetch(IntegrationClient client) {
    return client.json(new Request.Builder().url(client.url("api", "v1", "namespaces").build()).build(),
        Cancellation.NONE);
  }

  /** Serves HTTPS on loopback with {@code certificate} (and its chain); answers {@code {"ok":true}}. */
  private HttpUrl serveHttps(HeldCertificate certificate, HeldCertificate... chain) throws IOException {
    HandshakeCertificates.Builder server = new HandshakeCertificates.Builder();
    X509Certificate[] intermediates = new X509Certificate[chain.length];
    for (int i = 0; i < chain.length; i++) {
      intermediates[i] = chain[i].certificate();
    }
    origin.useHttps(server.heldCertificate(certificate, intermediates).build().sslSocketFactory());
    TestServers.start(origin);
    origin.enqueue(new MockResponse.Builder().body("{\"ok\":true}").build());
    return new HttpUrl.Builder().scheme("https").host("localhost").port(origin.getPort()).build();
  }

  @Test
  void verifySslFalse_acceptsASelfSignedCertificate_forThatClientOnly() throws Exception {
    HeldCertificate selfSigned = new HeldCertificate.Builder().addSubjectAlternativeName("localhost").build();
    HttpUrl url = serveHttps(selfSigned);
    origin.enqueue(new MockResponse.Builder().body("{\"ok\":true}").build());

    Object insecure = fetch(http.client(target(url, false, "", ProxyService.KUBERNETES), Auth.NONE));

    assertThat(insecure).isEqualTo(Map.of("ok", true));
    assertThatThrownBy(() -> fetch(http.client(target(url, true, "", ProxyService.KUBERNETES), Auth.NONE)))
        .as("the same server with verification on")
        .isInstanceOf(ToolCallException.class)
        .hasMessageStartingWith("TLS connection to localhost failed: ");
  }

  @Test
  void aCaBundle_isTrustedWithVerificationOn_andTheHostNameIsStillChecked() throws Exception {
    HeldCertificate ca = new HeldCertificate.Builder().certificateAuthority(0).commonName("cluster-ca").build();
    HeldCertificate apiServer = new HeldCertificate.Builder()
        .signedBy(ca).addSubjectAlternativeName("localhost").build();
    HttpUrl url = serveHttps(apiServer, ca);
    origin.enqueue(new MockResponse.Builder().body("{\"ok\":true}").build());

    Object trusted = fetch(http.client(target(url, true, ca.certificatePem(), ProxyService.KUBERNETES), Auth.NONE));

    assertThat(trusted).isEqualTo(Map.of("ok", true));
    HttpUrl byIp = url.newBuilder().host("127.0.0.1").build();
    assertThatThrownBy(() ->
        fetch(http.client(target(byIp, true, ca.certificatePem(), ProxyService.KUBERNETES), Auth.NONE)))
        .as("a name the certificate does not carry").isInstanceOf(ToolCallException.class);
  }

  @Test
  void aCaBundleThatIsNotPem_isAToolError() {
    HttpTarget target = target(HttpUrl.get("https://k8s.example.com"), true, "not a certificate",
        ProxyService.KUBERNETES);

    assertThatThrownBy(() -> http.client(target, Auth.NONE))
        .isInstanceOf(ToolCallException.class)
        .hasMessage("the CA certificate setting is not a valid PEM X.509 certificate");
  }

  @Test
  void withItsToggleOn_aServiceGoesThroughTheProxy_andOtherServicesDoNot() throws Exception {
    settings.proxy("http://localhost:" + proxy.getPort(), "", ProxyService.GRAFANA);
    proxy.enqueue(new MockResponse.Builder().body("{\"via\":\"proxy\"}").build());
    HttpUrl target = HttpUrl.get("http://grafana.internal:3000/");

    Object result = fetch(http.client(target(target, true, "", ProxyService.GRAFANA), Auth.bearer("tok-123456")));

    assertThat(result).isEqualTo(Map.of("via", "proxy"));
    RecordedRequest seen = proxy.takeRequest(1, TimeUnit.SECONDS);
    assertThat(seen.getTarget()).isEqualTo("http://grafana.internal:3000/api/v1/namespaces");
    TestServers.start(origin);
    origin.enqueue(new MockResponse.Builder().body("{\"via\":\"direct\"}").build());
    Object direct = fetch(http.client(target(origin.url("/"), true, "", ProxyService.ZABBIX), Auth.NONE));
    assertThat(direct).isEqualTo(Map.of("via", "direct"));
    assertThat(proxy.getRequestCount()).isEqualTo(1);
  }

  @Test
  void hostsInNoProxy_areReachedDirectly() throws Exception {
    TestServers.start(origin);
    settings.proxy("http://localhost:" + proxy.getPort(), "example.org, " + origin.url("/").host(),
        ProxyService.VICTORIA_METRICS);
    origin.enqueue(new MockResponse.Builder().body("{}").build());

    fetch(http.client(target(origin.url("/"), true, "", ProxyService.VICTORIA_METRICS), Auth.NONE));

    assertThat(origin.getRequestCount()).isEqualTo(1);
    assertThat(proxy.getRequestCount()).isZero();
  }

  @Test
  void theProxySettings_areReadAtEveryCall_soAChangeAppliesToTheNextOne() throws Exception {
    TestServers.start(origin);
    origin.enqueue(new MockResponse.Builder().body("{}").build());
    proxy.enqueue(new MockResponse.Builder().body("{}").build());
    HttpTarget target = target(HttpUrl.get("http://localhost:" + origin.getPort() + "/"), true, "",
        ProxyService.KUBERNETES);

    fetch(http.client(target, Auth.NONE));
    settings.proxy("http://localhost:" + proxy.getPort(), "", ProxyService.KUBERNETES);
    fetch(http.client(target, Auth.NONE));

    assertThat(origin.getRequestCount()).isEqualTo(1);
    assertThat(proxy.getRequestCount()).isEqualTo(1);
    assertThat(settings.proxyReads()).isEqualTo(2);
  }

  @Test
  void aTlsProxyUrl_isAToolErrorThatHidesThePassword() {
    settings.proxy("https://ops:pr0xy-Secret@proxy.corp:3129", "", ProxyService.GRAFANA);
    HttpTarget target = target(HttpUrl.get("http://grafana.internal/"), true, "", ProxyService.GRAFANA);

    assertThatThrownBy(() -> http.client(target, Auth.NONE))
        .isInstanceOf(ToolCallException.class)
        .hasMessageStartingWith("the proxy settings are unusable: ")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("pr0xy-Secret"));
  }
}
