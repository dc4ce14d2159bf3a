package dev.akmatori.adapter.persistence;

import dev.akmatori.application.skill.SkillRepository;
import dev.akmatori.domain.skill.Skill;
import dev.akmatori.domain.skill.SkillFields;
import dev.akmatori.domain.skill.SkillId;
import dev.akmatori.domain.skill.SkillName;
import dev.akmatori.domain.tool.ToolInstanceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/** A real repository whose next write can be made to fail before it reaches the database. */
final class FailingSkillRepository implements SkillRepository {
  private final SkillRepository delegate;
  private final AtomicReference<RuntimeException> next = new AtomicReference<>();

  FailingSkillRepository(SkillRepository delegate) {
    this.delegate = delegate;
  }

  void failNextWrite(RuntimeException failure) {
    next.set(failure);
  }

  private void failIfAsked() {
    RuntimeException failure = next.getAndSet(null);
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public Skill create(SkillName name, SkillFields fields, boolean system, Instant now) {
    failIfAsked();
    return delegate.create(name, fields, system, now);
  }

  @Override
  public Optional<Skill> find(SkillName name) {
    return delegate.find(name);
  }

  @Override
  public List<Skill> list() {
    return delegate.list();
  }

  @Override
  public Optional<Skill> update(SkillId id, SkillFields fields, Instant now) {
    failIfAsked();
    return delegate.update(id, fields, now);
  }

  @Override
  public Optional<Skill> replaceTools(SkillId id, Set<ToolInstanceId> ids, Instant now) {
    failIfAsked();
    return delegate.replaceTools(id, ids, now);
  }

  @Override
  public boolean delete(SkillId id) {
    failIfAsked();
    return delegate.delete(id);
  }

  @Override
  public List<SkillName> namesHolding(ToolInstanceId toolInstanceId) {
    return delegate.namesHolding(toolInstanceId);
  }
}
