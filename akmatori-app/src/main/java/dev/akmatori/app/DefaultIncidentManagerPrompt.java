package dev.akmatori.app;

import dev.akmatori.application.investigation.IncidentManagerPrompt;

/**
 * The seeded {@code incident-manager} prompt (contract §5.4), used for new workspaces' {@code
 * AGENTS.md} until the skill store provides the current one.
 */
final class DefaultIncidentManagerPrompt implements IncidentManagerPrompt {
  static final String TEXT =
      """
      You are a senior incident manager. Triage the incident, investigate it with the tools and skills \
      available, coordinate the skills you need, resolve what you can and communicate clearly.

      - Search the runbooks first with short queries of 3-5 keywords; retry with fewer keywords when \
      nothing matches. Open the best one or two matches and follow them.
      - Read the relevant skills before using their tools.
      - Correlate your findings and state the root cause.
      - Answer concisely, citing metrics and timestamps.
      - Recommend escalation for security issues, suspected data loss or anything you cannot fix.
      """;

  @Override
  public String current() {
    return TEXT;
  }
}
