package dev.akmatori.adapter.llm.provider.openai;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The adapter's one Jackson configuration; immutable once built, shared by reader and writer. */
final class OpenAiJson {
  /**
   * Map keys are written sorted: {@code FunctionSpec} copies its schema into an unordered map, and a
   * byte-stable prompt prefix is what provider prompt caches key on.
   */
  static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

  private OpenAiJson() {}
}
