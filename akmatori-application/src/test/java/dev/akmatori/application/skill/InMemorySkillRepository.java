package dev.akmatori.application.skill;

import dev.akmatori.application.tool.ToolInstanceRepository;
import dev.akmatori.domain.shared.ConflictException;
import dev.akmatori.domain.skill.Skill;
import dev.akmatori.domain.skill.SkillFields;
import dev.akmatori.domain.skill.SkillId;
import dev.akmatori.domain.skill.SkillName;
import dev.akmatori.domain.tool.ToolInstanceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The in-memory fake of {@link SkillRepository}, held to the same contract as the Jdbi one.
 * Assignments of deleted tool instances vanish as with {@code ON DELETE CASCADE}. {@link
 * #failNextWrite} makes the next write throw, for failure-injection tests.
 */
public final class InMemorySkillRepository implements SkillRepository {
  private final Map<Long, Skill> rows = new TreeMap<>();
  private final ToolInstanceRepository instances;
  private final AtomicReference<RuntimeException> nextFailure = new AtomicReference<>();
  private long sequence;

  public InMemorySkillRepository(ToolInstanceRepository instances) {
    this.instances = instances;
  }

  /** The next create, update, replaceTools or delete throws {@code failure} and changes nothing. */
  public void failNextWrite(RuntimeException failure) {
    nextFailure.set(failure);
  }

  @Override
  public synchronized Skill create(SkillName name, SkillFields fields, boolean system, Instant now) {
    failIfAsked();
    if (rows.values().stream().anyMatch(s -> s.name().equals(name))) {
      throw new ConflictException(ManageSkills.alreadyExists(name));
    }
    Skill skill = new Skill(new SkillId(++sequence), name, fields, system, List.of(), now, now);
    rows.put(skill.id().value(), skill);
    return skill;
  }

  @Override
  public synchronized Optional<Skill> find(SkillName name) {
    return rows.values().stream().filter(s -> s.name().equals(name)).findFirst().map(this::live);
  }

  @Override
  public synchronized List<Skill> list() {
    List<Skill> all = new ArrayList<>();
    rows.values().forEach(s -> all.add(live(s)));
    all.sort(Comparator.comparing(s -> s.name().value()));
    return all;
  }

  @Override
  public synchronized Optional<Skill> update(SkillId id, SkillFields fields, Instant now) {
    failIfAsked();
    Skill old = rows.get(id.value());
    if (old == null) {
      return Optional.empty();
    }
    return Optional.of(put(new Skill(id, old.name(), fields, old.system(), old.toolInstanceIds(), old.createdAt(), now)));
  }

  @Override
  public synchronized Optional<Skill> replaceTools(SkillId id, Set<ToolInstanceId> ids, Instant now) {
    failIfAsked();
    Skill old = rows.get(id.value());
    if (old == null) {
      return Optional.empty();
    }
    List<Long> unknown = ids.stream().filter(i -> instances.find(i).isEmpty()).map(ToolInstanceId::value).toList();
    if (!unknown.isEmpty()) {
      throw ManageSkills.unknownToolIds(unknown);
    }
    return Optional.of(put(new Skill(id, old.name(), old.fields(), old.system(), List.copyOf(ids), old.createdAt(), now)));
  }

  @Override
  public synchronized boolean delete(SkillId id) {
    failIfAsked();
    return rows.remove(id.value()) != null;
  }

  @Override
  public synchronized List<SkillName> namesHolding(ToolInstanceId toolInstanceId) {
    return list().stream().filter(s -> s.toolInstanceIds().contains(toolInstanceId)).map(Skill::name).toList();
  }

  private Skill put(Skill skill) {
    rows.put(skill.id().value(), skill);
    return live(skill);
  }

  /** The skill without assignments of instances deleted since (the cascade). */
  private Skill live(Skill s) {
    List<ToolInstanceId> ids = s.toolInstanceIds().stream().filter(i -> instances.find(i).isPresent()).toList();
    return new Skill(s.id(), s.name(), s.fields(), s.system(), ids, s.createdAt(), s.updatedAt());
  }

  private void failIfAsked() {
    RuntimeException failure = nextFailure.getAndSet(null);
    if (failure != null) {
      throw failure;
    }
  }
}
