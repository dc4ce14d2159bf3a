package dev.akmatori.application.skill;

import java.util.List;

/** The outcome of a sync (§3.3.6): imported names and skipped directories, both sorted by name. */
public record SyncReport(List<String> imported, List<Skipped> skipped) {
  public static final String INVALID_NAME = "invalid skill name";
  public static final String MISSING_DOCUMENT = "missing SKILL.md";
  public static final String INVALID_FRONT_MATTER = "invalid SKILL.md front matter";

  public SyncReport {
    imported = List.copyOf(imported);
    skipped = List.copyOf(skipped);
  }

  /** A directory left alone, with the reason. */
  public record Skipped(String name, String reason) {}
}
