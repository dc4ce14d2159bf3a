package dev.akmatori.application.skill;

import dev.akmatori.domain.shared.NotFoundException;
import dev.akmatori.domain.shared.TooLargeException;
import dev.akmatori.domain.skill.ScriptFileName;
import dev.akmatori.domain.skill.SkillName;

/** The scripts of existing skills (contract §3.3.4): skill first, then filename, then the file. */
public final class SkillScriptService implements ManageSkillScripts {
  private final ManageSkills skills;
  private final SkillScripts scripts;

  public SkillScriptService(ManageSkills skills, SkillScripts scripts) {
    this.skills = skills;
    this.scripts = scripts;
  }

  @Override
  public ScriptListing list(String skill) {
    SkillName name = skills.existing(skill);
    return new ScriptListing(name.value(), scripts.directory(name).toString(), scripts.list(name));
  }

  @Override
  public String clear(String skill) {
    SkillName name = skills.existing(skill);
    scripts.clear(name);
    return name.value();
  }

  @Override
  public ScriptFile get(String skill, String filename) {
    SkillName name = skills.existing(skill);
    return scripts.read(name, new ScriptFileName(filename)).orElseThrow(SkillScriptService::notFound);
  }

  @Override
  public ScriptFile put(String skill, String filename, String content) {
    SkillName name = skills.existing(skill);
    ScriptFileName file = new ScriptFileName(filename);
    if (utf8Length(content) > MAX_CONTENT_BYTES) {
      throw new TooLargeException(TOO_LARGE, MAX_CONTENT_BYTES);
    }
    return scripts.write(name, file, content);
  }

  @Override
  public void delete(String skill, String filename) {
    SkillName name = skills.existing(skill);
    if (!scripts.delete(name, new ScriptFileName(filename))) {
      throw notFound();
    }
  }

  /** Bytes of {@code text} in UTF-8 (a lone surrogate counts 3), counted without encoding it. */
  static long utf8Length(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  private static NotFoundException notFound() {
    return new NotFoundException(NOT_FOUND);
  }
}
