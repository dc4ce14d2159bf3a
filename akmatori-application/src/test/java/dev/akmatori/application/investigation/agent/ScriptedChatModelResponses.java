package dev.akmatori.application.investigation.agent;

import static dev.akmatori.application.investigation.testing.ScriptedChatModel.call;

import dev.akmatori.application.investigation.testing.ScriptedChatModel;
import dev.akmatori.application.model.ChatResponse;
import dev.akmatori.application.model.TokenUsage;
import java.util.Map;

/** Canned responses shared by the loop tests. */
final class ScriptedChatModelResponses {
  private ScriptedChatModelResponses() {}

  /** A response calling {@code list_context_files} that reports {@code usage}. */
  static ChatResponse callsWithUsage(TokenUsage usage) {
    return ScriptedChatModel.calling(usage, call("c-usage", "list_context_files", Map.of()));
  }
}
