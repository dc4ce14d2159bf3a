package dev.akmatori.application.investigation.testing;

import dev.akmatori.application.investigation.script.ScriptRequest;
import dev.akmatori.application.investigation.script.ScriptResult;
import dev.akmatori.application.investigation.script.ScriptRunner;
import dev.akmatori.application.model.Cancellation;
import java.util.ArrayList;
import java.util.List;

/** A {@link ScriptRunner} that records requests and answers with a set result. Thread-safe. */
public final class FakeScriptRunner implements ScriptRunner {
  private final List<ScriptRequest> requests = new ArrayList<>();
  private volatile ScriptResult result = new ScriptResult(0, "done\n", "", 12, false);

  public FakeScriptRunner answering(ScriptResult result) {
    this.result = result;
    return this;
  }

  @Override
  public synchronized ScriptResult run(ScriptRequest request, Cancellation cancellation) {
    requests.add(request);
    return result;
  }

  public synchronized List<ScriptRequest> requests() {
    return List.copyOf(requests);
  }
}
