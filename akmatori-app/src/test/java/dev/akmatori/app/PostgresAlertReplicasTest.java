package dev.akmatori.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.application.alert.AlertFixtures;
import dev.akmatori.application.investigation.FixedModelSettings;
import dev.akmatori.application.investigation.RunOutcome;
import dev.akmatori.application.investigation.ScriptedInvestigation;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two replicas of the real application on one real PostgreSQL receive the same Alertmanager webhook
 * at once, many times: exactly one incident and one alert come out (contract §4.7).
 */
class PostgresAlertReplicasTest {
  private static final int REQUESTS = 12;

  @TempDir Path dataDir;
  @RegisterExtension final PostgresSchema schema = new PostgresSchema("sys");

  @Test
  void identicalWebhooksAtTwoReplicasAtOnce_makeExactlyOneIncident() throws Exception {
    Map<String, String> env = SystemTest.env(dataDir, AlertsSystemTest.PASSWORD);
    env.put("AKMATORI_DB_URL", schema.url());
    env.put("AKMATORI_DB_POOL_SIZE", "4");
    env.put("AKMATORI_ENCRYPTION_KEY", Base64.getEncoder().encodeToString(new byte[32]));
    // Runs complete at once, so the incident stays live and later copies are deduplicated.
    ScriptedInvestigation loop = new ScriptedInvestigation(call -> RunOutcome.completed("done", 1, 1));
    InvestigationEngine engine = InvestigationEngine.of(loop, new FixedModelSettings(true), s -> s);

    try (Application one = Application.start(AppConfig.fromEnvironment(env), engine);
        Application two = Application.start(AppConfig.fromEnvironment(env), engine)) {
      String token = SystemTest.login(one, AlertsSystemTest.PASSWORD);
      String source = AlertsSystemTest.createSource(one, token, "alertmanager");
      List<Application> replicas = List.of(one, two);
      String body = AlertFixtures.shared("alertmanager-firing.json");

      List<String> actions = new ArrayList<>();
      ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
      try {
        CyclicBarrier start = new CyclicBarrier(REQUESTS);
        List<Future<HttpResponse<String>>> futures = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
          Application target = replicas.get(i % 2);
          futures.add(pool.submit(() -> {
            start.await(30, TimeUnit.SECONDS);
            return AlertsSystemTest.webhook(target, source, body);
          }));
        }
        for (Future<HttpResponse<String>> f : futures) {
          HttpResponse<String> r = f.get(120, TimeUnit.SECONDS);
          assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
          actions.add(AlertsSystemTest.json(r).get("alerts").get(0).get("action").asText());
        }
      } finally {
        pool.shutdownNow();
      }

      assertThat(actions).containsOnlyOnce("created").filteredOn("deduplicated"::equals).hasSize(REQUESTS - 1);
      JsonNode incidents = AlertsSystemTest.get(two, token, "/api/incidents");
      assertThat(incidents.get("pagination").get("total").asInt()).isEqualTo(1);
      assertThat(AlertsSystemTest.get(two, token, "/api/alerts")).hasSize(1);
    }
  }
}
