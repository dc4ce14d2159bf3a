package dev.akmatori.adapter.http.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akmatori.domain.shared.ValidationException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The strict typing rules of contract §1.4, which no served endpoint exercises for integers yet. */
class JsonBodyTest {
  private final ObjectMapper mapper = Json.newMapper();

  private JsonBody body(String json, String... fields) throws JsonProcessingException {
    return new JsonBody((ObjectNode) mapper.readTree(json), Set.of(fields));
  }

  @ParameterizedTest
  @ValueSource(strings = {"5", "5.0", "5e0", "0.5e1"})
  void wholeNumbers_areIntegers(String literal) throws JsonProcessingException {
    JsonBody b = body("{\"n\": " + literal + "}", "n");

    assertThat(b.optionalInteger("n")).isEqualTo(5L);
    b.finish();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"5\"", "5.5", "true", "[5]", "{}", "1e300", "99999999999999999999"})
  void everythingElse_isNotAnInteger(String literal) throws JsonProcessingException {
    JsonBody b = body("{\"n\": " + literal + "}", "n");

    assertThat(b.optionalInteger("n")).isNull();
    assertThatThrownBy(b::finish)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.details()).containsEntry("n", "must be an integer"));
  }

  @Test
  void nullMeansNotProvided() throws JsonProcessingException {
    JsonBody b = body("{\"n\": null, \"s\": null, \"b\": null}", "n", "s", "b");

    assertThat(b.optionalInteger("n")).isNull();
    assertThat(b.optionalString("s")).isNull();
    assertThat(b.optionalBoolean("b")).isNull();
    b.finish();
  }

  @Test
  void requiredNull_isRequired() throws JsonProcessingException {
    JsonBody b = body("{\"s\": null}", "s");

    assertThat(b.requiredString("s")).isNull();
    assertThatThrownBy(b::finish)
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.details()).containsEntry("s", "is required"));
  }

  @Test
  void validate_mergesTheConstructorsErrorsAfterTheBodysOwn() throws JsonProcessingException {
    JsonBody b = body("{\"a\": 1, \"extra\": true}", "a", "b");
    b.optionalString("a");

    assertThatThrownBy(
            () ->
                b.validate(
                    () -> {
                      throw new ValidationException(
                          Map.of("a", "is required", "b", "is required"));
                    }))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.details())
                    .containsEntry("extra", "unknown field")
                    .containsEntry("a", "must be a string")
                    .containsEntry("b", "is required"));
  }

  @Test
  void stringsNoDatabaseKeeps_areRecordedAtTheirPath_inValuesKeysAndFreeFormObjects() throws JsonProcessingException {
    JsonBody b = body("{\"title\": \"a\\u0000b\", \"context\": {\"k\\u0000\": 1, \"list\": [\"ok\", \"x\\ud800\"]}}",
        "title", "context");

    assertThat(b.optionalString("title")).isEqualTo("a\u0000b");
    assertThatThrownBy(b::finish)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.details())
                .containsOnly(
                    Map.entry("title", "must not contain NUL characters"),
                    Map.entry("context.k\u0000", "must not contain NUL characters"),
                    Map.entry("context.list[1]", "must not contain unpaired surrogates")));
  }

  @Test
  void anUnknownField_staysUnknown_whateverItHolds() throws JsonProcessingException {
    JsonBody b = body("{\"extra\": \"\\u0000\"}", "title");

    assertThatThrownBy(b::finish)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.details()).containsOnly(Map.entry("extra", "unknown field")));
  }

  @Test
  void pairedSurrogatesAndOtherControlCharacters_areText() throws JsonProcessingException {
    JsonBody b = body("{\"s\": \"🔥 \\ud83d\\udd25 \\u0001\\t\"}", "s");

    assertThat(b.optionalString("s")).isEqualTo("🔥 🔥 \u0001\t");
    b.finish();
  }
}
