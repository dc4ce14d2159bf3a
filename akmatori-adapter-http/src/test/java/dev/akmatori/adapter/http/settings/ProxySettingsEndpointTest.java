package dev.akmatori.adapter.http.settings;

import static dev.akmatori.adapter.http.testing.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.http.testing.Reply;
import dev.akmatori.adapter.http.testing.TestApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code GET/PUT /api/settings/proxy} (contract §3.10.4). */
class ProxySettingsEndpointTest {
  private final TestApi api = TestApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void get_onAFreshInstall_listsEveryService_withLlmAndOpenaiTheSame_andSshUnsupported() {
    JsonNode s = api.get("/api/settings/proxy").json();

    assertThat(SettingsEndpointsTest.fieldNames(s)).containsExactly("id", "proxy_url", "no_proxy", "services", "created_at", "updated_at");
    assertThat(s.get("proxy_url").asText()).isEmpty();
    assertThat(s.get("no_proxy").asText()).isEmpty();
    JsonNode services = s.get("services");
    assertThat(SettingsEndpointsTest.fieldNames(services))
        .containsExactly(
            "llm", "openai", "slack", "zabbix", "victoria_metrics", "catchpoint", "grafana", "pagerduty", "netbox",
            "kubernetes", "ssh");
    assertThat(services.get("llm").toString()).isEqualTo("{\"enabled\":true,\"supported\":true}");
    assertThat(services.get("openai")).isEqualTo(services.get("llm"));
    assertThat(services.get("slack").get("enabled").asBoolean()).isTrue();
    assertThat(services.get("grafana").toString()).isEqualTo("{\"enabled\":false,\"supported\":true}");
    assertThat(services.get("ssh").toString()).isEqualTo("{\"enabled\":false,\"supported\":false}");
  }

  @Test
  void put_isPartial_andOpenaiSetsTheLlmToggle() {
    JsonNode s = api.put("/api/settings/proxy",
        "{\"proxy_url\":\"http://proxy.corp:3128\",\"no_proxy\":\"localhost,.corp\","
            + "\"services\":{\"openai\":{\"enabled\":false,\"supported\":true},\"kubernetes\":{\"enabled\":true},\"ssh\":{\"enabled\":false}}}")
        .json();
    JsonNode kept = api.put("/api/settings/proxy", "{\"services\":{\"zabbix\":{\"enabled\":true}}}").json();

    assertThat(s.get("proxy_url").asText()).isEqualTo("http://proxy.corp:3128");
    assertThat(s.get("no_proxy").asText()).isEqualTo("localhost,.corp");
    assertThat(s.get("services").get("llm").get("enabled").asBoolean()).isFalse();
    assertThat(s.get("services").get("openai").get("enabled").asBoolean()).isFalse();
    assertThat(s.get("services").get("kubernetes").get("enabled").asBoolean()).isTrue();
    assertThat(kept.get("proxy_url").asText()).isEqualTo("http://proxy.corp:3128");
    assertThat(kept.get("services").get("kubernetes").get("enabled").asBoolean()).isTrue();
    assertThat(kept.get("services").get("zabbix").get("enabled").asBoolean()).isTrue();
    assertThat(kept.get("services").get("slack").get("enabled").asBoolean()).isTrue();
  }

  @Test
  void thePassword_isMaskedAsFourStars_andSendingThemBackKeepsIt() {
    JsonNode set = api.put("/api/settings/proxy", "{\"proxy_url\":\"http://user:pr0xy-pa55@proxy.corp:3128\"}").json();
    JsonNode moved = api.put("/api/settings/proxy", "{\"proxy_url\":\"http://user:****@proxy2.corp:8080\"}").json();

    assertThat(set.get("proxy_url").asText()).isEqualTo("http://user:****@proxy.corp:3128");
    assertThat(moved.get("proxy_url").asText()).isEqualTo("http://user:****@proxy2.corp:8080");
    assertThat(api.settingsStores.proxy().load(api.clock.instant()).value().proxyUrl().reveal())
        .isEqualTo("http://user:pr0xy-pa55@proxy2.corp:8080");
    assertThat(api.put("/api/settings/proxy", "{\"proxy_url\":\"\"}").json().get("proxy_url").asText()).isEmpty();
  }

  @Test
  void llmAndOpenaiDisagreeing_isAConflictOfFields() {
    Reply r = api.put("/api/settings/proxy", "{\"services\":{\"llm\":{\"enabled\":true},\"openai\":{\"enabled\":false}}}");

    assertError(r, 400, "validation_error");
    assertThat(r.json().get("details").get("services.openai").asText()).isEqualTo("conflicts with services.llm");
  }

  @Test
  void everyOtherRule_isReportedWithItsFieldPath() {
    Reply r = api.put("/api/settings/proxy",
        "{\"proxy_url\":\"socks5://proxy:1080\",\"services\":{\"telnet\":{\"enabled\":true},\"ssh\":{\"enabled\":true},"
            + "\"grafana\":{\"enabled\":\"yes\"},\"netbox\":{},\"slack\":true}}");

    assertError(r, 400, "validation_error");
    JsonNode d = r.json().get("details");
    assertThat(d.get("proxy_url").asText()).isEqualTo("must be an http or https URL");
    assertThat(d.get("services.telnet").asText()).isEqualTo("unknown service");
    assertThat(d.get("services.ssh.enabled").asText()).isEqualTo("proxy is not supported for ssh");
    assertThat(d.get("services.grafana.enabled").asText()).isEqualTo("must be a boolean");
    assertThat(d.get("services.netbox.enabled").asText()).isEqualTo("is required");
    assertThat(d.get("services.slack").asText()).isEqualTo("must be an object");
  }

  @Test
  void servicesMustBeAnObject() {
    Reply r = api.put("/api/settings/proxy", "{\"services\":[\"llm\"],\"no_proxy\":5}");

    assertError(r, 400, "validation_error");
    assertThat(r.json().get("details").get("services").asText()).isEqualTo("must be an object");
    assertThat(r.json().get("details").get("no_proxy").asText()).isEqualTo("must be a string");
  }
}
