package dev.akmatori.application.tool;

import dev.akmatori.domain.tool.ToolType;
import dev.akmatori.domain.tool.ToolTypeDefinition;
import dev.akmatori.domain.tool.ToolTypeId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stored tool types (contract §3.4.1). Implementations are thread-safe and shared by replicas;
 * failures of the store itself surface as unchecked exceptions and are not retried here.
 */
public interface ToolTypeRepository {
  /** Every type ordered by id. */
  List<ToolType> list();

  Optional<ToolType> find(ToolTypeId id);

  /** The type of exactly this name. */
  Optional<ToolType> findByName(String name);

  /**
   * Makes the stored built-in types match {@code definitions}: a type missing by name is added (in
   * list order, so an empty store numbers them 1, 2, …); an existing one gets its description,
   * schema and operations replaced, and {@code updated_at = now} only when one of them changed.
   * Never creates duplicates, and is safe when several processes run it at the same time.
   */
  void refreshBuiltins(List<ToolTypeDefinition> definitions, Instant now);
}
