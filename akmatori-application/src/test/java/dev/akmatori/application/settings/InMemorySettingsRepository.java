package dev.akmatori.application.settings;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The in-memory fake of {@link SettingsRepository}. */
public final class InMemorySettingsRepository implements SettingsRepository {
  private final Map<String, String> values = new ConcurrentHashMap<>();

  @Override
  public Optional<String> find(String key) {
    return Optional.ofNullable(values.get(key));
  }

  @Override
  public void save(String key, String value) {
    values.put(key, value);
  }

  @Override
  public String saveIfAbsent(String key, String value) {
    String previous = values.putIfAbsent(key, value);
    return previous == null ? value : previous;
  }
}
