package dev.akmatori.adapter.llm.provider.openai;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.akmatori.adapter.llm.http.ProviderJson;

/** The Chat Completions clients' name for the provider clients' shared Jackson configuration. */
final class OpenAiJson {
  static final ObjectMapper MAPPER = ProviderJson.MAPPER;

  private OpenAiJson() {}
}
