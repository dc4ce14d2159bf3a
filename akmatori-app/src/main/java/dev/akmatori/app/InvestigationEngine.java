package dev.akmatori.app;

import dev.akmatori.application.investigation.RunInvestigation;
import dev.akmatori.application.investigation.WorkerSettings;
import dev.akmatori.application.model.ActiveModelSettings;
import dev.akmatori.application.settings.RuntimeSettings;
import dev.akmatori.application.settings.StoredActiveModelSettings;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * What the launcher plugs into the investigation workers: how to build the agent loop from the
 * graph, the active model settings (made from the server's runtime settings) and (for tests)
 * adjusted worker timings. Production uses {@link #standard()}.
 */
record InvestigationEngine(
    Function<AgentLoopWiring.Parts, RunInvestigation> loops,
    Function<RuntimeSettings, ActiveModelSettings> models,
    UnaryOperator<WorkerSettings> timings) {
  InvestigationEngine {
    Objects.requireNonNull(loops, "loops");
    Objects.requireNonNull(models, "models");
    Objects.requireNonNull(timings, "timings");
  }

  /** The engine of this build: the real agent loop over the stored LLM settings. */
  static InvestigationEngine standard() {
    return new InvestigationEngine(AgentLoopWiring::create, StoredActiveModelSettings::new, UnaryOperator.identity());
  }

  /** An engine with a fixed loop and model settings, for tests. */
  static InvestigationEngine of(RunInvestigation loop, ActiveModelSettings models, UnaryOperator<WorkerSettings> timings) {
    return new InvestigationEngine(parts -> loop, settings -> models, timings);
  }

  /** The real loop with fixed model settings and timings, for end-to-end tests. */
  static InvestigationEngine realLoop(Function<RuntimeSettings, ActiveModelSettings> models, UnaryOperator<WorkerSettings> timings) {
    return new InvestigationEngine(AgentLoopWiring::create, models, timings);
  }
}
