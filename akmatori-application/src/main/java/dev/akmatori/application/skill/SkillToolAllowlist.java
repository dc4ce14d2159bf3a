package dev.akmatori.application.skill;

import dev.akmatori.application.investigation.tool.AllowedInstance;
import dev.akmatori.application.investigation.tool.ToolAllowlist;
import dev.akmatori.application.tool.ConnectorStatus;
import dev.akmatori.application.tool.ToolInstances;
import dev.akmatori.domain.skill.Skill;
import dev.akmatori.domain.tool.ToolInstance;
import dev.akmatori.domain.tool.ToolInstanceId;
import dev.akmatori.domain.tool.ToolKind;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The allowlist of contract §5.4: enabled tool instances assigned to at least one enabled skill
 * ({@code incident-manager} included) whose HTTP connector, for connector types, is enabled. Read
 * fresh on every call, settings decrypted at that moment.
 */
public final class SkillToolAllowlist implements ToolAllowlist {
  private final SkillRepository skills;
  private final ToolInstances instances;
  private final ConnectorStatus connectors;

  public SkillToolAllowlist(SkillRepository skills, ToolInstances instances, ConnectorStatus connectors) {
    this.skills = skills;
    this.instances = instances;
    this.connectors = connectors;
  }

  @Override
  public List<AllowedInstance> allowedInstances() {
    Set<ToolInstanceId> assigned = skills.list().stream()
        .filter(Skill::enabled)
        .flatMap(s -> s.toolInstanceIds().stream())
        .collect(Collectors.toSet());
    if (assigned.isEmpty()) {
      return List.of();
    }
    return instances.all().stream()
        .filter(i -> i.enabled() && assigned.contains(i.id()) && connectorEnabled(i))
        .map(i -> new AllowedInstance(
            i.id().value(), i.name(), i.logicalName(), i.type().definition(), i.settings()))
        .toList();
  }

  private boolean connectorEnabled(ToolInstance instance) {
    Long connector = instance.type().connectorId();
    return instance.type().kind() != ToolKind.HTTP_CONNECTOR
        || connector == null
        || connectors.isEnabled(connector);
  }
}
