package dev.akmatori.adapter.llm.provider.google;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.llm.http.ProviderJson;
import dev.akmatori.adapter.llm.testing.Bodies;
import dev.akmatori.adapter.llm.testing.Incidents;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeminiSchemaTest {
  private static JsonNode converted(String jsonSchema) {
    return GeminiSchema.convert(Bodies.json(jsonSchema));
  }

  @Test
  void aSchemaAlreadyInTheSubset_isUnchanged() {
    Map<String, Object> parameters = Incidents.ssh().parameters();
    JsonNode expected = ProviderJson.MAPPER.valueToTree(parameters);

    assertThat(GeminiSchema.parameters(parameters)).get().isEqualTo(expected);
  }

  @Test
  void aUnionTypeListingString_becomesString_andDropsKeywordsOfTheOtherTypes() {
    assertThat(converted("{\"type\":[\"integer\",\"string\"],\"description\":\"Runbook id or slug\",\"minimum\":1}"))
        .isEqualTo(Bodies.json("{\"type\":\"string\",\"description\":\"Runbook id or slug\"}"));
  }

  @Test
  void aUnionTypeWithoutString_takesTheFirstTypeListed() {
    assertThat(converted("{\"type\":[\"integer\",\"boolean\"],\"maximum\":20}"))
        .isEqualTo(Bodies.json("{\"type\":\"integer\",\"maximum\":20}"));
  }

  @Test
  void nullInAUnionType_becomesNullable() {
    assertThat(converted("{\"type\":[\"array\",\"null\"],\"items\":{\"type\":\"string\"},\"maxItems\":10}"))
        .isEqualTo(Bodies.json("{\"type\":\"array\",\"nullable\":true,\"items\":{\"type\":\"string\"},\"maxItems\":10}"));
  }

  @Test
  void keywordsGeminiRejects_areDropped_atEveryDepth() {
    JsonNode schema =
        converted(
            "{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"type\":\"object\",\"additionalProperties\":false,"
                + "\"properties\":{\"password\":{\"type\":\"string\",\"secret\":true,\"default\":\"\",\"pattern\":\"^.+$\"},"
                + "\"hosts\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"additionalProperties\":{\"type\":\"string\"},"
                + "\"properties\":{\"name\":{\"type\":\"string\",\"examples\":[\"db-01\"]}}}}}}");

    assertThat(schema)
        .isEqualTo(
            Bodies.json(
                "{\"type\":\"object\",\"properties\":{\"password\":{\"type\":\"string\"},"
                    + "\"hosts\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}}}}}}"));
  }

  @Test
  void formats_areKeptOnlyWhereGeminiKnowsThem() {
    assertThat(converted("{\"type\":\"string\",\"format\":\"date-time\"}").path("format").asText()).isEqualTo("date-time");
    assertThat(converted("{\"type\":\"string\",\"format\":\"email\"}").has("format")).isFalse();
    assertThat(converted("{\"type\":\"string\",\"format\":\"uuid\"}").has("format")).isFalse();
    assertThat(converted("{\"type\":\"integer\",\"format\":\"int64\"}").path("format").asText()).isEqualTo("int64");
    assertThat(converted("{\"type\":\"number\",\"format\":\"date-time\"}").has("format")).isFalse();
  }

  @Test
  void requiredNames_thatAreNotProperties_areDropped_andAnEmptyListIsLeftOut() {
    assertThat(converted("{\"type\":\"object\",\"properties\":{\"query\":{\"type\":\"string\"}},\"required\":[\"query\",\"limit\"]}")
            .path("required"))
        .isEqualTo(Bodies.json("[\"query\"]"));
    assertThat(converted("{\"type\":\"object\",\"properties\":{\"q\":{\"type\":\"string\"}},\"required\":[\"x\"]}").has("required"))
        .isFalse();
  }

  @Test
  void aFreeFormObjectArgument_likeCallToolsArguments_staysAnObjectWithItsDescription() {
    assertThat(converted("{\"type\":\"object\",\"description\":\"The tool's arguments\"}"))
        .isEqualTo(Bodies.json("{\"type\":\"object\",\"description\":\"The tool's arguments\"}"));
  }

  @Test
  void aFunctionWithoutParameters_sendsNoParametersAtAll() {
    assertThat(GeminiSchema.parameters(Map.of())).isEmpty();
    assertThat(GeminiSchema.parameters(Map.of("type", "object", "properties", Map.of(), "required", List.of()))).isEmpty();
  }

  @Test
  void anArrayWithoutItems_getsStringItems_becauseGeminiRequiresThem() {
    assertThat(converted("{\"type\":\"array\"}")).isEqualTo(Bodies.json("{\"type\":\"array\",\"items\":{\"type\":\"string\"}}"));
  }

  @Test
  void anyOfWithNullAndOneVariant_isInlinedAsNullable_andSeveralVariantsStayAnyOf() {
    assertThat(converted("{\"description\":\"Limit\",\"anyOf\":[{\"type\":\"integer\"},{\"type\":\"null\"}]}"))
        .isEqualTo(Bodies.json("{\"type\":\"integer\",\"description\":\"Limit\",\"nullable\":true}"));
    assertThat(converted("{\"oneOf\":[{\"type\":\"integer\"},{\"type\":\"array\",\"items\":{\"type\":\"integer\"}}]}"))
        .isEqualTo(Bodies.json("{\"anyOf\":[{\"type\":\"integer\"},{\"type\":\"array\",\"items\":{\"type\":\"integer\"}}]}"));
  }

  @Test
  void stringEnums_andStringConsts_areEnums_butEnumsOfOtherValuesAreDropped() {
    assertThat(converted("{\"enum\":[\"low\",\"high\"]}")).isEqualTo(Bodies.json("{\"type\":\"string\",\"enum\":[\"low\",\"high\"]}"));
    assertThat(converted("{\"const\":\"read\"}")).isEqualTo(Bodies.json("{\"type\":\"string\",\"enum\":[\"read\"]}"));
    assertThat(converted("{\"type\":\"integer\",\"enum\":[1,2,3]}")).isEqualTo(Bodies.json("{\"type\":\"integer\"}"));
  }

  @Test
  void aSchemaWithoutType_isTypedFromItsKeywords_orOfferedAsAString() {
    assertThat(converted("{\"properties\":{\"a\":{\"type\":\"boolean\"}}}").path("type").asText()).isEqualTo("object");
    assertThat(converted("{\"items\":{\"type\":\"string\"}}").path("type").asText()).isEqualTo("array");
    assertThat(converted("{\"description\":\"anything\"}"))
        .isEqualTo(Bodies.json("{\"type\":\"string\",\"description\":\"anything\"}"));
  }
}
