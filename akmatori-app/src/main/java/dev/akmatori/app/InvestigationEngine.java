package dev.akmatori.app;

import dev.akmatori.application.investigation.RunInvestigation;
import dev.akmatori.application.investigation.WorkerSettings;
import dev.akmatori.application.model.ActiveModelSettings;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What the launcher plugs into the investigation workers: the agent loop, the active model settings
 * and (for tests) adjusted worker timings. Production uses {@link #standard()}.
 */
record InvestigationEngine(RunInvestigation loop, ActiveModelSettings models, UnaryOperator<WorkerSettings> timings) {
  InvestigationEngine {
    Objects.requireNonNull(loop, "loop");
    Objects.requireNonNull(models, "models");
    Objects.requireNonNull(timings, "timings");
  }

  /** The engine of this build: the agent loop and the LLM settings are not wired yet (see the stand-ins). */
  static InvestigationEngine standard() {
    return new InvestigationEngine(new UnavailableAgentLoop(), new UnconfiguredModelSettings(), UnaryOperator.identity());
  }
}
