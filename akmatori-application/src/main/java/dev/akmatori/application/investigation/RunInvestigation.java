package dev.akmatori.application.investigation;

import dev.akmatori.application.model.Cancellation;

/**
 * The agent loop (contract §5.4–5.8): briefs the active model, answers its function calls within
 * the budgets and returns how the run ended. It never throws for model, tool or budget failures —
 * those are outcomes — and it does not touch the incident's status: the lifecycle does.
 */
public interface RunInvestigation {
  /**
   * Runs until a final answer, a budget, a failure or {@code cancellation}.
   *
   * @param shutdown fires when the process stops; the run then ends {@link RunOutcome.Kind#INTERRUPTED}
   */
  RunOutcome run(InvestigationRun run, RunRecorder recorder, Cancellation cancellation, Cancellation shutdown);
}
