package dev.akmatori.application.investigation;

import dev.akmatori.application.model.ChatMessage;
import dev.akmatori.application.model.ChatRequest;
import java.util.List;

/**
 * The one request of a model title (contract §5.2): a short instruction, the source text, no
 * functions and at most 50 output tokens.
 */
final class TitlePrompt {
  /** Contract §5.2: at most 50 output tokens. */
  static final int MAX_OUTPUT_TOKENS = 50;
  /** A title needs the beginning of a task, not all of its 100 KiB (ADR 0021). */
  static final int MAX_SOURCE = 4_000;

  static final String SYSTEM =
      "You write titles for IT operations incidents. Answer with the title only: one factual line in"
          + " sentence case, at most 80 characters, without quotes, without a trailing period and"
          + " without a prefix such as \"Alert:\" or \"Incident:\".";
  static final String ASK = "Write a title for this incident:\n\n";

  private TitlePrompt() {}

  static ChatRequest of(String sourceText) {
    return new ChatRequest(SYSTEM, List.of(ChatMessage.user(ASK + head(sourceText.strip()))), List.of(), MAX_OUTPUT_TOKENS);
  }

  private static String head(String text) {
    if (text.codePointCount(0, text.length()) <= MAX_SOURCE) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, MAX_SOURCE));
  }
}
