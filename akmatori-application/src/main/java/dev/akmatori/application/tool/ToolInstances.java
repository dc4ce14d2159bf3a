package dev.akmatori.application.tool;

import dev.akmatori.application.secret.SecretCipher;
import dev.akmatori.domain.tool.LogicalName;
import dev.akmatori.domain.tool.SshCredential;
import dev.akmatori.domain.tool.ToolInstance;
import dev.akmatori.domain.tool.ToolInstanceId;
import dev.akmatori.domain.tool.ToolType;
import dev.akmatori.domain.tool.ToolTypeId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Tool instances with their secrets in clear, for the parts of the server that use them (the tool
 * gateway, skills). Never hand these settings to a response: mask them first. Thread-safe; a
 * wrong encryption key surfaces as {@code SecretDecryptionException}.
 */
public final class ToolInstances {
  private final ToolTypeRepository types;
  private final ToolInstanceRepository instances;
  private final SshKeyRepository keys;
  private final ToolSecrets secrets;

  public ToolInstances(
      ToolTypeRepository types, ToolInstanceRepository instances, SshKeyRepository keys, SecretCipher cipher) {
    this.types = types;
    this.instances = instances;
    this.keys = keys;
    this.secrets = new ToolSecrets(cipher);
  }

  /** The instance with decrypted settings; empty when unknown. */
  public Optional<ToolInstance> resolve(ToolInstanceId id) {
    return instances.find(id).map(this::open);
  }

  /** The instance the agent names by its logical name; empty when unknown. */
  public Optional<ToolInstance> resolve(LogicalName logicalName) {
    return instances.findByLogicalName(logicalName).map(this::open);
  }

  /** Every instance ordered by id, enabled or not, with decrypted settings. */
  public List<ToolInstance> all() {
    Map<ToolTypeId, ToolType> byId =
        types.list().stream().collect(Collectors.toMap(ToolType::id, Function.identity()));
    return instances.list().stream().map(s -> open(s, byId.get(s.toolTypeId()))).toList();
  }

  /** The SSH keys of an instance in creation order with decrypted private keys; empty when none. */
  public List<SshCredential> sshCredentials(ToolInstanceId id) {
    return keys.listSealed(id).stream()
        .map(k -> new SshCredential(k.key(), secrets.open(k.sealedPrivateKey())))
        .toList();
  }

  ToolInstance open(StoredToolInstance stored) {
    return open(stored, types.find(stored.toolTypeId()).orElse(null));
  }

  ToolInstance open(StoredToolInstance stored, ToolType type) {
    if (type == null) {
      throw new IllegalStateException("tool instance " + stored.id() + " has no stored type " + stored.toolTypeId());
    }
    ToolInstanceFields f = stored.fields();
    return new ToolInstance(
        stored.id(),
        type,
        f.name(),
        f.logicalName(),
        secrets.open(type, f.sealedSettings()),
        f.enabled(),
        stored.createdAt(),
        stored.updatedAt());
  }
}
