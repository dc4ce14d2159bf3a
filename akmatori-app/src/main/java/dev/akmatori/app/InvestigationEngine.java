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
 * What the launcher plugs into the investigation workers: the agent loop, the active model settings
 * (made from the server's runtime settings) and (for tests) adjusted worker timings. Production uses
 * {@link #standard()}.
 */
record InvestigationEngine(
    RunInvestigation loop, Function<RuntimeSettings, ActiveModelSettings> models, UnaryOperator<WorkerSettings> timings) {
  InvestigationEngine {
    Objects.requireNonNull(loop, "loop");
    Objects.requireNonNull(models, "models");
    Objects.requireNonNull(timings, "timings");
  }

  /** The engine of this build: the stored LLM settings, and a stand-in until the agent loop is wired. */
  static InvestigationEngine standard() {
    return new InvestigationEngine(new UnavailableAgentLoop(), StoredActiveModelSettings::new, UnaryOperator.identity());
  }

  /** An engine with fixed model settings, for tests. */
  static InvestigationEngine of(RunInvestigation loop, ActiveModelSettings models, UnaryOperator<WorkerSettings> timings) {
    return new InvestigationEngine(loop, settings -> models, timings);
  }
}
