package dev.akmatori.adapter.http.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akmatori.domain.shared.ValidationException;
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
                          java.util.Map.of("a", "is required", "b", "is required"));
                    }))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.details())
                    .containsEntry("extra", "unknown field")
                    .containsEntry("a", "must be a string")
                    .containsEntry("b", "is required"));
  }
}
