package dev.akmatori.application.investigation.tool;

import java.util.List;

/**
 * The tool instances an investigation may use (contract §5.4): enabled instances assigned to at
 * least one enabled skill ({@code incident-manager} included) whose HTTP connector, for connector
 * types, is enabled. Implemented by the tools and skills features over their repositories and the
 * secret cipher.
 */
public interface ToolAllowlist {
  /**
   * The allowed instances ordered by id, each once, with decrypted settings. Read fresh on every
   * call: the gateway calls it at each tool call, so credentials are read at call time.
   *
   * @throws RuntimeException (unchecked) when the store or the cipher fails; the call then gets an
   *     error result
   */
  List<AllowedInstance> allowedInstances();
}
