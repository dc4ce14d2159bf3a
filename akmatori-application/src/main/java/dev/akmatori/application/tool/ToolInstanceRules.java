package dev.akmatori.application.tool;

import dev.akmatori.domain.shared.ValidationException;
import dev.akmatori.domain.shared.Violations;
import dev.akmatori.domain.tool.LogicalName;
import dev.akmatori.domain.tool.SettingsValidator;
import dev.akmatori.domain.tool.SshKey;
import dev.akmatori.domain.tool.SshSettingsRules;
import dev.akmatori.domain.tool.ToolInstance;
import dev.akmatori.domain.tool.ToolType;
import dev.akmatori.domain.tool.ToolTypeId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The create and update rules of contract §3.4.2, collecting every failing field before throwing:
 * name, type, the logical-name rule, settings merged (echo rule, null removes) and validated by the
 * type's schema, plus the {@code ssh} cross-checks against the instance's keys.
 */
final class ToolInstanceRules {
  private final ToolTypeRepository types;
  private final SshKeyRepository keys;

  ToolInstanceRules(ToolTypeRepository types, SshKeyRepository keys) {
    this.types = types;
    this.keys = keys;
  }

  ToolInstancePlan forCreate(CreateToolInstance command) {
    Violations v = new Violations();
    ToolType type = type(command.toolTypeId(), v);
    String name = ToolInstance.validName(command.name(), v);
    LogicalName logicalName = logicalName(command.logicalName(), name, v);
    Map<String, Object> settings = Map.of();
    if (type != null) {
      // Merging into nothing drops masked echoes, managed keys (ssh_keys) and nulls.
      settings = type.settingsSchema().merge(Map.of(), command.settings());
      checkSettings(type, settings, Set.of(), v);
    }
    v.throwIfAny();
    boolean enabled = command.enabled() == null || command.enabled();
    return new ToolInstancePlan(type, name, logicalName, settings, enabled);
  }

  ToolInstancePlan forUpdate(ToolInstance current, UpdateToolInstance command) {
    Violations v = new Violations();
    String name = command.name() == null ? current.name() : ToolInstance.validName(command.name(), v);
    LogicalName logicalName =
        command.logicalName() == null ? current.logicalName() : logicalName(command.logicalName(), name, v);
    ToolType type = current.type();
    Map<String, Object> settings = current.settings();
    if (command.settings() != null) {
      settings = type.settingsSchema().merge(current.settings(), command.settings());
      checkSettings(type, settings, keyIds(current), v);
    }
    v.throwIfAny();
    boolean enabled = command.enabled() == null ? current.enabled() : command.enabled();
    return new ToolInstancePlan(type, name, logicalName, settings, enabled);
  }

  private ToolType type(Long id, Violations v) {
    if (id == null) {
      v.add("tool_type_id", "is required");
      return null;
    }
    Optional<ToolType> type = id > 0 ? types.find(new ToolTypeId(id)) : Optional.empty();
    if (type.isEmpty()) {
      v.add("tool_type_id", "unknown tool type");
    }
    return type.orElse(null);
  }

  /** {@code given} when non-empty, else the (valid) name, slugged; nothing to slug records nothing. */
  private static LogicalName logicalName(String given, String name, Violations v) {
    String input = given != null && !given.isEmpty() ? given : name;
    if (input == null) {
      return null;
    }
    try {
      return LogicalName.from(input);
    } catch (ValidationException e) {
      v.addAll(e);
      return null;
    }
  }

  private static void checkSettings(ToolType type, Map<String, Object> settings, Set<String> keyIds, Violations v) {
    SettingsValidator.forType(type.definition()).collect(settings, v);
    if (type.isSsh()) {
      SshSettingsRules.collect(settings, keyIds, v);
    }
  }

  private Set<String> keyIds(ToolInstance instance) {
    if (!instance.type().isSsh()) {
      return Set.of();
    }
    return keys.list(instance.id()).stream().map(SshKey::id).map(id -> id.value()).collect(Collectors.toSet());
  }
}
