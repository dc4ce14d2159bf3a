package dev.akmatori.adapter.llm.tool.zabbix;

import dev.akmatori.application.investigation.tool.ToolCallException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Zabbix API version as {@code apiinfo.version} reports it ({@code "6.4.12"}, {@code "7.0.0rc1"}). */
record ZabbixVersion(int major, int minor) {
  private static final Pattern LEADING = Pattern.compile("^(\\d+)\\.(\\d+)");

  /**
   * @throws ToolCallException when the text does not start with {@code <major>.<minor>}
   */
  static ZabbixVersion parse(Object reported) {
    Matcher m = LEADING.matcher(String.valueOf(reported).strip());
    if (!m.find()) {
      throw new ToolCallException("Zabbix reported an unreadable API version '" + reported + "'");
    }
    return new ZabbixVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  boolean atLeast(int major, int minor) {
    return this.major > major || (this.major == major && this.minor >= minor);
  }

  /** Zabbix ≥ 6.4 takes {@code Authorization: Bearer}; older versions the {@code auth} field. */
  boolean takesBearer() {
    return atLeast(6, 4);
  }

  /** {@code user.login} takes {@code username} since 5.4, {@code user} before. */
  String loginUserField() {
    return atLeast(5, 4) ? "username" : "user";
  }
}
