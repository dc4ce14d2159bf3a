package dev.akmatori.adapter.llm.mcp;

import dev.akmatori.domain.mcp.McpServerSpec;
import dev.akmatori.domain.shared.Secret;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replaces a server's secret values (env values, auth token) by their masks in text it produced,
 * so that a server echoing its own credentials on stderr or in an error never leaks them into the
 * log or an API answer. Values shorter than four characters are left alone (too common to matter).
 */
final class Redactor {
  private static final int MIN_LENGTH = 4;

  private final List<String> secrets;

  private Redactor(List<String> secrets) {
    this.secrets = secrets;
  }

  static Redactor of(McpServerSpec spec) {
    List<String> values = new ArrayList<>();
    spec.envVars().values().forEach(s -> values.add(s.reveal()));
    if (spec.auth() != null) {
      values.add(spec.auth().token().reveal());
    }
    values.removeIf(v -> v.length() < MIN_LENGTH);
    // Longest first, so a secret containing another is masked whole.
    values.sort(Comparator.comparingInt(String::length).reversed());
    return new Redactor(List.copyOf(values));
  }

  String apply(String text) {
    String out = text;
    for (String secret : secrets) {
      out = out.replace(secret, Secret.mask(secret));
    }
    return out;
  }
}
