package dev.akmatori.application.alert;

import dev.akmatori.domain.alert.AlertFingerprint;
import dev.akmatori.domain.alert.NormalizedAlert;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;

/**
 * The lock keys that serialise ingestion (contract §4.7): one per correlation fingerprint, and one
 * per (source, source fingerprint) when the latter is set — hashed, so every key is short whatever
 * the payload held.
 */
final class AlertLocks {
  private AlertLocks() {}

  static String ofFingerprint(AlertFingerprint fp) {
    return "fp:" + fp.value();
  }

  static String ofSourceFingerprint(String sourceUuid, String sourceFingerprint) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((sourceUuid + "\n" + sourceFingerprint).getBytes(StandardCharsets.UTF_8));
      return "sf:" + HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** Every key the alerts of one payload need, sorted. */
  static Set<String> forAlerts(String sourceUuid, Iterable<NormalizedAlert> alerts) {
    Set<String> keys = new TreeSet<>();
    for (NormalizedAlert alert : alerts) {
      keys.add(ofFingerprint(alert.details().fingerprint(sourceUuid)));
      String sfp = alert.details().sourceFingerprint();
      if (!sfp.isEmpty()) {
        keys.add(ofSourceFingerprint(sourceUuid, sfp));
      }
    }
    return keys;
  }
}
