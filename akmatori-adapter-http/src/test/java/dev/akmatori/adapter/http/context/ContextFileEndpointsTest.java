package dev.akmatori.adapter.http.context;

import static dev.akmatori.adapter.http.testing.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.http.testing.MultipartBody;
import dev.akmatori.adapter.http.testing.Reply;
import dev.akmatori.adapter.http.testing.TestApi;
import dev.akmatori.domain.context.ContextFileName;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** List, read, delete and validate of {@code /api/context} (contract §3.6), and its id rule (§1.1). */
class ContextFileEndpointsTest {
  private final TestApi api = TestApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  private JsonNode upload(String name, String description) {
    Reply r =
        api.send(
            api.request("/api/context")
                .POST(new MultipartBody().file(name, "x").field("description", description).publisher())
                .header("Content-Type", MultipartBody.CONTENT_TYPE));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json();
  }

  private static List<String> filenames(JsonNode list) {
    List<String> names = new ArrayList<>();
    list.forEach(n -> names.add(n.get("filename").asText()));
    return names;
  }

  @Test
  void list_isAPlainArrayOrderedByFilename() {
    upload("b.md", "");
    upload("a.txt", "");
    upload("C.md", "");

    JsonNode list = api.get("/api/context").json();

    assertThat(list.isArray()).isTrue();
    assertThat(filenames(list)).containsExactly("C.md", "a.txt", "b.md");
  }

  @Test
  void list_withPageParameters_isTheEnvelope_andBadOnesAreValidationErrors() {
    upload("a.md", "");
    upload("b.md", "");
    upload("c.md", "");

    JsonNode page = api.get("/api/context?page=2&per_page=2").json();

    assertThat(filenames(page.get("data"))).containsExactly("c.md");
    assertThat(page.get("pagination").get("total").asLong()).isEqualTo(3);
    assertThat(page.get("pagination").get("total_pages").asLong()).isEqualTo(2);
    assertError(api.get("/api/context?per_page=0"), 400, "validation_error", "Validation failed");
  }

  @Test
  void emptyList_isAnEmptyArray() {
    assertThat(api.get("/api/context").body()).isEqualTo("[]");
  }

  @Test
  void get_returnsWhatTheUploadReturned() {
    JsonNode created = upload("arch.md", "Overview");

    Reply r = api.get("/api/context/" + created.get("id").asLong());

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json()).isEqualTo(created);
  }

  @Test
  void delete_answers204_removesFileAndRecord_andTellsTheSkills() {
    long id = upload("arch.md", "").get("id").asLong();

    Reply deleted = api.delete("/api/context/" + id);

    assertThat(deleted.status()).isEqualTo(204);
    assertThat(deleted.body()).isEmpty();
    assertThat(api.contextFileBytes.names()).isEmpty();
    assertThat(api.contextFilesDeleted).containsExactly("arch.md");
    assertError(api.get("/api/context/" + id), 404, "not_found", "File not found");
    assertError(api.delete("/api/context/" + id), 404, "not_found", "File not found");
  }

  @Test
  void delete_ofARecordWhoseFileIsAlreadyGone_stillSucceeds() {
    long id = upload("arch.md", "").get("id").asLong();
    api.contextFileBytes.delete(new ContextFileName("arch.md"));

    assertThat(api.delete("/api/context/" + id).status()).isEqualTo(204);
    assertThat(api.get("/api/context").json()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "0", "-1", "1.5", "99999999999999999999", "%20"})
  void aNonNumericId_isInvalidFileId_onEveryRoute(String id) {
    assertError(api.get("/api/context/" + id), 400, "bad_request", "Invalid file ID");
    assertError(api.get("/api/context/" + id + "/download"), 400, "bad_request", "Invalid file ID");
    assertError(api.delete("/api/context/" + id), 400, "bad_request", "Invalid file ID");
  }

  @Test
  void validateIsOnlyAPostRoute_otherMethodsTreatItAsAnId() {
    assertError(api.get("/api/context/validate"), 400, "bad_request", "Invalid file ID");
    assertError(api.delete("/api/context/validate"), 400, "bad_request", "Invalid file ID");
  }

  @Test
  void unknownIds_areFileNotFound() {
    assertError(api.get("/api/context/42"), 404, "not_found", "File not found");
    assertError(api.delete("/api/context/42"), 404, "not_found", "File not found");
  }

  @Test
  void wrongMethods_are405WithAllow() {
    Reply put = api.put("/api/context/1", "{}");
    Reply putValidate = api.put("/api/context/validate", "{}");
    Reply deleteList = api.delete("/api/context");

    assertError(put, 405, "method_not_allowed", "Method not allowed");
    assertThat(put.header("Allow")).isEqualTo("DELETE, GET");
    assertThat(putValidate.header("Allow")).isEqualTo("DELETE, GET, POST");
    assertThat(deleteList.header("Allow")).isEqualTo("GET, POST");
  }

  @Test
  void withoutCredentials_everyRouteIs401() {
    for (String path : List.of("/api/context", "/api/context/1", "/api/context/1/download")) {
      assertError(api.send(api.anonymous(path)), 401, "unauthorized", "Missing authentication token");
    }
  }

  @Test
  void validate_splitsUniqueReferencesInOrderIntoFoundAndMissing() {
    upload("arch.md", "");
    upload("hosts.csv", "");

    Reply r =
        api.post(
            "/api/context/validate",
            "{\"text\":\"See [[ arch.md ]], [inv](assets/hosts.csv), [[gone.md]] and [[arch.md]].\"}");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().toString())
        .isEqualTo(
            "{\"valid\":false,\"references\":[\"arch.md\",\"hosts.csv\",\"gone.md\"],"
                + "\"found\":[\"arch.md\",\"hosts.csv\"],\"missing\":[\"gone.md\"]}");
  }

  @Test
  void validate_withoutText_isValidWithEmptyLists() {
    Reply empty = api.post("/api/context/validate", "{}");
    Reply nullText = api.post("/api/context/validate", "{\"text\":null}");

    assertThat(empty.json().toString()).isEqualTo("{\"valid\":true,\"references\":[],\"found\":[],\"missing\":[]}");
    assertThat(nullText.json()).isEqualTo(empty.json());
  }

  @Test
  void validate_takesAStrictJsonBody() {
    Reply unknown = api.post("/api/context/validate", "{\"text\":\"x\",\"extra\":1}");
    Reply notString = api.post("/api/context/validate", "{\"text\":5}");
    Reply notJson =
        api.send(
            api.request("/api/context/validate")
                .POST(BodyPublishers.ofString("text"))
                .header("Content-Type", "text/plain"));

    assertError(unknown, 400, "validation_error", "Validation failed");
    assertThat(unknown.json().get("details").get("extra").asText()).isEqualTo("unknown field");
    assertError(notString, 400, "validation_error");
    assertThat(notString.json().get("details").get("text").asText()).isEqualTo("must be a string");
    assertError(notJson, 415, "unsupported_media_type", "Content-Type must be application/json");
    assertError(api.post("/api/context/validate", ""), 400, "bad_request", "Request body is empty");
    assertError(api.post("/api/context/validate", "[]"), 400, "bad_request", "Request body must be a JSON object");
  }
}
