package dev.akmatori.domain.settings;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every provider's stored configuration and which one is active (contract §3.10.3): exactly one
 * row per provider, listed in {@link LlmProvider} order.
 */
public record LlmConfiguration(LlmProvider active, List<StoredSettings<LlmProviderSettings>> providers) {
  public LlmConfiguration {
    Objects.requireNonNull(active, "active");
    Map<LlmProvider, StoredSettings<LlmProviderSettings>> byProvider = new EnumMap<>(LlmProvider.class);
    for (StoredSettings<LlmProviderSettings> row : providers) {
      if (byProvider.put(row.value().provider(), row) != null) {
        throw new IllegalArgumentException("two rows for " + row.value().provider());
      }
    }
    if (byProvider.size() != LlmProvider.values().length) {
      throw new IllegalArgumentException("every provider needs one row: " + byProvider.keySet());
    }
    providers = List.copyOf(byProvider.values());
  }

  /** The active provider's row. */
  public StoredSettings<LlmProviderSettings> activeSettings() {
    return provider(active);
  }

  public StoredSettings<LlmProviderSettings> provider(LlmProvider provider) {
    return providers.get(provider.ordinal());
  }
}
