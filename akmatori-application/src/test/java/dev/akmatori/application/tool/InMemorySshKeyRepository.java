package dev.akmatori.application.tool;

import dev.akmatori.domain.shared.ConflictException;
import dev.akmatori.domain.tool.SshKey;
import dev.akmatori.domain.tool.SshKeyId;
import dev.akmatori.domain.tool.ToolInstanceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The in-memory fake of {@link SshKeyRepository}: one list per instance, in creation order. */
public final class InMemorySshKeyRepository implements SshKeyRepository {
  private final Map<Long, List<SealedSshKey>> byInstance = new HashMap<>();

  @Override
  public synchronized List<SshKey> list(ToolInstanceId instance) {
    return listSealed(instance).stream().map(SealedSshKey::key).toList();
  }

  @Override
  public synchronized List<SealedSshKey> listSealed(ToolInstanceId instance) {
    return List.copyOf(rows(instance));
  }

  @Override
  public synchronized Optional<SshKey> find(ToolInstanceId instance, SshKeyId id) {
    return list(instance).stream().filter(k -> k.id().equals(id)).findFirst();
  }

  @Override
  public synchronized SshKey add(
      ToolInstanceId instance, SshKeyId id, String name, String sealedPrivateKey, boolean makeDefault, Instant now) {
    List<SealedSshKey> rows = rows(instance);
    requireFreeName(rows, name, id);
    boolean isDefault = makeDefault || rows.isEmpty();
    if (isDefault) {
      clearDefault(rows);
    }
    SshKey key = new SshKey(id, name, isDefault, now);
    rows.add(new SealedSshKey(key, sealedPrivateKey));
    return key;
  }

  @Override
  public synchronized Optional<SshKey> update(
      ToolInstanceId instance, SshKeyId id, Optional<String> newName, boolean makeDefault) {
    List<SealedSshKey> rows = rows(instance);
    int index = indexOf(rows, id);
    if (index < 0) {
      return Optional.empty();
    }
    newName.ifPresent(n -> requireFreeName(rows, n, id));
    if (makeDefault) {
      clearDefault(rows);
    }
    SealedSshKey old = rows.get(index);
    SshKey key = new SshKey(id, newName.orElse(old.key().name()), makeDefault || old.key().isDefault(), old.key().createdAt());
    rows.set(index, new SealedSshKey(key, old.sealedPrivateKey()));
    return Optional.of(key);
  }

  @Override
  public synchronized boolean delete(ToolInstanceId instance, SshKeyId id) {
    List<SealedSshKey> rows = rows(instance);
    int index = indexOf(rows, id);
    if (index < 0) {
      return false;
    }
    SealedSshKey removed = rows.remove(index);
    if (removed.key().isDefault() && !rows.isEmpty()) {
      SealedSshKey oldest = rows.get(0);
      SshKey k = oldest.key();
      rows.set(0, new SealedSshKey(new SshKey(k.id(), k.name(), true, k.createdAt()), oldest.sealedPrivateKey()));
    }
    return true;
  }

  /** The cascade of a deleted instance. */
  synchronized void removeInstance(ToolInstanceId instance) {
    byInstance.remove(instance.value());
  }

  private List<SealedSshKey> rows(ToolInstanceId instance) {
    return byInstance.computeIfAbsent(instance.value(), k -> new ArrayList<>());
  }

  private static int indexOf(List<SealedSshKey> rows, SshKeyId id) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).key().id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  private static void requireFreeName(List<SealedSshKey> rows, String name, SshKeyId self) {
    if (rows.stream().anyMatch(r -> r.key().name().equals(name) && !r.key().id().equals(self))) {
      throw new ConflictException(ManageSshKeys.duplicateName(name));
    }
  }

  private static void clearDefault(List<SealedSshKey> rows) {
    rows.replaceAll(r -> r.key().isDefault()
        ? new SealedSshKey(new SshKey(r.key().id(), r.key().name(), false, r.key().createdAt()), r.sealedPrivateKey())
        : r);
  }
}
