package dev.akmatori.application.investigation.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.investigation.skill.RootInstructions;
import dev.akmatori.application.investigation.skill.SkillSummary;
import dev.akmatori.application.investigation.tool.CallableTool;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BriefingTest {
  private static final RootInstructions ROOT = new RootInstructions(
      "You are a senior incident manager.",
      "## Assigned Tools\n\n### Prod Zabbix (logical_name: \"prod-zabbix\", type: zabbix)");

  @Test
  void theSystemPrompt_isRootPromptAndItsTools_thenSkills_thenToolCatalogue_thenRules() {
    String prompt = Briefing.systemPrompt(ROOT,
        List.of(new SkillSummary("db-admin", "PostgreSQL\nlocks and vacuum")),
        List.of(
            new CallableTool("zabbix.get_problems", "List current problems. Newest first.", true, Map.of(),
                List.of("prod-zabbix", "stage-zabbix"), CallableTool.Origin.BUILTIN),
            new CallableTool("zabbix.api_request", "Call any API method.", false, Map.of(),
                List.of("prod-zabbix"), CallableTool.Origin.BUILTIN),
            new CallableTool("github.repos.list", "List repositories", true, Map.of(), List.of(),
                CallableTool.Origin.MCP)));

    assertThat(prompt).startsWith("You are a senior incident manager.\n\n## Assigned Tools\n\n### Prod Zabbix");
    assertThat(prompt).containsSubsequence("## Assigned Tools", "## Skills", "## Tool catalogue", "## Rules");
    assertThat(prompt).contains("read_skill", "- db-admin: PostgreSQL locks and vacuum");
    assertThat(prompt).contains(
        "- zabbix.get_problems: List current problems. [read-only] (instances: prod-zabbix, stage-zabbix)",
        "- zabbix.api_request: Call any API method. [writes] (instances: prod-zabbix)",
        "- github.repos.list: List repositories [read-only] (MCP)");
    assertThat(prompt).contains("Never guess credentials", "Prefer read-only operations", "timestamps");
  }

  @Test
  void emptyCatalogues_sayThereIsNothing_andNoAssignedToolsSectionIsInvented() {
    String prompt = Briefing.systemPrompt(new RootInstructions("Root.", ""), List.of(), List.of());

    assertThat(prompt).doesNotContain("## Assigned Tools")
        .contains("No other skills are enabled.", "No external tools are available to this investigation.");
  }

  @Test
  void theUserMessage_hasTheTimeToTheSecond_thePreamble_andTheTask() {
    String message = Briefing.userMessage(Instant.parse("2026-03-01T10:00:07.123Z"), "Disk full");

    assertThat(message).isEqualTo("Current time (UTC): 2026-03-01T10:00:07Z\n\n"
        + "Start by searching the runbooks with search_runbooks using 3-5 keywords (drop hyphens, host"
        + " names and qualifiers). If nothing useful comes back, retry with fewer keywords. Open the top"
        + " 1-2 matches with get_runbook and follow them as your primary guide.\n\n"
        + "Please help with the following incident or request:\nDisk full");
  }
}
