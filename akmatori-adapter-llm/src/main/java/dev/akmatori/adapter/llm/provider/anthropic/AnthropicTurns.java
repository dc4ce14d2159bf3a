package dev.akmatori.adapter.llm.provider.anthropic;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akmatori.adapter.llm.http.ProviderJson;
import dev.akmatori.application.model.ChatMessage;
import dev.akmatori.application.model.ToolCall;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the conversation as Messages API turns: content blocks, tool results as {@code
 * tool_result} blocks of a user turn, and consecutive messages of one role merged into one turn
 * (the API wants strictly alternating roles, so the results of one assistant turn share one user
 * message). Empty text blocks are left out: the API rejects them.
 */
final class AnthropicTurns {
  /** Reasoning blocks that go back verbatim, signature or encrypted data included. */
  static final Set<String> REASONING_BLOCKS = Set.of("thinking", "redacted_thinking");

  private AnthropicTurns() {}

  static ArrayNode of(List<ChatMessage> messages) {
    ArrayNode turns = ProviderJson.MAPPER.createArrayNode();
    ObjectNode last = null;
    for (ChatMessage message : messages) {
      String role = message.role() == ChatMessage.Role.ASSISTANT ? "assistant" : "user";
      ArrayNode blocks = blocks(message);
      if (blocks.isEmpty()) {
        continue;
      }
      if (last != null && last.path("role").asText().equals(role)) {
        ((ArrayNode) last.get("content")).addAll(blocks);
      } else {
        last = turns.addObject().put("role", role);
        last.set("content", blocks);
      }
    }
    return turns;
  }

  /** Whether any turn holds {@code tool_use} or {@code tool_result} blocks. */
  static boolean hasToolBlocks(List<ChatMessage> messages) {
    return messages.stream()
        .anyMatch(m -> m.role() == ChatMessage.Role.TOOL || !m.toolCalls().isEmpty());
  }

  private static ArrayNode blocks(ChatMessage message) {
    ArrayNode blocks = ProviderJson.MAPPER.createArrayNode();
    switch (message.role()) {
      case USER:
        addText(blocks, message.text());
        return blocks;
      case TOOL:
        ObjectNode result =
            blocks.addObject().put("type", "tool_result").put("tool_use_id", message.toolCallId());
        if (!message.text().isEmpty()) {
          result.put("content", message.text());
        }
        return blocks;
      case ASSISTANT:
        return assistant(blocks, message);
      default:
        throw new IllegalArgumentException("unknown role " + message.role());
    }
  }

  /**
   * Thinking blocks first, as the model produced them (without the interleaved-thinking beta they
   * precede the text and every {@code tool_use}), then the text, then the tool calls in order.
   */
  private static ArrayNode assistant(ArrayNode blocks, ChatMessage message) {
    for (Map<String, Object> block : message.providerState()) {
      if (REASONING_BLOCKS.contains(String.valueOf(block.get("type")))) {
        blocks.add(ProviderJson.MAPPER.valueToTree(block));
      }
    }
    addText(blocks, message.text());
    for (ToolCall call : message.toolCalls()) {
      // A call whose input was unreadable goes back as {}; its tool result carries the error.
      ObjectNode use =
          blocks.addObject().put("type", "tool_use").put("id", call.id()).put("name", call.name());
      use.set("input", ProviderJson.MAPPER.valueToTree(call.arguments()));
    }
    return blocks;
  }

  private static void addText(ArrayNode blocks, String text) {
    if (!text.isEmpty()) {
      blocks.addObject().put("type", "text").put("text", text);
    }
  }
}
