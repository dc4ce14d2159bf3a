package dev.akmatori.adapter.http.tool;

import dev.akmatori.application.tool.ToolInstanceDetails;
import dev.akmatori.domain.tool.ToolInstance;
import dev.akmatori.domain.tool.ToolType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ToolInstance shape of contract §3.4.2. Settings are masked here, the one place they are
 * rendered; for {@code ssh} they also carry {@code ssh_keys} from the key store.
 */
public record ToolInstanceResponse(
    long id,
    long toolTypeId,
    String name,
    String logicalName,
    Map<String, Object> settings,
    boolean enabled,
    TypeSummary toolType,
    Instant createdAt,
    Instant updatedAt) {

  public static ToolInstanceResponse from(ToolInstanceDetails details) {
    ToolInstance instance = details.instance();
    Map<String, Object> settings = new LinkedHashMap<>();
    if (instance.type().isSsh()) {
      settings.put("ssh_keys", details.sshKeys().stream().map(SshKeyResponse::from).toList());
    }
    settings.putAll(instance.maskedSettings());
    return new ToolInstanceResponse(
        instance.id().value(),
        instance.type().id().value(),
        instance.name(),
        instance.logicalName().value(),
        settings,
        instance.enabled(),
        TypeSummary.from(instance.type()),
        instance.createdAt(),
        instance.updatedAt());
  }

  /** {@code {"id", "name", "kind", "description"}}. */
  public record TypeSummary(long id, String name, String kind, String description) {
    static TypeSummary from(ToolType type) {
      return new TypeSummary(type.id().value(), type.name(), type.kind().wireName(), type.description());
    }
  }
}
