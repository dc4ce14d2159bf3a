package dev.akmatori.app;

import static dev.akmatori.app.SystemTest.login;
import static dev.akmatori.app.SystemTest.send;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tool types are seeded at startup and tool secrets survive a restart, over the real stack on H2. */
class ToolsSystemTest {
  private static final String PASSWORD = "tools-admin-password";
  private static final String TOKEN = "grafana-SECRET-token-7777";

  @TempDir Path dataDir;

  private Map<String, String> env() {
    return SystemTest.env(dataDir, PASSWORD);
  }

  private static String typeIdsAndNames(String body) {
    Matcher m = Pattern.compile("\\{\"id\":(\\d+),\"name\":\"([a-z_]+)\"").matcher(body);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      out.append(m.group(1)).append('=').append(m.group(2)).append(' ');
    }
    return out.toString().strip();
  }

  @Test
  void builtinTypesAreSeededOnce_andAToolWithItsSecretSurvivesARestart() throws Exception {
    String expected = "1=ssh 2=zabbix 3=victoria_metrics 4=catchpoint 5=postgresql 6=grafana 7=pagerduty"
        + " 8=clickhouse 9=netbox 10=kubernetes";
    String created;
    try (Application app = Application.start(AppConfig.fromEnvironment(env()))) {
      String token = login(app, PASSWORD);
      assertThat(typeIdsAndNames(send(app, "GET", "/api/tool-types", token, null).body())).isEqualTo(expected);
      HttpResponse<String> tool = send(app, "POST", "/api/tools", token,
          "{\"tool_type_id\":6,\"name\":\"Grafana\",\"settings\":{\"grafana_url\":\"https://g.example.com\","
              + "\"grafana_api_token\":\"" + TOKEN + "\"}}");
      assertThat(tool.statusCode()).as(tool.body()).isEqualTo(201);
      created = tool.body();
    }

    try (Application app = Application.start(AppConfig.fromEnvironment(env()))) {
      String token = login(app, PASSWORD);
      HttpResponse<String> types = send(app, "GET", "/api/tool-types", token, null);
      HttpResponse<String> tools = send(app, "GET", "/api/tools", token, null);

      assertThat(typeIdsAndNames(types.body())).isEqualTo(expected);
      assertThat(tools.body()).isEqualTo("[" + created + "]").contains("\"grafana_api_token\":\"****7777\"")
          .doesNotContain("SECRET");
    }
  }
}
