package dev.akmatori.application.connector;

import dev.akmatori.application.mcp.McpServerRepository;
import dev.akmatori.application.secret.SecretCipher;
import dev.akmatori.application.tool.ToolTypeRepository;
import dev.akmatori.domain.connector.HttpConnector;
import dev.akmatori.domain.connector.HttpConnectorId;
import dev.akmatori.domain.connector.HttpConnectorInput;
import dev.akmatori.domain.connector.HttpConnectorSpec;
import dev.akmatori.domain.shared.NotFoundException;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import dev.akmatori.domain.tool.SettingsSchema;
import dev.akmatori.domain.tool.ToolType;
import java.time.Clock;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * HTTP connector CRUD: validates, checks the one case-insensitive namespace shared with built-in
 * types, MCP prefixes and other tool types, keeps the registered tool type in step (re-sealing the
 * instances' secrets when the type's secret settings change) and tells {@link ConnectorChanges}.
 */
public final class HttpConnectorService implements ManageHttpConnectors {
  private final HttpConnectorRepository connectors;
  private final ToolTypeRepository types;
  private final NamespaceRules namespace;
  private final SecretCipher cipher;
  private final ConnectorChanges changes;
  private final Clock clock;

  public HttpConnectorService(
      HttpConnectorRepository connectors,
      ToolTypeRepository types,
      McpServerRepository mcpServers,
      SecretCipher cipher,
      ConnectorChanges changes,
      Clock clock) {
    this.connectors = connectors;
    this.types = types;
    this.namespace = new NamespaceRules(connectors, types, mcpServers);
    this.cipher = cipher;
    this.changes = changes;
    this.clock = clock;
  }

  @Override
  public Page<HttpConnector> list(PageRequest page) {
    return connectors.list(page);
  }

  @Override
  public HttpConnector get(HttpConnectorId id) {
    return connectors.find(id).orElseThrow(HttpConnectorService::notFound);
  }

  @Override
  public HttpConnector create(HttpConnectorInput input) {
    HttpConnectorSpec spec = input.toNewSpec();
    namespace.check(spec, null);
    HttpConnector created = connectors.create(spec, clock.instant());
    changes.created(created);
    return created;
  }

  @Override
  public HttpConnector update(HttpConnectorId id, HttpConnectorInput input) {
    HttpConnector current = get(id);
    HttpConnectorSpec spec = input.applyTo(current.spec());
    namespace.check(spec, current);
    UnaryOperator<Map<String, Object>> reseal = reseal(storedSchema(current), spec.toolType().settingsSchema());
    HttpConnector updated =
        connectors.update(id, spec, reseal, clock.instant()).orElseThrow(HttpConnectorService::notFound);
    changes.updated(updated);
    return updated;
  }

  @Override
  public void delete(HttpConnectorId id) {
    HttpConnector current = get(id);
    if (!connectors.delete(id)) {
      throw notFound();
    }
    changes.deleted(current);
  }

  /** How the instances' secrets were sealed: by the stored type's schema. */
  private SettingsSchema storedSchema(HttpConnector connector) {
    return types.find(connector.toolTypeId())
        .map(ToolType::settingsSchema)
        .orElseGet(() -> connector.spec().toolType().settingsSchema());
  }

  /**
   * Stored instance settings are sealed by the secret marks of the type's schema (ADR 5); when an
   * update changes which settings are secret, each instance is opened by the old marks and sealed
   * by the new ones, so former secrets become plain and new ones are encrypted.
   */
  private UnaryOperator<Map<String, Object>> reseal(SettingsSchema before, SettingsSchema after) {
    if (before.secretPaths().equals(after.secretPaths())) {
      return UnaryOperator.identity();
    }
    return sealed -> after.transformSecrets(before.transformSecrets(sealed, cipher::decrypt), cipher::encrypt);
  }

  private static NotFoundException notFound() {
    return new NotFoundException(NOT_FOUND);
  }
}
