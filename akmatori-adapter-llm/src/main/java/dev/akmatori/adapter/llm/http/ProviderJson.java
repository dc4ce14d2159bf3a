package dev.akmatori.adapter.llm.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The provider clients' one Jackson configuration; built once, never reconfigured, shared. */
public final class ProviderJson {
  /**
   * Map keys are written sorted: {@code FunctionSpec} copies its schema into an unordered map, and a
   * byte-stable prompt prefix is what provider prompt caches key on.
   */
  public static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

  private ProviderJson() {}
}
