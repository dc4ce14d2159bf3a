package dev.akmatori.application.investigation.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.investigation.WorkspaceException;
import dev.akmatori.application.investigation.script.ScriptInterpreter;
import dev.akmatori.application.investigation.script.ScriptResult;
import dev.akmatori.application.investigation.testing.FakeScriptRunner;
import dev.akmatori.application.investigation.testing.InMemoryIncidentWorkspace;
import dev.akmatori.application.investigation.testing.InMemorySkillLibrary;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.incident.IncidentId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WorkspaceFunctionsTest {
  private final IncidentId incident = new IncidentId(UUID.fromString("5f0c4b1e-1c2d-4e3f-8a9b-0c1d2e3f4a5b"));
  private final CallContext context = new CallContext(incident, Cancellation.NONE, Duration.ofMinutes(5));
  private final InMemoryIncidentWorkspace workspace = new InMemoryIncidentWorkspace(Path.of("/data/incidents"));
  private final InMemorySkillLibrary skills = new InMemorySkillLibrary();
  private final FakeScriptRunner runner = new FakeScriptRunner();

  @Test
  void writeThenRead_aWorkspaceFile_withOffsetAndLimit() {
    WriteWorkspaceFileFunction write = new WriteWorkspaceFileFunction(workspace);
    ReadWorkspaceFileFunction read = new ReadWorkspaceFileFunction(workspace);

    Object written = write.call(Map.of("path", "notes/findings.md", "content", "héllo world"), context);

    assertThat(written).isEqualTo(Map.of("path", "notes/findings.md", "size", 12L));
    assertThat(read.call(Map.of("path", "notes/findings.md", "offset", 6, "limit", 5), context)).isEqualTo("world");
    assertThat(write.call(Map.of("path", "empty.txt", "content", ""), context)).isEqualTo(Map.of("path", "empty.txt", "size", 0L));
  }

  @Test
  void readingWithoutALimit_returnsAtMost6000Characters_soSavedOutputsCanBePaged() {
    workspace.write(incident, "tool_outputs/x.json", "q".repeat(10_000));

    Object first = new ReadWorkspaceFileFunction(workspace).call(Map.of("path", "tool_outputs/x.json"), context);

    assertThat((String) first).hasSize(6000);
  }

  @Test
  void workspaceRefusals_surfaceAsTheirMessage() {
    ReadWorkspaceFileFunction read = new ReadWorkspaceFileFunction(workspace);
    WriteWorkspaceFileFunction write = new WriteWorkspaceFileFunction(workspace);

    assertThatThrownBy(() -> read.call(Map.of("path", "../../etc/passwd"), context))
        .isInstanceOf(WorkspaceException.class).hasMessageContaining("escapes the workspace");
    assertThatThrownBy(() -> write.call(Map.of("path", "a.txt"), context))
        .hasMessage("missing required argument 'content'");
    assertThatThrownBy(() -> write.call(Map.of("path", "./transcript.jsonl", "content", "{}"), context))
        .hasMessage("path './transcript.jsonl' is reserved for the investigation transcript");
  }

  @Test
  void runSkillScript_runsTheEnabledSkillsScript_inTheWorkspace_withItsInterpreter() {
    Path script = Path.of("/data/skills/db-admin/scripts/check.py");
    skills.skill("db-admin", "", true, "doc").script("db-admin", "check.py", script);
    RunSkillScriptFunction run = function();

    Object result = run.call(Map.of("skill", "db-admin", "filename", "check.py", "args", List.of("--host", "db1")), context);

    assertThat(result).isEqualTo(Map.of("exit_code", 0, "stdout", "done\n", "stderr", "", "duration_ms", 12L));
    assertThat(runner.requests()).singleElement().satisfies(r -> {
      assertThat(r.script()).isEqualTo(script);
      assertThat(r.interpreter()).isEqualTo(ScriptInterpreter.PYTHON);
      assertThat(r.args()).containsExactly("--host", "db1");
      assertThat(r.workingDirectory()).isEqualTo(Path.of("/data/incidents/" + incident));
      assertThat(r.incidentId()).isEqualTo(incident.toString());
      assertThat(r.timeout()).isEqualTo(Duration.ofSeconds(120));
      assertThat(r.outputCapBytes()).isEqualTo(65_536);
    });
    assertThat(run.timeout(Map.of(), Duration.ofMinutes(5))).isEqualTo(Duration.ofSeconds(130));
  }

  @Test
  void runSkillScript_refusesOtherExtensions_unknownScripts_andDisabledSkills() {
    skills.skill("db-admin", "", true, "doc").script("db-admin", "check.rb", Path.of("/x/check.rb"))
        .skill("off", "", false, "doc").script("off", "a.sh", Path.of("/x/a.sh"));
    RunSkillScriptFunction run = function();

    assertThatThrownBy(() -> run.call(Map.of("skill", "db-admin", "filename", "check.rb"), context))
        .hasMessage("unsupported script type 'check.rb': only .py, .sh and .js scripts run");
    assertThatThrownBy(() -> run.call(Map.of("skill", "db-admin", "filename", "missing.sh"), context))
        .hasMessage("script 'missing.sh' not found in enabled skill 'db-admin'");
    assertThatThrownBy(() -> run.call(Map.of("skill", "off", "filename", "a.sh"), context))
        .hasMessage("script 'a.sh' not found in enabled skill 'off'");
    assertThatThrownBy(() -> run.call(Map.of("skill", "db-admin", "filename", "../x.sh"), context))
        .hasMessage("invalid script filename '../x.sh'");
    assertThatThrownBy(() -> run.call(Map.of("skill", "db-admin", "filename", "a.sh", "args", List.of(1)), context))
        .hasMessage("argument 'args' must be an array of strings");
    assertThat(runner.requests()).isEmpty();
  }

  @Test
  void aScriptKilledAtItsLimit_answersExitCode124_withANote() {
    skills.skill("db-admin", "", true, "doc").script("db-admin", "slow.sh", Path.of("/x/slow.sh"));
    runner.answering(new ScriptResult(-1, "partial", "warming up", 120_004, true));

    Object result = function().call(Map.of("skill", "db-admin", "filename", "slow.sh"), context);

    assertThat(result).isEqualTo(Map.of("exit_code", 124, "stdout", "partial",
        "stderr", "warming up\n[killed: timed out after 2 min]", "duration_ms", 120_004L));
  }

  private RunSkillScriptFunction function() {
    return new RunSkillScriptFunction(skills, runner, workspace, Duration.ofSeconds(120), 65_536);
  }
}
