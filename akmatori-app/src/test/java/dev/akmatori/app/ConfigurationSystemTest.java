package dev.akmatori.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.domain.settings.LlmProvider;
import dev.akmatori.domain.settings.ProxyService;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Alert source types, alert sources and settings in the real application on the embedded H2. */
class ConfigurationSystemTest {
  private static final String PASSWORD = "configuration-admin-password";

  @TempDir Path dataDir;

  private Map<String, String> env() {
    return SystemTest.env(dataDir, PASSWORD);
  }

  @Test
  void aFreshStart_seedsTheFiveTypes_createsTheSettings_andWebhookUrlsUseTheBoundPort() throws Exception {
    try (Application app = Application.start(AppConfig.fromEnvironment(env()))) {
      String token = SystemTest.login(app, PASSWORD);

      String types = SystemTest.send(app, "GET", "/api/alert-source-types", token, null).body();
      HttpResponse<String> created =
          SystemTest.send(app, "POST", "/api/alert-sources", token, "{\"source_type_name\":\"zabbix\",\"name\":\"Zabbix\"}");

      assertThat(types).containsSubsequence(
          "\"id\":1,\"name\":\"alertmanager\"", "\"id\":2,\"name\":\"grafana\"", "\"id\":3,\"name\":\"pagerduty\"",
          "\"id\":4,\"name\":\"datadog\"", "\"id\":5,\"name\":\"zabbix\"");
      assertThat(created.statusCode()).isEqualTo(201);
      assertThat(field(created.body(), "webhook_url"))
          .isEqualTo("http://localhost:" + app.port() + "/api/webhook/alert/" + field(created.body(), "uuid"));
      for (String resource : new String[] {"general", "slack", "llm", "proxy", "retention"}) {
        assertThat(SystemTest.send(app, "GET", "/api/settings/" + resource, token, null).statusCode()).as(resource).isEqualTo(200);
      }
    }
  }

  @Test
  void akmatoriBaseUrl_isTheFallback_untilTheGeneralBaseUrlIsSet() throws Exception {
    Map<String, String> env = env();
    env.put("AKMATORI_BASE_URL", "https://public.example.com/");
    try (Application app = Application.start(AppConfig.fromEnvironment(env))) {
      String token = SystemTest.login(app, PASSWORD);
      String uuid = field(SystemTest.send(app, "POST", "/api/alert-sources", token, "{\"source_type_name\":\"grafana\",\"name\":\"G\"}").body(), "uuid");

      String before = SystemTest.send(app, "GET", "/api/alert-sources/" + uuid, token, null).body();
      SystemTest.send(app, "PUT", "/api/settings/general", token, "{\"base_url\":\"https://ops.example.com/\"}");
      String after = SystemTest.send(app, "GET", "/api/alert-sources/" + uuid, token, null).body();

      assertThat(field(before, "webhook_url")).isEqualTo("https://public.example.com/api/webhook/alert/" + uuid);
      assertThat(field(after, "webhook_url")).isEqualTo("https://ops.example.com/api/webhook/alert/" + uuid);
      assertThat(app.runtimeSettings().publicBaseUrl()).isEqualTo("https://ops.example.com");
    }
  }

  @Test
  void putsTakeEffectAtOnce_andSurviveARestart_withSecretsStillMaskedAndTypesNotDuplicated() throws Exception {
    String types;
    try (Application app = Application.start(AppConfig.fromEnvironment(env()))) {
      String token = SystemTest.login(app, PASSWORD);
      types = SystemTest.send(app, "GET", "/api/alert-source-types", token, null).body();
      SystemTest.send(app, "PUT", "/api/settings/slack", token, "{\"bot_token\":\"xoxb-system-1234\",\"enabled\":true}");
      SystemTest.send(app, "PUT", "/api/settings/llm", token, "{\"provider\":\"google\",\"api_key\":\"AIza-system-5678\"}");
      SystemTest.send(app, "PUT", "/api/settings/proxy", token, "{\"proxy_url\":\"http://u:pw-9@proxy:3128\"}");

      assertThat(app.runtimeSettings().slack().botToken().reveal()).isEqualTo("xoxb-system-1234");
      assertThat(app.runtimeSettings().activeLlm().provider()).isEqualTo(LlmProvider.GOOGLE);
      assertThat(app.runtimeSettings().proxy().proxyFor(ProxyService.LLM)).contains("http://u:pw-9@proxy:3128");
    }

    try (Application app = Application.start(AppConfig.fromEnvironment(env()))) {
      String token = SystemTest.login(app, PASSWORD);

      assertThat(SystemTest.send(app, "GET", "/api/alert-source-types", token, null).body()).isEqualTo(types);
      assertThat(SystemTest.send(app, "GET", "/api/settings/slack", token, null).body())
          .contains("\"bot_token\":\"****1234\"").contains("\"is_configured\":true");
      assertThat(SystemTest.send(app, "GET", "/api/settings/llm", token, null).body())
          .contains("\"active_provider\":\"google\"").contains("\"api_key\":\"****5678\"").doesNotContain("AIza");
      assertThat(SystemTest.send(app, "GET", "/api/settings/proxy", token, null).body()).contains("http://u:****@proxy:3128");
      assertThat(app.runtimeSettings().activeLlm().apiKey().reveal()).isEqualTo("AIza-system-5678");
    }
  }

  static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
    assertThat(m.find()).as(name + " in " + json).isTrue();
    return m.group(1);
  }
}
