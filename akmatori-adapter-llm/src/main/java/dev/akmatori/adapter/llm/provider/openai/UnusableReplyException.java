package dev.akmatori.adapter.llm.provider.openai;

/** A 2xx body that is not a Chat Completions answer; the model turns it into a call failure. */
final class UnusableReplyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UnusableReplyException(String why) {
    super(why);
  }
}
