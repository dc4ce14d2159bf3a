package dev.akmatori.domain.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.domain.shared.ValidationException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Contract §3.10.4 and the proxy password rules of §1.7. */
class ProxySettingsTest {
  @Test
  void theUrlShowsItsPasswordAsFourStars_whateverItsLength() {
    assertThat(ProxyUrl.of("http://user:pa@proxy.corp:3128").masked()).isEqualTo("http://user:****@proxy.corp:3128");
    assertThat(ProxyUrl.of("http://user:a-very-long-password@proxy:3128/").masked()).isEqualTo("http://user:****@proxy:3128/");
    assertThat(ProxyUrl.of("http://user:p@ss@proxy:3128").masked()).isEqualTo("http://user:****@proxy:3128");
    assertThat(ProxyUrl.of("http://user@proxy:3128").masked()).isEqualTo("http://user@proxy:3128");
    assertThat(ProxyUrl.of("http://user:@proxy:3128").masked()).isEqualTo("http://user:@proxy:3128");
    assertThat(ProxyUrl.of("http://proxy:3128/path@x").masked()).isEqualTo("http://proxy:3128/path@x");
    assertThat(ProxyUrl.of("").masked()).isEmpty();
    assertThat(ProxyUrl.of("http://u:hunter2@p:1").toString()).doesNotContain("hunter2");
  }

  @Test
  void fourStarsAsThePassword_keepsTheStoredPassword_withTheNewHost() {
    ProxyUrl stored = ProxyUrl.of("http://user:s3cret@proxy.corp:3128");

    assertThat(stored.updatedWith("http://user:****@proxy2.corp:8080").reveal()).isEqualTo("http://user:s3cret@proxy2.corp:8080");
    assertThat(stored.updatedWith("http://other:****@proxy.corp:3128").reveal()).isEqualTo("http://other:s3cret@proxy.corp:3128");
    assertThat(stored.updatedWith("http://user:new@proxy.corp:3128").reveal()).isEqualTo("http://user:new@proxy.corp:3128");
    assertThat(stored.updatedWith("http://user:*****@proxy.corp:3128").reveal()).isEqualTo("http://user:*****@proxy.corp:3128");
    assertThat(stored.updatedWith("").isEmpty()).isTrue();
    assertThat(ProxyUrl.empty().updatedWith("http://user:****@p:1").reveal()).isEqualTo("http://user@p:1");
  }

  @Test
  void defaults_enableLlmAndSlackOnly_withoutAProxy() {
    ProxySettings d = ProxySettings.DEFAULTS;

    assertThat(d.enabledServices()).containsExactly(ProxyService.LLM, ProxyService.SLACK);
    assertThat(d.proxyUrl().isEmpty()).isTrue();
    assertThat(d.proxyFor(ProxyService.LLM)).isEmpty();
  }

  @Test
  void aPartialUpdate_changesOnlyTheServicesSent_andOpenaiIsTheLlmToggle() {
    Map<String, Object> services = new LinkedHashMap<>();
    services.put("openai", on(false));
    services.put("kubernetes", Map.of("enabled", true, "supported", false));
    services.put("ssh", on(false));

    ProxySettings updated =
        ProxySettings.DEFAULTS.apply(ProxySettingsChanges.of("http://proxy:3128", null, services));

    assertThat(updated.enabledServices()).containsExactly(ProxyService.SLACK, ProxyService.KUBERNETES);
    assertThat(updated.proxyFor(ProxyService.KUBERNETES)).contains("http://proxy:3128");
    assertThat(updated.proxyFor(ProxyService.LLM)).isEmpty();
    assertThat(updated.proxyFor(ProxyService.SSH)).isEmpty();
    assertThat(updated.noProxy()).isEmpty();
  }

  @Test
  void llmAndOpenaiAgreeing_isFine() {
    ProxySettingsChanges c = ProxySettingsChanges.of(null, null, Map.of("llm", on(true), "openai", on(true)));

    assertThat(c.services()).containsOnly(Map.entry(ProxyService.LLM, true));
  }

  @Test
  void everyRuleBroken_isReportedAtOnce() {
    Map<String, Object> services = new LinkedHashMap<>();
    services.put("llm", on(true));
    services.put("openai", on(false));
    services.put("ssh", on(true));
    services.put("telnet", on(true));

    assertThatThrownBy(() -> ProxySettingsChanges.of("socks5://proxy:1080", null, services))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.details())
                    .containsOnly(
                        Map.entry("proxy_url", "must be an http or https URL"),
                        Map.entry("services.ssh.enabled", "proxy is not supported for ssh"),
                        Map.entry("services.telnet", "unknown service"),
                        Map.entry("services.openai", "conflicts with services.llm")));
  }

  @Test
  void eachServiceMustBeAnObjectWithABooleanEnabled() {
    Map<String, Object> services = new LinkedHashMap<>();
    services.put("slack", true);
    services.put("grafana", Map.of());
    services.put("netbox", Map.of("enabled", "yes"));
    services.put("zabbix", Map.of("enabled", true, "via", "x"));

    assertThatThrownBy(() -> ProxySettingsChanges.of(null, null, services))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.details())
                    .containsOnly(
                        Map.entry("services.slack", "must be an object"),
                        Map.entry("services.grafana.enabled", "is required"),
                        Map.entry("services.netbox.enabled", "must be a boolean"),
                        Map.entry("services.zabbix.via", "unknown field")));
  }

  private static Map<String, Object> on(boolean enabled) {
    return Map.of("enabled", enabled);
  }

  @Test
  void anEmptyProxyUrl_clearsIt() {
    ProxySettings set = ProxySettings.DEFAULTS.apply(ProxySettingsChanges.of("https://p:1", "localhost,.corp", null));

    ProxySettings cleared = set.apply(ProxySettingsChanges.of("", null, null));

    assertThat(cleared.proxyUrl().isEmpty()).isTrue();
    assertThat(cleared.noProxy()).isEqualTo("localhost,.corp");
  }
}
