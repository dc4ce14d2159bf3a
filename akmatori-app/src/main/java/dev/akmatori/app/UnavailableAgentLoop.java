package dev.akmatori.app;

import dev.akmatori.application.investigation.InvestigationRun;
import dev.akmatori.application.investigation.RunInvestigation;
import dev.akmatori.application.investigation.RunOutcome;
import dev.akmatori.application.investigation.RunRecorder;
import dev.akmatori.application.model.Cancellation;

/**
 * Stands in for the agent loop until it is wired here: every run fails with {@code Internal error:
 * agent loop not available}, so the lifecycle around it works end to end and nothing hangs.
 */
final class UnavailableAgentLoop implements RunInvestigation {
  static final String ERROR = "Internal error: agent loop not available";

  @Override
  public RunOutcome run(InvestigationRun run, RunRecorder recorder, Cancellation cancellation, Cancellation shutdown) {
    return RunOutcome.failed(ERROR, 0, 0);
  }
}
