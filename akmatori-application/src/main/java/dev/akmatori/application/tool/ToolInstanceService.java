package dev.akmatori.application.tool;

import dev.akmatori.application.secret.SecretCipher;
import dev.akmatori.domain.shared.NotFoundException;
import dev.akmatori.domain.tool.ToolInstance;
import dev.akmatori.domain.tool.ToolInstanceId;
import java.time.Clock;
import java.util.List;

/**
 * Tool instance CRUD: validates by {@link ToolInstanceRules}, seals secrets before storing, opens
 * them after reading, and tells {@link ToolInstanceChanges} after every update and delete.
 */
public final class ToolInstanceService implements ManageToolInstances {
  private final ToolInstanceRepository instances;
  private final SshKeyRepository keys;
  private final ToolInstanceChanges changes;
  private final Clock clock;
  private final ToolInstances reader;
  private final ToolInstanceRules rules;
  private final ToolSecrets secrets;

  public ToolInstanceService(
      ToolTypeRepository types,
      ToolInstanceRepository instances,
      SshKeyRepository keys,
      SecretCipher cipher,
      ToolInstanceChanges changes,
      Clock clock) {
    this.instances = instances;
    this.keys = keys;
    this.changes = changes;
    this.clock = clock;
    this.reader = new ToolInstances(types, instances, keys, cipher);
    this.rules = new ToolInstanceRules(types, keys);
    this.secrets = new ToolSecrets(cipher);
  }

  @Override
  public List<ToolInstanceDetails> list() {
    return reader.all().stream().map(this::details).toList();
  }

  @Override
  public ToolInstanceDetails get(ToolInstanceId id) {
    return details(require(id));
  }

  @Override
  public void check(CreateToolInstance command) {
    rules.forCreate(command);
  }

  @Override
  public ToolInstanceDetails create(CreateToolInstance command) {
    ToolInstancePlan plan = rules.forCreate(command);
    StoredToolInstance stored = instances.create(plan.type().id(), sealed(plan), clock.instant());
    return details(reader.open(stored, plan.type()));
  }

  @Override
  public void check(ToolInstanceId id, UpdateToolInstance command) {
    rules.forUpdate(require(id), command);
  }

  @Override
  public ToolInstanceDetails update(ToolInstanceId id, UpdateToolInstance command) {
    ToolInstancePlan plan = rules.forUpdate(require(id), command);
    StoredToolInstance stored =
        instances.update(id, sealed(plan), clock.instant()).orElseThrow(ToolInstanceService::notFound);
    changes.updated(id);
    return details(reader.open(stored, plan.type()));
  }

  @Override
  public void delete(ToolInstanceId id) {
    if (!instances.delete(id)) {
      throw notFound();
    }
    changes.deleted(id);
  }

  private ToolInstance require(ToolInstanceId id) {
    return reader.resolve(id).orElseThrow(ToolInstanceService::notFound);
  }

  private ToolInstanceFields sealed(ToolInstancePlan plan) {
    return new ToolInstanceFields(
        plan.name(), plan.logicalName(), secrets.seal(plan.type(), plan.settings()), plan.enabled());
  }

  private ToolInstanceDetails details(ToolInstance instance) {
    return new ToolInstanceDetails(instance, instance.type().isSsh() ? keys.list(instance.id()) : List.of());
  }

  private static NotFoundException notFound() {
    return new NotFoundException(NOT_FOUND);
  }
}
