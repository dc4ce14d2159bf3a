package dev.akmatori.application.model;

/** Builds the {@link ChatModel} of a provider's settings; cheap, called when a run starts. */
public interface ChatModelFactory {
  /**
   * @throws IllegalArgumentException when the endpoint cannot be used (e.g. {@code custom} without a
   *     base URL)
   */
  ChatModel create(ModelEndpoint endpoint);
}
