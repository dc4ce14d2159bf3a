package dev.akmatori.adapter.llm.provider.anthropic;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akmatori.adapter.llm.http.ProviderJson;
import dev.akmatori.application.model.ChatRequest;
import dev.akmatori.application.model.FunctionSpec;
import java.util.Map;

/** Writes a {@link ChatRequest} as a non-streaming Messages API body. */
final class MessagesRequest {
  /**
   * Offered, and never callable ({@code tool_choice: none}), when a request offers no functions but
   * its history holds tool blocks: the API rejects such a history without a {@code tools} list.
   */
  static final String PLACEHOLDER_TOOL = "no_function_available";

  private static final Map<String, Object> NO_PARAMETERS =
      Map.of("type", "object", "properties", Map.of());

  private MessagesRequest() {}

  static ObjectNode body(ChatRequest request, AnthropicEndpoint endpoint) {
    ObjectNode root = ProviderJson.MAPPER.createObjectNode();
    root.put("model", endpoint.model());
    root.put("max_tokens", endpoint.maxTokens(request.maxOutputTokens()));
    if (!request.systemPrompt().isEmpty()) {
      root.put("system", request.systemPrompt());
    }
    root.set("messages", AnthropicTurns.of(request.messages()));
    if (!request.functions().isEmpty()) {
      ArrayNode tools = root.putArray("tools");
      request.functions().forEach(f -> tools.add(tool(f)));
    } else if (AnthropicTurns.hasToolBlocks(request.messages())) {
      root.putArray("tools").add(placeholderTool());
      root.putObject("tool_choice").put("type", "none");
    }
    endpoint.thinkingBudget().ifPresent(budget ->
        root.putObject("thinking").put("type", "enabled").put("budget_tokens", budget));
    return root;
  }

  private static ObjectNode tool(FunctionSpec spec) {
    ObjectNode node =
        ProviderJson.MAPPER.createObjectNode()
            .put("name", spec.name())
            .put("description", spec.description());
    Map<String, Object> schema = spec.parameters().isEmpty() ? NO_PARAMETERS : spec.parameters();
    node.set("input_schema", ProviderJson.MAPPER.valueToTree(schema));
    return node;
  }

  private static ObjectNode placeholderTool() {
    ObjectNode node =
        ProviderJson.MAPPER.createObjectNode()
            .put("name", PLACEHOLDER_TOOL)
            .put("description", "No function can be called now; answer in text.");
    node.set("input_schema", ProviderJson.MAPPER.valueToTree(NO_PARAMETERS));
    return node;
  }
}
