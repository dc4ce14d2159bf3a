package dev.akmatori.adapter.http.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.adapter.http.testing.Reply;
import dev.akmatori.adapter.http.testing.TestApi;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Contract §1.7: once every secret of alert sources and settings is set, no response of any of
 * their routes contains a clear value, not even in part beyond the last four characters.
 */
class SecretsAreNeverShownTest {
  private static final List<String> SECRETS =
      List.of(
          "whsec-SOURCE-0001", "xoxb-BOT-0002", "signing-SECRET-0003", "xapp-APP-0004", "sk-OPENAI-0005",
          "sk-ANTHROPIC-0006", "PROXYPASS0007");

  private final TestApi api = TestApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void noResponse_containsAnySecret() {
    List<Reply> replies = new ArrayList<>();
    Reply created = api.post("/api/alert-sources", "{\"source_type_name\":\"grafana\",\"name\":\"g\",\"webhook_secret\":\"" + SECRETS.get(0) + "\"}");
    String source = "/api/alert-sources/" + created.json().get("uuid").asText();
    replies.add(created);
    replies.add(api.put(source, "{\"description\":\"x\"}"));
    replies.add(api.put("/api/settings/slack",
        "{\"bot_token\":\"" + SECRETS.get(1) + "\",\"signing_secret\":\"" + SECRETS.get(2) + "\",\"app_token\":\"" + SECRETS.get(3) + "\"}"));
    replies.add(api.put("/api/settings/llm", "{\"provider\":\"openai\",\"api_key\":\"" + SECRETS.get(4) + "\"}"));
    replies.add(api.put("/api/settings/llm", "{\"provider\":\"anthropic\",\"api_key\":\"" + SECRETS.get(5) + "\"}"));
    replies.add(api.put("/api/settings/proxy", "{\"proxy_url\":\"http://proxyuser:" + SECRETS.get(6) + "@proxy:3128\"}"));
    for (String path : List.of(source, "/api/alert-sources", "/api/alert-sources?page=1", "/api/settings/slack",
        "/api/settings/llm", "/api/settings/proxy", "/api/settings/general", "/api/settings/retention")) {
      replies.add(api.get(path));
    }

    assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(200, 201));
    for (Reply r : replies) {
      for (String secret : SECRETS) {
        assertThat(r.body()).as(r.toString()).doesNotContain(secret).doesNotContain(secret.substring(0, secret.length() - 4));
      }
    }
    assertThat(api.get("/api/settings/proxy").body()).contains("http://proxyuser:****@proxy:3128");
    assertThat(api.get("/api/settings/llm").body()).contains("\"api_key\":\"****0006\"").contains("\"api_key\":\"****0005\"");
  }
}
