package dev.akmatori.application.investigation;

/** The current {@code incident-manager} prompt, which each new workspace's {@code AGENTS.md} carries (contract §5.3). */
@FunctionalInterface
public interface IncidentManagerPrompt {
  /** The prompt text; never null. Store failures surface as unchecked exceptions. */
  String current();

  /** A new workspace's {@code AGENTS.md}: {@code # Incident Manager}, a blank line, the prompt (contract §5.3). */
  default String agentsMarkdown() {
    return "# Incident Manager\n\n" + current();
  }
}
