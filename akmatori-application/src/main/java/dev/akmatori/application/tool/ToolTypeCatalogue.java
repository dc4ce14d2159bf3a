package dev.akmatori.application.tool;

import dev.akmatori.domain.tool.BuiltinToolTypes;
import dev.akmatori.domain.tool.ToolType;
import java.time.Clock;
import java.util.List;

/** The tool types (contract §3.4.1): built-in ones seeded at startup, all of them listed. */
public final class ToolTypeCatalogue {
  private final ToolTypeRepository types;
  private final Clock clock;

  public ToolTypeCatalogue(ToolTypeRepository types, Clock clock) {
    this.types = types;
    this.clock = clock;
  }

  /**
   * Stores the ten built-in types in contract order (ids 1–10 on a fresh database) or refreshes
   * their description, schema and operations; idempotent and safe for replicas starting together.
   */
  public void seedBuiltins() {
    types.refreshBuiltins(BuiltinToolTypes.ALL, clock.instant());
  }

  /** Every type ordered by id. */
  public List<ToolType> list() {
    return types.list();
  }
}
