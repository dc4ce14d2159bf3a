package dev.akmatori.adapter.http.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestMetricsTest {
  @Test
  void rootAliases_countUnderTheirApiTemplate_apiTemplatesStayAsTheyAre() {
    assertThat(RequestMetrics.underApi("/metrics")).isEqualTo("/api/metrics");
    assertThat(RequestMetrics.underApi("/auth/login")).isEqualTo("/api/auth/login");
    assertThat(RequestMetrics.underApi("/webhook/alert/{uuid}")).isEqualTo("/api/webhook/alert/{uuid}");
    assertThat(RequestMetrics.underApi("/api/incidents/{uuid}")).isEqualTo("/api/incidents/{uuid}");
    assertThat(RequestMetrics.underApi("/apiary")).isEqualTo("/api/apiary");
  }
}
