package dev.akmatori.application.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SettingsRepository} must do; run against the fake, H2 and PostgreSQL. */
public abstract class SettingsRepositoryContract {
  private SettingsRepository repository;

  protected abstract SettingsRepository newRepository();

  @BeforeEach
  void setUpRepository() {
    repository = newRepository();
  }

  @Test
  void save_thenFind_andOverwrite() {
    assertThat(repository.find("k")).isEmpty();
    repository.save("k", "v1");
    repository.save("k", "v2");
    assertThat(repository.find("k")).contains("v2");
  }

  @Test
  void saveIfAbsent_keepsTheFirstValue() {
    assertThat(repository.saveIfAbsent("k", "first")).isEqualTo("first");
    assertThat(repository.saveIfAbsent("k", "second")).isEqualTo("first");
    assertThat(repository.find("k")).contains("first");
  }

  @Test
  void values_mayBeLargeText() {
    String big = "{\"x\":\"" + "y".repeat(200_000) + "\"}";
    repository.save("doc", big);
    assertThat(repository.find("doc")).contains(big);
  }
}
