package dev.akmatori.adapter.llm.testing;

import dev.akmatori.application.model.ModelEndpoint;
import dev.akmatori.application.model.ModelEndpoint.ProxyRoute;
import dev.akmatori.domain.settings.LlmProvider;
import dev.akmatori.domain.settings.ThinkingLevel;
import dev.akmatori.domain.shared.Secret;
import java.util.Optional;

/** Endpoints for tests: a recognisable fake key, medium thinking, direct unless told. */
public final class TestEndpoints {
  public static final String KEY = "sk-proj-Tq8vZr3LmN0pXw5Yb2Kd7Hs4Jc9f3a";

  private TestEndpoints() {}

  public static ModelEndpoint of(LlmProvider provider, String baseUrl) {
    return of(provider, baseUrl, ThinkingLevel.MEDIUM);
  }

  public static ModelEndpoint of(LlmProvider provider, String baseUrl, ThinkingLevel level) {
    return new ModelEndpoint(provider, "gpt-5.5", Secret.of(KEY), level, baseUrl, Optional.empty());
  }

  /** A provider's own model name (e.g. {@code claude-sonnet-4-6}, {@code gemini-3-pro-preview}). */
  public static ModelEndpoint of(LlmProvider provider, String model, String baseUrl, ThinkingLevel level) {
    return new ModelEndpoint(provider, model, Secret.of(KEY), level, baseUrl, Optional.empty());
  }

  public static ModelEndpoint keyless(LlmProvider provider, String baseUrl) {
    return new ModelEndpoint(
        provider, "qwen3-32b", Secret.empty(), ThinkingLevel.MEDIUM, baseUrl, Optional.empty());
  }

  public static ModelEndpoint proxied(LlmProvider provider, String baseUrl, ProxyRoute proxy) {
    return new ModelEndpoint(
        provider, "gpt-5.5", Secret.of(KEY), ThinkingLevel.MEDIUM, baseUrl, Optional.of(proxy));
  }
}
