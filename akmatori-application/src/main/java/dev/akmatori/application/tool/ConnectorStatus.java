package dev.akmatori.application.tool;

/**
 * Whether an HTTP connector is enabled, for the tool allowlist (contract §5.4: instances of a
 * connector's type are usable only while the connector is enabled). The connectors feature
 * implements it; until then {@link #ALL_ENABLED} stands in. Thread-safe; read fresh on each call.
 */
@FunctionalInterface
public interface ConnectorStatus {
  /** Every connector counts as enabled (no connectors feature wired yet). */
  ConnectorStatus ALL_ENABLED = connectorId -> true;

  /** True when the connector with this id exists and is enabled. Store failures are unchecked. */
  boolean isEnabled(long connectorId);
}
