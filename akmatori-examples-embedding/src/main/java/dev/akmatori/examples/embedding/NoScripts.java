package dev.akmatori.examples.embedding;

import dev.akmatori.application.investigation.script.ScriptRequest;
import dev.akmatori.application.investigation.script.ScriptResult;
import dev.akmatori.application.investigation.script.ScriptRunner;
import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.application.model.Cancellation;

/** Skill scripts are not run here (there are no skills); a call gets a tool error, as documented. */
final class NoScripts implements ScriptRunner {
  @Override
  public ScriptResult run(ScriptRequest request, Cancellation cancellation) {
    throw new ToolCallException("skill scripts are not run by this program");
  }
}
