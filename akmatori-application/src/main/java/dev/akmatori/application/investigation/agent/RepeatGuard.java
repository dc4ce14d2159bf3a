package dev.akmatori.application.investigation.agent;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The repeat guard of contract §5.8: counts the run's calls by function name and arguments compared
 * as JSON values; once {@code allowed} identical calls were made, every further one is refused.
 * Refused calls count too. Used by the loop thread only.
 */
final class RepeatGuard {
  static final String REFUSAL = "repeated identical call; change approach";

  private final int allowed;
  private final Map<List<Object>, Integer> seen = new HashMap<>();

  RepeatGuard(int allowed) {
    this.allowed = allowed;
  }

  /** Counts this call and answers whether it may run. */
  boolean admit(String function, Map<String, Object> arguments) {
    int count = seen.merge(List.of(function, CanonicalJson.of(arguments)), 1, Integer::sum);
    return count <= allowed;
  }
}
