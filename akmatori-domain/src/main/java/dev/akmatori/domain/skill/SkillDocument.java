package dev.akmatori.domain.skill;

import java.util.Optional;

/**
 * The SKILL.md mirror of a skill (contract §3.3.5): YAML front matter (name, description,
 * metadata.category), the prompt body and an optional generated "Assigned Tools" section.
 */
public record SkillDocument(String name, String description, String category, String prompt, String assignedTools) {
  static final String FENCE = "---";
  static final String TOOLS_HEADING = "## Assigned Tools";

  /** The file's text. {@code assignedTools} is the section body, or empty for no section. */
  public String render() {
    StringBuilder sb = new StringBuilder();
    sb.append(FENCE).append('\n');
    sb.append("name: ").append(YamlScalars.write(name)).append('\n');
    sb.append("description: ").append(YamlScalars.write(description)).append('\n');
    if (!category.isEmpty()) {
      sb.append("metadata:\n  category: ").append(YamlScalars.write(category)).append('\n');
    }
    sb.append(FENCE).append("\n\n");
    sb.append(prompt);
    if (!prompt.endsWith("\n")) {
      sb.append('\n');
    }
    if (!assignedTools.isEmpty()) {
      sb.append('\n').append(TOOLS_HEADING).append('\n').append(assignedTools);
      if (!assignedTools.endsWith("\n")) {
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  /**
   * Reads a SKILL.md written by a person or by {@link #render()}; the name is not read (the directory
   * name wins). Empty when the front matter is absent or not the YAML subset this reader accepts.
   */
  public static Optional<SkillDocument> parse(String name, String text) {
    String normalized = text.replace("\r\n", "\n");
    if (!normalized.startsWith(FENCE + "\n")) {
      return Optional.empty();
    }
    int close = normalized.indexOf("\n" + FENCE + "\n", FENCE.length());
    boolean atEnd = normalized.endsWith("\n" + FENCE);
    if (close < 0 && !atEnd) {
      return Optional.empty();
    }
    int frontEnd = close >= 0 ? close : normalized.length() - FENCE.length() - 1;
    String front = normalized.substring(FENCE.length() + 1, frontEnd + 1);
    String body = close >= 0 ? normalized.substring(close + FENCE.length() + 2) : "";
    return FrontMatter.parse(front)
        .map(fm -> new SkillDocument(name, fm.description(), fm.category(), promptOf(body), ""));
  }

  /** The prompt of a body: leading whitespace dropped, the tools section cut, one newline dropped. */
  static String promptOf(String body) {
    String prompt = body.stripLeading();
    int section = prompt.indexOf("\n\n" + TOOLS_HEADING);
    while (section >= 0) {
      int lineEnd = section + 2 + TOOLS_HEADING.length();
      if (lineEnd == prompt.length() || prompt.charAt(lineEnd) == '\n') {
        prompt = prompt.substring(0, section + 1);
        break;
      }
      section = prompt.indexOf("\n\n" + TOOLS_HEADING, section + 1);
    }
    if (prompt.startsWith(TOOLS_HEADING + "\n") || prompt.equals(TOOLS_HEADING)) {
      prompt = "";
    }
    return prompt.endsWith("\n") ? prompt.substring(0, prompt.length() - 1) : prompt;
  }
}
