package dev.akmatori.adapter.llm.tool.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.adapter.llm.testing.ToolCalls;
import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.domain.settings.ProxyService;
import java.time.Duration;
import java.util.Map;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class HttpTargetTest {
  @Test
  void theCommonSettings_defaultTo30SecondsAndVerifiedTls() {
    InstanceSettings settings = InstanceSettings.of(
        ToolCalls.instance(1, "grafana", Map.of("grafana_url", "https://grafana.corp/", "grafana_api_token", "t")));

    HttpTarget target = HttpTarget.fromSettings(settings, "grafana_url", "grafana_", ProxyService.GRAFANA);

    assertThat(target.timeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(target.verifySsl()).isTrue();
    assertThat(target.baseUrl().toString()).isEqualTo("https://grafana.corp/");
    assertThat(target.proxyService()).isEqualTo(ProxyService.GRAFANA);
  }

  @Test
  void theInstancesTimeoutAndVerifySsl_areTaken() {
    InstanceSettings settings = InstanceSettings.of(ToolCalls.instance(1, "kubernetes", Map.of(
        "k8s_url", "https://10.0.0.1:6443", "k8s_token", "t", "k8s_timeout", 5, "k8s_verify_ssl", false)));

    HttpTarget target = HttpTarget.fromSettings(settings, "k8s_url", "k8s_", ProxyService.KUBERNETES);

    assertThat(target.timeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(target.verifySsl()).isFalse();
  }

  @Test
  void aMissingOrUnusableUrl_isAToolError() {
    InstanceSettings missing = InstanceSettings.ofMap(Map.of());
    InstanceSettings ftp = InstanceSettings.ofMap(Map.of("vm_url", "ftp://vm:8428"));

    assertThatThrownBy(() -> HttpTarget.fromSettings(missing, "vm_url", "vm_", ProxyService.VICTORIA_METRICS))
        .isInstanceOf(ToolCallException.class).hasMessage("setting 'vm_url' is not set");
    assertThatThrownBy(() -> HttpTarget.fromSettings(ftp, "vm_url", "vm_", ProxyService.VICTORIA_METRICS))
        .hasMessage("setting 'vm_url' is not an http or https URL");
  }

  @Test
  void aTargetNeverPrintsTheUserInfoOfItsUrl() {
    HttpTarget target = new HttpTarget(HttpUrl.get("https://admin:hunter22@vm.corp/"),
        Duration.ofSeconds(30), true, "", ProxyService.VICTORIA_METRICS);

    assertThat(target.toString()).doesNotContain("hunter22").contains("vm.corp");
  }
}
