package dev.akmatori.application.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.domain.auth.ApiKey;
import dev.akmatori.domain.auth.ApiKeyId;
import dev.akmatori.domain.auth.ApiKeyName;
import dev.akmatori.domain.shared.ConflictException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ApiKeyRepository} must do; run against the fake, H2 and PostgreSQL. */
public abstract class ApiKeyRepositoryContract {
  private static final Instant T0 = Instant.parse("2026-05-06T09:30:12Z");
  private ApiKeyRepository repository;

  protected abstract ApiKeyRepository newRepository();

  @BeforeEach
  void setUpRepository() {
    repository = newRepository();
  }

  @Test
  void create_storesHashAndPrefix_enabled_neverUsed() {
    ApiKey key = repository.create(new ApiKeyName("ci"), "akm_abcd", "ab".repeat(32), T0);

    assertThat(key.enabled()).isTrue();
    assertThat(key.lastUsedAt()).isNull();
    assertThat(key.createdAt()).isEqualTo(T0);
    assertThat(repository.findByHash("ab".repeat(32))).contains(key);
    assertThat(repository.find(key.id())).contains(key);
  }

  @Test
  void create_duplicateName_isConflictWithTheContractMessage() {
    repository.create(new ApiKeyName("ci"), "akm_1111", "11".repeat(32), T0);

    assertThatThrownBy(() -> repository.create(new ApiKeyName("ci"), "akm_2222", "22".repeat(32), T0))
        .isInstanceOf(ConflictException.class)
        .hasMessage("API key with name 'ci' already exists");
    assertThat(repository.list()).hasSize(1);
  }

  @Test
  void update_renamesAndDisables_partially() {
    ApiKey key = repository.create(new ApiKeyName("a"), "akm_1111", "11".repeat(32), T0);

    ApiKey disabled = repository.update(key.id(), Optional.empty(), Optional.of(false)).orElseThrow();
    ApiKey renamed = repository.update(key.id(), Optional.of(new ApiKeyName("b")), Optional.empty()).orElseThrow();

    assertThat(disabled.enabled()).isFalse();
    assertThat(disabled.name()).isEqualTo("a");
    assertThat(renamed.name()).isEqualTo("b");
    assertThat(renamed.enabled()).isFalse();
  }

  @Test
  void update_toTakenName_isConflict_andChangesNothing() {
    repository.create(new ApiKeyName("a"), "akm_1111", "11".repeat(32), T0);
    ApiKey b = repository.create(new ApiKeyName("b"), "akm_2222", "22".repeat(32), T0);

    assertThatThrownBy(() -> repository.update(b.id(), Optional.of(new ApiKeyName("a")), Optional.of(false)))
        .isInstanceOf(ConflictException.class)
        .hasMessage("API key with name 'a' already exists");
    assertThat(repository.find(b.id())).contains(b);
  }

  @Test
  void update_unknown_isEmpty_deleteUnknown_isFalse() {
    assertThat(repository.update(new ApiKeyId(99), Optional.empty(), Optional.of(true))).isEmpty();
    assertThat(repository.delete(new ApiKeyId(99))).isFalse();
  }

  @Test
  void list_isOrderedById_andRecordUseSetsLastUsed() {
    ApiKey first = repository.create(new ApiKeyName("z"), "akm_1111", "11".repeat(32), T0);
    ApiKey second = repository.create(new ApiKeyName("a"), "akm_2222", "22".repeat(32), T0);
    Instant used = T0.plusSeconds(90);

    repository.recordUse(first.id(), used);

    assertThat(repository.list()).extracting(ApiKey::id).containsExactly(first.id(), second.id());
    assertThat(repository.find(first.id()).orElseThrow().lastUsedAt()).isEqualTo(used);
  }

  @Test
  void delete_removesTheKey() {
    ApiKey key = repository.create(new ApiKeyName("a"), "akm_1111", "11".repeat(32), T0);

    assertThat(repository.delete(key.id())).isTrue();
    assertThat(repository.findByHash("11".repeat(32))).isEmpty();
  }
}
