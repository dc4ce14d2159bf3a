package dev.akmatori.application.settings;

import dev.akmatori.domain.settings.LlmConfiguration;
import dev.akmatori.domain.settings.LlmProvider;
import dev.akmatori.domain.settings.LlmProviderSettings;
import dev.akmatori.domain.settings.StoredSettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The in-memory fake of {@link LlmSettingsStore}: rows 1–5 in provider order, OpenAI active first. */
public final class InMemoryLlmSettingsStore implements LlmSettingsStore {
  private List<StoredSettings<LlmProviderSettings>> rows;
  private LlmProvider active = LlmProvider.OPENAI;

  @Override
  public synchronized LlmConfiguration load(Instant now) {
    if (rows == null) {
      rows = new ArrayList<>();
      for (LlmProvider p : LlmProvider.values()) {
        rows.add(new StoredSettings<>(p.ordinal() + 1L, LlmProviderSettings.defaults(p), now, now));
      }
    }
    return new LlmConfiguration(active, rows);
  }

  @Override
  public synchronized LlmConfiguration update(
      LlmProvider provider, UnaryOperator<LlmProviderSettings> change, Instant now) {
    StoredSettings<LlmProviderSettings> old = load(now).provider(provider);
    rows.set(provider.ordinal(), new StoredSettings<>(old.id(), change.apply(old.value()), old.createdAt(), now));
    active = provider;
    return load(now);
  }
}
