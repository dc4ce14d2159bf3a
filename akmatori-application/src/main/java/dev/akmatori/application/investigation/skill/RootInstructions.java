package dev.akmatori.application.investigation.skill;

import java.util.Objects;

/**
 * The agent's root instructions: the {@code incident-manager} prompt and the {@code ## Assigned
 * Tools} section of its SKILL.md (heading included; empty when it has no enabled tool instance).
 */
public record RootInstructions(String prompt, String assignedToolsSection) {
  public RootInstructions {
    Objects.requireNonNull(prompt, "prompt");
    assignedToolsSection = assignedToolsSection == null ? "" : assignedToolsSection;
  }
}
