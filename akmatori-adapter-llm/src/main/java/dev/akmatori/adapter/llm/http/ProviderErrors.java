package dev.akmatori.adapter.llm.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.akmatori.application.model.ModelCallException;
import dev.akmatori.domain.shared.Secret;
import java.io.IOException;
import java.util.Optional;

/**
 * Turns failed calls into {@link ModelCallException}s with the provider's own words: the {@code
 * error.message} of OpenAI, OpenRouter, Anthropic and Gemini bodies, vLLM's top-level {@code
 * message}, else a short trimmed text of the body. The API key is scrubbed from every message.
 */
public final class ProviderErrors {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_TEXT = 200;
  private static final int MAX_MESSAGE = 1000;
  /** Shorter keys are not scrubbed: replacing a few common characters would garble the message. */
  private static final int MIN_SCRUBBED_KEY = 8;

  private ProviderErrors() {}

  /** A non-2xx reply (after any retries). */
  public static ModelCallException fromReply(HttpReply reply, Secret key) {
    // Scrubbed before shortening, so a cut can never leave half a key behind.
    String body = scrub(reply.body(), key);
    String message =
        messageOf(body).map(m -> shorten(m, MAX_MESSAGE)).orElseGet(() -> shorten(body, MAX_TEXT));
    return new ModelCallException(reply.status(), message.isEmpty() ? "no response body" : message, null);
  }

  /** No reply at all (after any retries): status 0 and what went wrong. */
  public static ModelCallException fromNetwork(IOException failure, Secret key) {
    String what = failure.getMessage() == null ? "" : ": " + failure.getMessage();
    String message = "network error " + failure.getClass().getSimpleName() + what;
    return new ModelCallException(0, shorten(scrub(message, key), MAX_TEXT), failure);
  }

  /** A 2xx reply the client cannot use (not JSON, no choices, …). */
  public static ModelCallException unusable(HttpReply reply, String why, Secret key) {
    return new ModelCallException(reply.status(), scrub(why, key), null);
  }

  /** The provider's error message in a JSON body, if the body is one of the known shapes. */
  public static Optional<String> messageOf(String body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException notJson) {
      return Optional.empty();
    }
    if (root == null || !root.isObject()) {
      return Optional.empty();
    }
    JsonNode error = root.path("error");
    if (error.isTextual()) {
      return nonBlank(error.asText());
    }
    if (error.isObject()) {
      return nonBlank(error.path("message").asText(""))
          .or(() -> nonBlank(error.path("type").asText("")))
          .or(() -> nonBlank(error.path("code").asText("")));
    }
    return nonBlank(root.path("message").asText(""));
  }

  /** Replaces every occurrence of the key's clear value with its mask. */
  public static String scrub(String text, Secret key) {
    String clear = key.reveal();
    if (text == null || clear.length() < MIN_SCRUBBED_KEY) {
      return text;
    }
    return text.replace(clear, key.masked());
  }

  /** Whitespace collapsed, at most {@code max} characters. */
  static String shorten(String text, int max) {
    String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    return flat.length() <= max ? flat : flat.substring(0, max) + "…";
  }

  private static Optional<String> nonBlank(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }
}
