package dev.akmatori.application.investigation.function;

import dev.akmatori.application.investigation.DurationText;
import dev.akmatori.application.investigation.IncidentWorkspace;
import dev.akmatori.application.investigation.script.ScriptInterpreter;
import dev.akmatori.application.investigation.script.ScriptRequest;
import dev.akmatori.application.investigation.script.ScriptResult;
import dev.akmatori.application.investigation.script.ScriptRunner;
import dev.akmatori.application.investigation.skill.SkillLibrary;
import dev.akmatori.application.model.FunctionSpec;
import dev.akmatori.domain.skill.ScriptFileName;
import dev.akmatori.domain.skill.SkillName;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code run_skill_script}: runs {@code scripts/<filename>} of an enabled skill in the workspace
 * (contract §5.4). A script killed at its time limit answers exit code 124, like {@code timeout(1)},
 * with a note at the end of stderr.
 */
final class RunSkillScriptFunction implements AgentFunction {
  static final int TIMED_OUT_EXIT_CODE = 124;
  /** Room for the runner to kill the process tree and report before the call's own limit. */
  private static final Duration MARGIN = Duration.ofSeconds(10);

  private static final FunctionSpec SPEC = new FunctionSpec(
      "run_skill_script",
      "Run a helper script of an enabled skill (scripts/<filename>; .py, .sh or .js) in the incident"
          + " workspace. Returns {exit_code, stdout, stderr, duration_ms}.",
      Schemas.object(List.of("skill", "filename"),
          "skill", Schemas.string("Skill name"),
          "filename", Schemas.string("Script file name, e.g. 'check_disk.py'"),
          "args", Schemas.strings("Command-line arguments")));

  private final SkillLibrary skills;
  private final ScriptRunner runner;
  private final IncidentWorkspace workspace;
  private final Duration scriptTimeout;
  private final int outputCapBytes;

  RunSkillScriptFunction(
      SkillLibrary skills, ScriptRunner runner, IncidentWorkspace workspace, Duration scriptTimeout,
      int outputCapBytes) {
    this.skills = skills;
    this.runner = runner;
    this.workspace = workspace;
    this.scriptTimeout = scriptTimeout;
    this.outputCapBytes = outputCapBytes;
  }

  @Override
  public FunctionSpec spec() {
    return SPEC;
  }

  @Override
  public Object call(Map<String, Object> arguments, CallContext context) {
    String skill = CallArguments.requiredString(arguments, "skill").strip();
    String filename = CallArguments.requiredString(arguments, "filename").strip();
    List<String> args = CallArguments.optionalStrings(arguments, "args");
    if (!ScriptFileName.isValid(filename)) {
      throw new FunctionException("invalid script filename '" + filename + "'");
    }
    ScriptInterpreter interpreter = ScriptInterpreter.forFile(filename).orElseThrow(() -> new FunctionException(
        "unsupported script type '" + filename + "': only .py, .sh and .js scripts run"));
    FunctionException missing =
        new FunctionException("script '" + filename + "' not found in enabled skill '" + skill + "'");
    if (!SkillName.isValid(skill)) {
      throw missing;
    }
    Path script = skills.scriptPath(new SkillName(skill), new ScriptFileName(filename))
        .orElseThrow(() -> missing);
    ScriptResult result = runner.run(
        new ScriptRequest(script, interpreter, args, workspace.directory(context.incident()),
            context.incident().toString(), scriptTimeout, outputCapBytes),
        context.cancellation());
    return render(result);
  }

  private Map<String, Object> render(ScriptResult result) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("exit_code", result.timedOut() ? TIMED_OUT_EXIT_CODE : result.exitCode());
    out.put("stdout", result.stdout());
    out.put("stderr", result.timedOut()
        ? result.stderr() + "\n[killed: timed out after " + DurationText.of(scriptTimeout) + "]"
        : result.stderr());
    out.put("duration_ms", result.durationMs());
    return out;
  }

  @Override
  public Duration timeout(Map<String, Object> arguments, Duration standard) {
    return scriptTimeout.plus(MARGIN);
  }
}
