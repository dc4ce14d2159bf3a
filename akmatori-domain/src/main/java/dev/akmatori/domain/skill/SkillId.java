package dev.akmatori.domain.skill;

/** Database id of a skill; always positive. */
public record SkillId(long value) {
  public SkillId {
    if (value <= 0) {
      throw new IllegalArgumentException("skill id must be positive: " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
