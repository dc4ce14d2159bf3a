package dev.akmatori.application.model;

/**
 * One non-streaming turn of an LLM conversation with native function calling (contract §5.9).
 *
 * <p>Implementations are thread-safe and hold no conversation state: everything the provider needs
 * — earlier turns, tool results and any provider reasoning blocks to send back verbatim — is in the
 * request. They retry retryable failures themselves (429, 5xx, network errors: as many retries as
 * the {@link CallLimits} they were built with allow — 3 for the agent loop — with exponential
 * backoff honouring {@code Retry-After}) before giving up.
 */
public interface ChatModel {
  /**
   * Sends one request and returns the model's answer.
   *
   * @throws ModelCallException when the provider refused the request or the retries ran out; its
   *     message is the contract's {@code LLM request failed: <status> <provider message>} text
   * @throws java.util.concurrent.CancellationException when {@code cancellation} fired during the
   *     call (the HTTP call is abandoned)
   */
  ChatResponse complete(ChatRequest request, Cancellation cancellation);
}
