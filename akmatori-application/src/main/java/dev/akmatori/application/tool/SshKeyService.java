package dev.akmatori.application.tool;

import dev.akmatori.application.secret.SecretCipher;
import dev.akmatori.domain.shared.BadRequestException;
import dev.akmatori.domain.shared.ConflictException;
import dev.akmatori.domain.shared.NotFoundException;
import dev.akmatori.domain.tool.SshKey;
import dev.akmatori.domain.tool.SshKeyDraft;
import dev.akmatori.domain.tool.SshKeyId;
import dev.akmatori.domain.tool.SshSettingsRules;
import dev.akmatori.domain.tool.ToolInstanceId;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/** The SSH keys of {@code ssh} instances; private keys are encrypted before they are stored. */
public final class SshKeyService implements ManageSshKeys {
  private final ToolTypeRepository types;
  private final ToolInstanceRepository instances;
  private final SshKeyRepository keys;
  private final ToolSecrets secrets;
  private final Supplier<UUID> ids;
  private final Clock clock;

  /** {@code ids} supplies random (version 4) UUIDs for new keys. */
  public SshKeyService(
      ToolTypeRepository types,
      ToolInstanceRepository instances,
      SshKeyRepository keys,
      SecretCipher cipher,
      Supplier<UUID> ids,
      Clock clock) {
    this.types = types;
    this.instances = instances;
    this.keys = keys;
    this.secrets = new ToolSecrets(cipher);
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  public void checkTool(ToolInstanceId tool) {
    requireSshTool(tool);
  }

  @Override
  public List<SshKey> list(ToolInstanceId tool) {
    requireSshTool(tool);
    return keys.list(tool);
  }

  @Override
  public SshKey get(ToolInstanceId tool, String keyId) {
    requireSshTool(tool);
    return requireKey(tool, keyId);
  }

  @Override
  public SshKey create(ToolInstanceId tool, SshKeyDraft draft, boolean makeDefault) {
    requireSshTool(tool);
    SshKeyId id = SshKeyId.of(ids.get());
    return keys.add(tool, id, draft.name(), secrets.seal(draft.privateKey()), makeDefault, clock.instant());
  }

  @Override
  public SshKey update(ToolInstanceId tool, String keyId, SshKeyChange change) {
    requireSshTool(tool);
    SshKey key = requireKey(tool, keyId);
    return keys.update(tool, key.id(), Optional.ofNullable(change.name()), change.makeDefault())
        .orElseThrow(() -> new NotFoundException(ManageSshKeys.notFound(keyId)));
  }

  @Override
  public void delete(ToolInstanceId tool, String keyId) {
    StoredToolInstance instance = requireSshTool(tool);
    SshKey key = requireKey(tool, keyId);
    // Host names and key ids are not secret, so the sealed settings answer this as they are.
    Optional<String> host = SshSettingsRules.hostUsingKey(instance.fields().sealedSettings(), key.id().value());
    if (host.isPresent()) {
      throw new ConflictException(ManageSshKeys.usedByHost(host.get()));
    }
    if (keys.list(tool).size() == 1) {
      throw new ConflictException(ONLY_KEY);
    }
    if (!keys.delete(tool, key.id())) {
      throw new NotFoundException(ManageSshKeys.notFound(keyId));
    }
  }

  private StoredToolInstance requireSshTool(ToolInstanceId tool) {
    StoredToolInstance instance =
        instances.find(tool).orElseThrow(() -> new NotFoundException(ManageToolInstances.NOT_FOUND));
    boolean ssh = types.find(instance.toolTypeId()).map(t -> t.isSsh()).orElse(false);
    if (!ssh) {
      throw new BadRequestException(ONLY_SSH);
    }
    return instance;
  }

  private SshKey requireKey(ToolInstanceId tool, String keyId) {
    return SshKeyId.parse(keyId)
        .flatMap(id -> keys.find(tool, id))
        .orElseThrow(() -> new NotFoundException(ManageSshKeys.notFound(keyId)));
  }
}
