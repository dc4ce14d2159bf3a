package dev.akmatori.application.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.testing.MutableClock;
import dev.akmatori.domain.auth.ApiKey;
import dev.akmatori.domain.auth.ApiKeyId;
import dev.akmatori.domain.auth.ApiKeyName;
import dev.akmatori.domain.shared.NotFoundException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiKeyServiceTest {
  private final InMemoryApiKeyRepository repository = new InMemoryApiKeyRepository();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private final ApiKeyService service = new ApiKeyService(repository, new SecureRandom(), clock);

  @Test
  void create_storesOnlyTheHash_andTheKeyAuthenticates() {
    ManageApiKeys.CreatedApiKey created = service.create(new ApiKeyName("prometheus"));
    String clear = created.rawKey().reveal();

    assertThat(created.apiKey().keyHash()).doesNotContain(clear).hasSize(64);
    assertThat(created.apiKey().prefix()).isEqualTo(clear.substring(0, 8));
    assertThat(service.authenticate(clear)).map(ApiKey::name).contains("prometheus");
    assertThat(service.authenticate(clear + "x")).isEmpty();
    assertThat(service.authenticate("")).isEmpty();
  }

  @Test
  void disabledKey_authenticatesNothing() {
    ManageApiKeys.CreatedApiKey created = service.create(new ApiKeyName("ci"));
    service.update(created.apiKey().id(), Optional.empty(), Optional.of(false));

    assertThat(service.authenticate(created.rawKey().reveal())).isEmpty();
  }

  @Test
  void lastUsedAt_isWrittenAtMostOncePerMinute() {
    ManageApiKeys.CreatedApiKey created = service.create(new ApiKeyName("ci"));
    String clear = created.rawKey().reveal();
    Instant first = clock.instant();

    service.authenticate(clear);
    clock.advance(Duration.ofSeconds(30));
    service.authenticate(clear);
    assertThat(service.get(created.apiKey().id()).lastUsedAt()).isEqualTo(first);

    clock.advance(Duration.ofSeconds(31));
    service.authenticate(clear);
    assertThat(service.get(created.apiKey().id()).lastUsedAt()).isEqualTo(first.plusSeconds(61));
  }

  @Test
  void unknownIds_areNotFoundWithTheContractMessage() {
    ApiKeyId unknown = new ApiKeyId(77);
    assertThatThrownBy(() -> service.get(unknown)).isInstanceOf(NotFoundException.class).hasMessage("API key not found");
    assertThatThrownBy(() -> service.delete(unknown)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> service.update(unknown, Optional.empty(), Optional.of(true)))
        .isInstanceOf(NotFoundException.class);
  }
}
