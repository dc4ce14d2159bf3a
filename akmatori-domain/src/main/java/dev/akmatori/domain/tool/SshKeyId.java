package dev.akmatori.domain.tool;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Id of an SSH key: a UUID in canonical lower-case form (contract §3.4.3). */
public record SshKeyId(String value) {
  private static final Pattern CANONICAL =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  public SshKeyId {
    if (value == null || !CANONICAL.matcher(value).matches()) {
      throw new IllegalArgumentException("not a canonical UUID: " + value);
    }
  }

  public static SshKeyId of(UUID uuid) {
    return new SshKeyId(uuid.toString());
  }

  /** The id of a path segment; empty when it cannot name any key (so it is simply not found). */
  public static Optional<SshKeyId> parse(String text) {
    return text != null && CANONICAL.matcher(text).matches() ? Optional.of(new SshKeyId(text)) : Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}
