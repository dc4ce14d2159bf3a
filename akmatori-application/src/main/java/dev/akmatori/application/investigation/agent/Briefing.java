package dev.akmatori.application.investigation.agent;

import dev.akmatori.application.investigation.skill.RootInstructions;
import dev.akmatori.application.investigation.skill.SkillSummary;
import dev.akmatori.application.investigation.tool.CallableTool;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The run's briefing (contract §5.4, §5.5): the system prompt — root instructions with their
 * assigned tools, the skills catalogue, the tool catalogue and the fixed rules — and the user
 * message — the preamble with the current UTC time, then the task.
 */
final class Briefing {
  static final String TASK_LINE = "Please help with the following incident or request:";

  private static final String SKILLS_INTRO = "## Skills\n\nEnabled skills. Read a skill's SKILL.md"
      + " with read_skill before you use its tools or scripts.\n";
  private static final String TOOLS_INTRO = "## Tool catalogue\n\nCall these with call_tool(name,"
      + " arguments, instance). get_tool_detail shows a tool's arguments; list_tools lists them.\n";
  private static final String RULES = "## Rules\n\n"
      + "- Never guess credentials, tokens, passwords, host names or addresses. When access is"
      + " missing, say so and stop trying.\n"
      + "- Prefer read-only operations. Change a system only when the task requires it and the"
      + " evidence supports it, and say what you changed.\n"
      + "- Cite your evidence: the values you observed with their timestamps, and the tool,"
      + " runbook or file they came from.\n";
  private static final String PREAMBLE = "Start by searching the runbooks with search_runbooks"
      + " using 3-5 keywords (drop hyphens, host names and qualifiers). If nothing useful comes"
      + " back, retry with fewer keywords. Open the top 1-2 matches with get_runbook and follow them"
      + " as your primary guide.";

  private Briefing() {}

  static String systemPrompt(RootInstructions root, List<SkillSummary> skills, List<CallableTool> tools) {
    StringBuilder prompt = new StringBuilder(root.prompt().strip()).append("\n\n");
    if (!root.assignedToolsSection().isBlank()) {
      prompt.append(root.assignedToolsSection().strip()).append("\n\n");
    }
    prompt.append(SKILLS_INTRO);
    if (skills.isEmpty()) {
      prompt.append("\nNo other skills are enabled.\n");
    } else {
      prompt.append('\n');
      skills.forEach(s -> prompt.append("- ").append(s.name()).append(": ")
          .append(oneLine(s.description())).append('\n'));
    }
    prompt.append('\n').append(TOOLS_INTRO);
    if (tools.isEmpty()) {
      prompt.append("\nNo external tools are available to this investigation.\n");
    } else {
      prompt.append('\n');
      tools.forEach(t -> prompt.append(catalogueLine(t)).append('\n'));
    }
    return prompt.append('\n').append(RULES).toString();
  }

  static String userMessage(Instant now, String task) {
    return "Current time (UTC): " + now.truncatedTo(ChronoUnit.SECONDS) + "\n\n" + PREAMBLE + "\n\n"
        + TASK_LINE + "\n" + task;
  }

  /** The last request when a budget ran out; no functions are offered with it. */
  static String finalRequest(String budget) {
    return "The " + budget + " budget of this investigation is used up: no more functions can be"
        + " called. Give your best final answer now from the evidence gathered so far: the most"
        + " likely root cause, the evidence with values and timestamps, what is still uncertain,"
        + " and the recommended next steps.";
  }

  private static String catalogueLine(CallableTool tool) {
    StringBuilder line = new StringBuilder("- ").append(tool.name());
    String summary = oneLine(tool.summary());
    if (!summary.isEmpty()) {
      line.append(": ").append(summary);
    }
    line.append(tool.readOnly() ? " [read-only]" : " [writes]");
    if (tool.origin() == CallableTool.Origin.MCP) {
      line.append(" (MCP)");
    } else {
      line.append(" (instances: ").append(String.join(", ", tool.instances())).append(')');
    }
    return line.toString();
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
