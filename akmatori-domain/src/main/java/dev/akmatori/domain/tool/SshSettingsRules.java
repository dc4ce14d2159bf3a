package dev.akmatori.domain.tool;

import dev.akmatori.domain.shared.Violations;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code ssh} cross-checks of §3.4.2 that a schema cannot express: {@code ssh_hosts[].hostname}
 * values are unique and every non-empty {@code key_id} names a key of the instance. Run after the
 * schema validation into the same {@link Violations}; malformed entries are left to the schema
 * errors already recorded.
 */
public final class SshSettingsRules {
  private SshSettingsRules() {}

  /** Adds {@code must be unique} / {@code unknown SSH key} failures at their host paths. */
  public static void collect(Map<String, ?> settings, Set<String> knownKeyIds, Violations violations) {
    Set<String> hostnames = new HashSet<>();
    List<?> hosts = hosts(settings);
    for (int i = 0; i < hosts.size(); i++) {
      if (!(hosts.get(i) instanceof Map)) {
        continue;
      }
      Map<?, ?> host = (Map<?, ?>) hosts.get(i);
      String at = "settings." + SshToolType.SSH_HOSTS + "[" + i + "].";
      Object hostname = host.get("hostname");
      // Exact comparison: the contract says unique, and targets are matched as typed.
      if (hostname instanceof String && !((String) hostname).isBlank() && !hostnames.add((String) hostname)) {
        violations.add(at + "hostname", "must be unique");
      }
      Object keyId = host.get("key_id");
      if (keyId instanceof String && !((String) keyId).isEmpty() && !knownKeyIds.contains(keyId)) {
        violations.add(at + "key_id", "unknown SSH key");
      }
    }
  }

  /** Throws a {@code ValidationException} when {@link #collect} finds anything. */
  public static void check(Map<String, ?> settings, Set<String> knownKeyIds) {
    Violations violations = new Violations();
    collect(settings, knownKeyIds, violations);
    violations.throwIfAny();
  }

  /**
   * The hostname of the first host using {@code keyId}, for the §3.4.3 delete conflict {@code
   * Cannot delete key: it is used by host '<hostname>'}.
   */
  public static Optional<String> hostUsingKey(Map<String, ?> settings, String keyId) {
    for (Object entry : hosts(settings)) {
      if (entry instanceof Map && keyId.equals(((Map<?, ?>) entry).get("key_id"))) {
        return Optional.of(String.valueOf(((Map<?, ?>) entry).get("hostname")));
      }
    }
    return Optional.empty();
  }

  private static List<?> hosts(Map<String, ?> settings) {
    Object hosts = settings.get(SshToolType.SSH_HOSTS);
    return hosts instanceof List ? (List<?>) hosts : List.of();
  }
}
