package dev.akmatori.domain.tool.sql;

/** Stops the lexer when the text cannot be read safely; the message is the refusal reason. */
final class Refusal extends RuntimeException {
  private static final long serialVersionUID = 1L;

  Refusal(String reason) {
    super(reason, null, false, false);
  }
}
