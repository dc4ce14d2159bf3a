package dev.akmatori.adapter.llm.tool.integration;

import dev.akmatori.application.investigation.tool.ToolCallException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Helpers for the {@code api_request(path)} operations that fence a model-given path. */
public final class ApiPaths {
  private static final int MAX_ROUNDS = 10;

  private ApiPaths() {}

  /**
   * Percent-decodes {@code path} until nothing changes, so that a fence sees what a server that
   * decodes twice would see ({@code %252e%252e} is {@code ..}). A {@code +} stays a {@code +}, as in
   * a path.
   *
   * @throws ToolCallException (argument {@code path}) when the encoding is invalid or nests more
   *     than ten times
   */
  public static String decodeFully(String path) {
    String current = path;
    for (int i = 0; i < MAX_ROUNDS; i++) {
      String next;
      try {
        next = URLDecoder.decode(current.replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw Arguments.invalid("path", "is not a valid percent-encoded path");
      }
      if (next.equals(current)) {
        return current;
      }
      current = next;
    }
    throw Arguments.invalid("path", "is encoded too many times");
  }
}
