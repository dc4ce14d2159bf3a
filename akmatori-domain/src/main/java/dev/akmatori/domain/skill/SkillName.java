package dev.akmatori.domain.skill;

import dev.akmatori.domain.shared.ValidationException;
import java.util.regex.Pattern;

/**
 * A skill's unique, immutable name (contract §3.3): 1–64 characters of lowercase letters and digits
 * in hyphen-separated groups, starting with a letter. Also the skill's directory name, so the rule
 * keeps every path under the skills directory.
 */
public record SkillName(String value) {
  public static final int MAX = 64;
  public static final String KEBAB_CASE = "must be kebab-case (e.g. 'zabbix-analyst', 'db-admin')";
  private static final Pattern RULE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  /** The system skill holding the agent's root instructions. */
  public static final SkillName INCIDENT_MANAGER = new SkillName("incident-manager");

  public SkillName {
    String problem = problem(value);
    if (problem != null) {
      throw ValidationException.of("name", problem);
    }
  }

  /** The rule's message for {@code value}, or null when it is a valid name. */
  public static String problem(String value) {
    if (value == null || value.isEmpty()) {
      return "is required";
    }
    if (value.length() > MAX) {
      return "must be at most " + MAX + " characters";
    }
    return RULE.matcher(value).matches() ? null : KEBAB_CASE;
  }

  public static boolean isValid(String value) {
    return problem(value) == null;
  }

  @Override
  public String toString() {
    return value;
  }
}
