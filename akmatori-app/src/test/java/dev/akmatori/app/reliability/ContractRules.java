package dev.akmatori.app.reliability;

import java.util.Map;
import java.util.Set;

/**
 * The few per-route rules of the contract that the spec states only in prose. Every route not
 * named here gets the general rules, so a new JSON route is held to them without editing this.
 */
final class ContractRules {
  /** §1.6: any JSON request body. */
  static final long JSON_LIMIT = 1_048_576;

  /** §1.6: the routes whose body limit is not the JSON one. */
  private static final Map<String, Long> LIMITS =
      Map.of(
          "PUT /api/skills/{name}/scripts/{filename}", 2L * 1024 * 1024,
          "POST /api/webhook/alert/{uuid}", 10L * 1024 * 1024,
          "POST /api/context", 10L * 1024 * 1024 + 64 * 1024);

  /** §1.4: webhooks ignore {@code Content-Type} entirely. */
  private static final Set<String> IGNORE_CONTENT_TYPE = Set.of("POST /api/webhook/alert/{uuid}");

  private ContractRules() {}

  static long bodyLimit(SpecOperation op) {
    return LIMITS.getOrDefault(op.key(), JSON_LIMIT);
  }

  static boolean checksContentType(SpecOperation op) {
    return !IGNORE_CONTENT_TYPE.contains(op.key());
  }
}
