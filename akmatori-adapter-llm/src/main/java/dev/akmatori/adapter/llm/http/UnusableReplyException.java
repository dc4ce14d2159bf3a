package dev.akmatori.adapter.llm.http;

/**
 * A 2xx body a provider client cannot use (not JSON, no answer in it, a blocked prompt); the client
 * turns it into a {@code ModelCallException} with {@link ProviderErrors#unusable}.
 */
public final class UnusableReplyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnusableReplyException(String why) {
    super(why);
  }
}
