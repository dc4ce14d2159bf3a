package dev.akmatori.adapter.llm.provider.google;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akmatori.adapter.llm.http.ProviderJson;
import dev.akmatori.application.model.ChatRequest;
import dev.akmatori.application.model.FunctionSpec;

/** Writes a {@link ChatRequest} as a {@code generateContent} body. */
final class GenerateContentRequest {
  private GenerateContentRequest() {}

  static ObjectNode body(ChatRequest request, GeminiEndpoint endpoint) {
    ObjectNode root = ProviderJson.MAPPER.createObjectNode();
    if (!request.systemPrompt().isEmpty()) {
      root.putObject("systemInstruction").putArray("parts").addObject().put("text", request.systemPrompt());
    }
    root.set("contents", GeminiContents.of(request.messages()));
    if (!request.functions().isEmpty()) {
      ArrayNode declarations = root.putArray("tools").addObject().putArray("functionDeclarations");
      request.functions().forEach(f -> declarations.add(declaration(f)));
    }
    ObjectNode config = ProviderJson.MAPPER.createObjectNode();
    if (request.maxOutputTokens() > 0) {
      config.put("maxOutputTokens", endpoint.maxOutputTokens(request.maxOutputTokens()));
    }
    endpoint.thinkingConfig().ifPresent(thinking -> config.set("thinkingConfig", thinking));
    if (!config.isEmpty()) {
      root.set("generationConfig", config);
    }
    return root;
  }

  private static ObjectNode declaration(FunctionSpec spec) {
    ObjectNode node =
        ProviderJson.MAPPER.createObjectNode()
            .put("name", spec.name())
            .put("description", spec.description());
    GeminiSchema.parameters(spec.parameters()).ifPresent(parameters -> node.set("parameters", parameters));
    return node;
  }
}
