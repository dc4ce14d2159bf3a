package dev.akmatori.application.tool;

import dev.akmatori.domain.tool.SshKey;
import dev.akmatori.domain.tool.SshKeyId;
import dev.akmatori.domain.tool.ToolInstanceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The SSH keys of tool instances (contract §3.4.3), private keys sealed. Every method is one atomic
 * operation that keeps the invariant "exactly one default key while an instance has keys", also
 * when several processes write at once. A taken name within the instance throws {@code
 * ConflictException} with {@link ManageSshKeys#duplicateName}. The instance must exist; failures of
 * the store itself are unchecked and not retried. Thread-safe.
 */
public interface SshKeyRepository {
  /** The keys of {@code instance} in creation order. */
  List<SshKey> list(ToolInstanceId instance);

  /** The same keys with their sealed private keys, for the tool gateway. */
  List<SealedSshKey> listSealed(ToolInstanceId instance);

  Optional<SshKey> find(ToolInstanceId instance, SshKeyId id);

  /**
   * Adds a key created at {@code now}. It becomes the default when {@code makeDefault} is true or
   * when it is the instance's first key; becoming the default clears the flag of the others.
   */
  SshKey add(ToolInstanceId instance, SshKeyId id, String name, String sealedPrivateKey, boolean makeDefault, Instant now);

  /**
   * Renames the key when {@code newName} is present and makes it the only default when {@code
   * makeDefault}; never removes a default flag. Empty when no such key exists.
   */
  Optional<SshKey> update(ToolInstanceId instance, SshKeyId id, Optional<String> newName, boolean makeDefault);

  /** Removes the key; when it was the default, the oldest remaining key becomes the default. */
  boolean delete(ToolInstanceId instance, SshKeyId id);
}
