package dev.akmatori.adapter.http.runbook;

import static dev.akmatori.adapter.http.testing.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.http.testing.Reply;
import dev.akmatori.adapter.http.testing.TestApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code /api/runbooks}: CRUD, search and paging over HTTP (contract §1.5, §3.7). */
class RunbookEndpointsTest {
  private static final String TIMESTAMP = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,9})?Z";

  private final TestApi api = TestApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  private JsonNode create(String title, String content) {
    String json = "{\"title\":\"" + title + "\",\"content\":\"" + content + "\"}";
    Reply r = api.post("/api/runbooks", json);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json();
  }

  private static List<String> titles(JsonNode list) {
    List<String> titles = new ArrayList<>();
    list.forEach(n -> titles.add(n.get("title").asText()));
    return titles;
  }

  @Test
  void create_answers201WithLocationAndTheTrimmedRunbook() {
    Reply r = api.post("/api/runbooks", "{\"title\":\"  Disk full  \",\"content\":\"Run df -h.\"}");

    assertThat(r.status()).isEqualTo(201);
    JsonNode body = r.json();
    assertThat(r.header("Location")).isEqualTo("/api/runbooks/" + body.get("id").asLong());
    assertThat(body.get("title").asText()).isEqualTo("Disk full");
    assertThat(body.get("content").asText()).isEqualTo("Run df -h.");
    assertThat(body.get("created_at").asText()).matches(TIMESTAMP);
    assertThat(body.get("updated_at").asText()).isEqualTo("2026-05-06T09:30:12.481Z");
    assertThat(r.header("Content-Type")).matches("application/json; ?charset=utf-8");
  }

  @Test
  void get_returnsWhatWasCreated() {
    JsonNode created = create("Restart nginx", "systemctl restart nginx");

    Reply r = api.get("/api/runbooks/" + created.get("id").asLong());

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json()).isEqualTo(created);
  }

  @Test
  void put_replacesTitleAndContentAndBumpsUpdatedAt() {
    long id = create("Old", "old text").get("id").asLong();
    api.clock.advance(Duration.ofSeconds(90));

    Reply r = api.put("/api/runbooks/" + id, "{\"title\":\"New\",\"content\":\"new text\"}");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("title").asText()).isEqualTo("New");
    assertThat(r.json().get("created_at").asText()).isEqualTo("2026-05-06T09:30:12.481Z");
    assertThat(r.json().get("updated_at").asText()).isEqualTo("2026-05-06T09:31:42.481Z");
  }

  @Test
  void putNeedsBothFields() {
    long id = create("Old", "old text").get("id").asLong();

    Reply r = api.put("/api/runbooks/" + id, "{\"title\":\"New\"}");

    assertError(r, 400, "validation_error");
    assertThat(r.json().get("details").get("content").asText()).isEqualTo("is required");
  }

  @Test
  void delete_answers204ThenTheRunbookIsGone() {
    long id = create("Temp", "x").get("id").asLong();

    Reply deleted = api.delete("/api/runbooks/" + id);

    assertThat(deleted.status()).isEqualTo(204);
    assertThat(deleted.body()).isEmpty();
    assertThat(deleted.header("Content-Type")).isNull();

    assertError(api.get("/api/runbooks/" + id), 404, "not_found", "Runbook not found");
    assertError(api.delete("/api/runbooks/" + id), 404, "not_found", "Runbook not found");
    assertError(api.put("/api/runbooks/" + id, "{\"title\":\"a\",\"content\":\"b\"}"), 404, "not_found");
  }

  @Test
  void validation_reportsEveryField() {
    Reply r = api.post("/api/runbooks", "{\"title\":\"" + "t".repeat(256) + "\",\"content\":\"   \"}");

    assertError(r, 400, "validation_error", "Validation failed");
    assertThat(r.json().get("details").get("title").asText()).isEqualTo("must be at most 255 characters");
    assertThat(r.json().get("details").get("content").asText()).isEqualTo("is required");
  }

  @Test
  void aNulCharacterOrALoneSurrogate_isAFieldError_andNothingIsStored() {
    Reply r = api.post("/api/runbooks", "{\"title\":\"Disk\\u0000full\",\"content\":\"Clean \\ud800 up\"}");

    assertError(r, 400, "validation_error", "Validation failed");
    assertThat(r.json().get("details").get("title").asText()).isEqualTo("must not contain NUL characters");
    assertThat(r.json().get("details").get("content").asText()).isEqualTo("must not contain unpaired surrogates");
    assertThat(api.get("/api/runbooks").body()).isEqualTo("[]");
  }

  @Test
  void list_isAPlainArrayOrderedByTitleIgnoringCase() {
    create("beta", "b");
    create("Alpha", "a");
    create("gamma", "c");

    JsonNode list = api.get("/api/runbooks").json();

    assertThat(list.isArray()).isTrue();
    assertThat(titles(list)).containsExactly("Alpha", "beta", "gamma");
    assertThat(list.get(0).has("score")).isFalse();
  }

  @Test
  void list_withPageParameters_isTheEnvelope() {
    create("a", "1");
    create("b", "2");
    create("c", "3");

    JsonNode page = api.get("/api/runbooks?page=2&per_page=2").json();

    assertThat(titles(page.get("data"))).containsExactly("c");
    JsonNode p = page.get("pagination");
    assertThat(p.get("page").asInt()).isEqualTo(2);
    assertThat(p.get("per_page").asInt()).isEqualTo(2);
    assertThat(p.get("total").asLong()).isEqualTo(3);
    assertThat(p.get("total_pages").asLong()).isEqualTo(2);
  }

  @Test
  void pagination_defaultsClampingAndPastTheEnd() {
    create("only", "one");

    JsonNode defaults = api.get("/api/runbooks?page=1").json().get("pagination");
    JsonNode clamped = api.get("/api/runbooks?per_page=500").json().get("pagination");
    JsonNode past = api.get("/api/runbooks?page=99999999999").json();

    assertThat(defaults.get("per_page").asInt()).isEqualTo(50);
    assertThat(clamped.get("per_page").asInt()).isEqualTo(200);
    assertThat(past.get("data")).isEmpty();
    assertThat(past.get("pagination").get("total").asLong()).isEqualTo(1);
    assertThat(past.get("pagination").get("total_pages").asLong()).isEqualTo(1);
  }

  @ParameterizedTest
  @CsvSource({"page=0,page", "page=abc,page", "page=-1,page", "page=1.0,page", "per_page=0,per_page", "per_page=,per_page", "per_page=+5,per_page"})
  void badPageParameters_areValidationErrors(String query, String field) {
    Reply r = api.get("/api/runbooks?" + query);

    assertError(r, 400, "validation_error", "Validation failed");
    assertThat(r.json().get("details").get(field).asText()).isEqualTo("must be a positive integer");
  }

  @Test
  void search_ranksTitleHitsAboveContentHitsAndSkipsNonMatches() {
    create("Database failover", "Promote the replica.");
    create("Web server restart", "If the database is slow, restart the web tier.");
    create("Certificates", "Renew with certbot.");

    JsonNode results = api.get("/api/runbooks?q=database").json();

    assertThat(titles(results)).containsExactly("Database failover", "Web server restart");
    double first = results.get(0).get("score").asDouble();
    double second = results.get(1).get("score").asDouble();
    assertThat(first).isGreaterThan(second).isGreaterThan(0);
    assertThat(results.get(1).get("snippet").asText()).contains("database");
  }

  @Test
  void search_isPagedOnRequestAndBlankQueryIsAList() {
    create("disk one", "disk");
    create("disk two", "disk disk");

    JsonNode paged = api.get("/api/runbooks?q=disk&per_page=1").json();
    JsonNode blank = api.get("/api/runbooks?q=%20%20").json();

    assertThat(paged.get("data")).hasSize(1);
    assertThat(paged.get("pagination").get("total").asLong()).isEqualTo(2);
    assertThat(paged.get("data").get(0).has("score")).isTrue();
    assertThat(blank.isArray()).isTrue();
    assertThat(blank.get(0).has("score")).isFalse();
  }
}
