package dev.akmatori.application.skill;

import dev.akmatori.domain.shared.ConflictException;
import dev.akmatori.domain.skill.Skill;
import dev.akmatori.domain.skill.SkillFields;
import dev.akmatori.domain.skill.SkillName;
import java.time.Clock;

/**
 * Seeds the system skill {@code incident-manager} on first start (contract §3.3, §5.4): system,
 * category {@code system}, enabled, with the default root prompt. Idempotent and safe for replicas
 * starting together: an existing row — edited or not — is never changed.
 */
public final class SystemSkill {
  static final String DESCRIPTION =
      "Root instructions of the investigating agent: triage, investigate, coordinate skills,"
          + " resolve and communicate incidents.";

  private final SkillRepository skills;
  private final Clock clock;

  public SystemSkill(SkillRepository skills, Clock clock) {
    this.skills = skills;
    this.clock = clock;
  }

  /** Inserts the row when it is missing; its files follow with the startup regeneration. */
  public void seed() {
    if (skills.find(SkillName.INCIDENT_MANAGER).isPresent()) {
      return;
    }
    SkillFields fields =
        new SkillFields(DESCRIPTION, Skill.SYSTEM_CATEGORY, true, IncidentManagerPrompt.TEXT);
    try {
      skills.create(SkillName.INCIDENT_MANAGER, fields, true, clock.instant());
    } catch (ConflictException seededByAnotherReplica) {
      // Another process inserted it first: that row is the one.
    }
  }
}
