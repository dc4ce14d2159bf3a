package dev.akmatori.domain.tool;

import java.util.List;
import java.util.Optional;

/**
 * The ten built-in tool types of §6, in the seeding order of §3.4.1 (a fresh database gives them ids
 * 1–10). The server refreshes their stored schemas and operations from here at every start.
 */
public final class BuiltinToolTypes {
  /** {@code ssh}, {@code zabbix}, … {@code kubernetes}, in seeding order. */
  public static final List<ToolTypeDefinition> ALL = List.of(
      SshToolType.definition(),
      ZabbixToolType.definition(),
      VictoriaMetricsToolType.definition(),
      CatchpointToolType.definition(),
      PostgresqlToolType.definition(),
      GrafanaToolType.definition(),
      PagerDutyToolType.definition(),
      ClickHouseToolType.definition(),
      NetBoxToolType.definition(),
      KubernetesToolType.definition());

  private BuiltinToolTypes() {}

  /** The built-in type of exactly this name. */
  public static Optional<ToolTypeDefinition> byName(String name) {
    return ALL.stream().filter(type -> type.name().equals(name)).findFirst();
  }

  /** True when {@code name} equals a built-in name ignoring case (§3.8: {@code SSH} conflicts). */
  public static boolean isReservedName(String name) {
    return name != null && ALL.stream().anyMatch(type -> type.name().equalsIgnoreCase(name));
  }

  public static List<String> names() {
    return ALL.stream().map(ToolTypeDefinition::name).toList();
  }
}
