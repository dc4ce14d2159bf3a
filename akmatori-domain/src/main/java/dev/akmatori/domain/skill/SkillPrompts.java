package dev.akmatori.domain.skill;

import dev.akmatori.domain.context.FileReferences;
import java.util.List;

/** Prompt text rules shared by writes and SKILL.md rendering (contract §3.3.2, §3.3.5). */
public final class SkillPrompts {
  private SkillPrompts() {}

  /** {@code [[file]]} → {@code [file](assets/file)}; text already converted is unchanged. */
  public static String convert(String prompt) {
    return FileReferences.toAssetLinks(prompt == null ? "" : prompt);
  }

  /** The context files a prompt references, in order of first appearance, each once. */
  public static List<String> references(String prompt) {
    return FileReferences.find(prompt);
  }
}
