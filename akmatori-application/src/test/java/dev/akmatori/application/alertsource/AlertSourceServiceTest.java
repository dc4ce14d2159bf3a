package dev.akmatori.application.alertsource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.settings.InMemorySettingsStore;
import dev.akmatori.application.settings.PublicBaseUrl;
import dev.akmatori.application.testing.MutableClock;
import dev.akmatori.domain.alertsource.AlertSource;
import dev.akmatori.domain.alertsource.AlertSourceChanges;
import dev.akmatori.domain.alertsource.AlertSourceDraft;
import dev.akmatori.domain.alertsource.AlertSourceId;
import dev.akmatori.domain.alertsource.AlertSourceType;
import dev.akmatori.domain.settings.GeneralSettings;
import dev.akmatori.domain.settings.GeneralSettingsChanges;
import dev.akmatori.domain.shared.NotFoundException;
import dev.akmatori.domain.shared.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AlertSourceServiceTest {
  private static final UUID FIXED = UUID.fromString("0b6f7c1e-8a59-4a39-9a1f-7a0f0d1c2b3e");

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private final InMemoryAlertSourceTypeRepository types = new InMemoryAlertSourceTypeRepository();
  private final InMemorySettingsStore<GeneralSettings> general = new InMemorySettingsStore<>(GeneralSettings.DEFAULTS);
  private final AlertSourceService service =
      new AlertSourceService(
          types,
          new InMemoryAlertSourceRepository(),
          new PublicBaseUrl(general, () -> "http://localhost:8080", clock),
          () -> FIXED,
          clock);

  private static AlertSourceDraft draft(String name, String secret) {
    return AlertSourceDraft.of("alertmanager", name, null, secret, null, null, null);
  }

  @Test
  void seedTypes_isIdempotent_andListsTheFiveById() {
    service.seedTypes();
    clock.advance(Duration.ofHours(1));
    service.seedTypes();

    assertThat(service.types()).extracting(AlertSourceType::id).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(service.types()).allSatisfy(t -> assertThat(t.updatedAt()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z")));
  }

  @Test
  void create_beforeSeeding_seedsTheTypesFirst() {
    AlertSourceView created = service.create(draft("am", ""));

    assertThat(created.source().type().name()).isEqualTo("alertmanager");
    assertThat(service.types()).hasSize(5);
  }

  @Test
  void theWebhookUrl_usesTheFallbackUntilAGeneralBaseUrlIsSet_andFollowsItsChanges() {
    AlertSourceView created = service.create(draft("am", ""));
    assertThat(created.webhookUrl()).isEqualTo("http://localhost:8080/api/webhook/alert/" + FIXED);

    general.update(g -> g.apply(GeneralSettingsChanges.of("https://aiops.example.com/")), clock.instant());

    assertThat(service.get(created.source().uuid()).webhookUrl())
        .isEqualTo("https://aiops.example.com/api/webhook/alert/" + FIXED);
    assertThat(service.list(PageRequest.ALL).items()).extracting(AlertSourceView::webhookUrl)
        .containsExactly("https://aiops.example.com/api/webhook/alert/" + FIXED);
  }

  @Test
  void aFallbackWithTrailingSlashes_losesThem() {
    AlertSourceService withSlash =
        new AlertSourceService(types, new InMemoryAlertSourceRepository(),
            new PublicBaseUrl(general, () -> "https://public.example.com//", clock), () -> FIXED, clock);

    assertThat(withSlash.create(draft("x", "")).webhookUrl()).isEqualTo("https://public.example.com/api/webhook/alert/" + FIXED);
  }

  @Test
  void update_stampsTheClock_andKeepsTheSecretOnAnEcho() {
    AlertSourceView created = service.create(draft("am", "hook-secret-42"));
    clock.advance(Duration.ofMinutes(3));

    AlertSourceView updated =
        service.update(created.source().uuid(), AlertSourceChanges.of(null, "new description", "****t-42", null, Map.of("team", "sre"), null));

    AlertSource s = updated.source();
    assertThat(s.config().webhookSecret().reveal()).isEqualTo("hook-secret-42");
    assertThat(s.config().description()).isEqualTo("new description");
    assertThat(s.config().settings()).containsOnly(Map.entry("team", "sre"));
    assertThat(s.updatedAt()).isEqualTo(created.source().createdAt().plus(Duration.ofMinutes(3)));
  }

  @Test
  void unknownSources_areNotFound() {
    AlertSourceId unknown = new AlertSourceId(UUID.randomUUID());

    assertThatThrownBy(() -> service.get(unknown)).isInstanceOf(NotFoundException.class).hasMessage("Alert source not found");
    assertThatThrownBy(() -> service.update(unknown, AlertSourceChanges.none())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> service.delete(unknown)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void theWebhookLookup_givesTheClearSecret_andNothingForUnknownOrMalformedIds() {
    service.create(draft("am", "hook-secret-42"));

    assertThat(service.findForWebhook(FIXED.toString()))
        .hasValueSatisfying(s -> assertThat(s.config().webhookSecret().reveal()).isEqualTo("hook-secret-42"));
    assertThat(service.findForWebhook(UUID.randomUUID().toString())).isEmpty();
    assertThat(service.findForWebhook("../etc/passwd")).isEmpty();
    service.delete(new AlertSourceId(FIXED));
    assertThat(service.findForWebhook(FIXED.toString())).isEmpty();
  }

  /** Two services on one store stand for two replicas on one database; the webhook lookup's clock moves by hand. */
  @Test
  void theWebhookLookup_seesItsOwnChangesAtOnce_andAnotherReplicasWithinTheCacheTtl() {
    AtomicLong nanos = new AtomicLong();
    InMemoryAlertSourceRepository store = new InMemoryAlertSourceRepository();
    PublicBaseUrl base = new PublicBaseUrl(general, () -> "http://localhost:8080", clock);
    AlertSourceService one = new AlertSourceService(types, store, base, () -> FIXED, clock, nanos::get);
    AlertSourceService two = new AlertSourceService(types, store, base, () -> FIXED, clock, nanos::get);
    AlertSourceId id = one.create(draft("am", "secret-1")).source().uuid();
    assertThat(secretSeenBy(one)).isEqualTo("secret-1");
    assertThat(secretSeenBy(two)).isEqualTo("secret-1");

    one.update(id, AlertSourceChanges.of(null, null, "secret-2", null, null, null));

    assertThat(secretSeenBy(one)).as("own change").isEqualTo("secret-2");
    assertThat(secretSeenBy(two)).as("another replica's change, inside the TTL").isEqualTo("secret-1");
    assertThat(two.findFreshForWebhook(FIXED.toString()).orElseThrow().config().webhookSecret().reveal()).isEqualTo("secret-2");
    one.update(id, AlertSourceChanges.of(null, null, "secret-3", null, null, null));
    nanos.addAndGet(WebhookSourceCache.TTL.toNanos());
    assertThat(secretSeenBy(two)).as("another replica's change, after the TTL").isEqualTo("secret-3");

    two.delete(id);
    assertThat(two.findForWebhook(FIXED.toString())).isEmpty();
  }

  @Test
  void aLookupOverlappingAnUpdate_doesNotCacheWhatItReadBefore() {
    InMemoryAlertSourceRepository store = new InMemoryAlertSourceRepository();
    AlertSourceService service =
        new AlertSourceService(types, store, new PublicBaseUrl(general, () -> "http://localhost:8080", clock), () -> FIXED, clock, () -> 0L);
    AlertSourceId id = service.create(draft("am", "old")).source().uuid();
    WebhookSourceCache cache = new WebhookSourceCache(() -> 0L);

    cache.get(id, uuid -> {
      AlertSource before = store.find(uuid).orElseThrow();
      cache.evict(uuid); // an update committed and evicted while this read was under way
      return java.util.Optional.of(before);
    });

    assertThat(cache.get(id, uuid -> java.util.Optional.empty())).as("nothing was kept, so this loads again").isEmpty();
  }

  private static String secretSeenBy(AlertSourceService service) {
    return service.findForWebhook(FIXED.toString()).orElseThrow().config().webhookSecret().reveal();
  }
}
