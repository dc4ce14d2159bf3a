package dev.akmatori.app;

import dev.akmatori.application.investigation.FixedModelSettings;
import dev.akmatori.application.investigation.RunInvestigation;
import dev.akmatori.application.investigation.RunOutcome;
import java.time.Duration;

/**
 * The real application in its own JVM for the crash tests, with a stand-in agent loop that either
 * blocks until it is stopped ({@code AKMATORI_TEST_RUN=block}) or answers at once ({@code complete}),
 * a configured provider and short lease timings. Started like {@link Main}: from the environment,
 * closed by a shutdown hook on SIGTERM.
 */
final class CrashTestMain {
  private CrashTestMain() {}

  public static void main(String[] args) {
    AppConfig config = AppConfig.fromEnvironment(System.getenv());
    boolean complete = "complete".equals(System.getenv("AKMATORI_TEST_RUN"));
    RunInvestigation loop = (run, recorder, cancellation, shutdown) -> {
      recorder.log("run in process " + ProcessHandle.current().pid());
      if (complete) {
        return RunOutcome.completed("Finished after the restarts.", 1, 1);
      }
      while (!shutdown.isCancelled() && !cancellation.isCancelled()) {
        try {
          Thread.sleep(25);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      return cancellation.isCancelled() ? RunOutcome.cancelled(0, 0) : RunOutcome.interrupted(0, 0);
    };
    // A 4 s lease renewed every 250 ms: short, as a killed process's runs wait for it on PostgreSQL,
    // yet a renewal may be 3.75 s late (a webhook storm on a loaded 2-core machine) before this
    // process's own recovery sweep takes back a live run and counts an interruption it never had.
    InvestigationEngine engine =
        InvestigationEngine.of(
            loop,
            new FixedModelSettings(true),
            s -> s.withTimings(Duration.ofMillis(200), Duration.ofMillis(250), Duration.ofSeconds(4), Duration.ofMillis(500),
                Duration.ofSeconds(2), Duration.ofSeconds(5)));
    Application application = Application.start(config, engine);
    Runtime.getRuntime().addShutdownHook(new Thread(application::close, "akmatori-shutdown"));
  }
}
