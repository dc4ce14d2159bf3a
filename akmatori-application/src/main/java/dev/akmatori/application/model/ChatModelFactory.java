package dev.akmatori.application.model;

/** Builds the {@link ChatModel} of a provider's settings; cheap, called when a run starts. */
public interface ChatModelFactory {
  /**
   * The model for the agent loop, with {@link CallLimits#AGENT}.
   *
   * @throws IllegalArgumentException when the endpoint cannot be used (e.g. {@code custom} without a
   *     base URL)
   */
  default ChatModel create(ModelEndpoint endpoint) {
    return create(endpoint, CallLimits.AGENT);
  }

  /**
   * The model whose calls honour {@code limits}: each attempt (connect, send, wait and read) is
   * abandoned after {@code limits.timeout()} as a network error (a {@link ModelCallException} with
   * status 0 once no retry is left), and a retryable failure is tried again at most {@code
   * limits.retries()} times.
   *
   * @throws IllegalArgumentException when the endpoint cannot be used (e.g. {@code custom} without a
   *     base URL)
   */
  ChatModel create(ModelEndpoint endpoint, CallLimits limits);
}
