package dev.akmatori.application.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.incident.InMemoryIncidents;
import dev.akmatori.application.investigation.testing.FixedActiveModelSettings;
import dev.akmatori.application.investigation.testing.ScriptedChatModel;
import dev.akmatori.application.model.CallLimits;
import dev.akmatori.application.model.ChatMessage;
import dev.akmatori.application.model.ChatRequest;
import dev.akmatori.application.model.ChatResponse;
import dev.akmatori.application.model.ChatResponse.StopReason;
import dev.akmatori.application.model.ModelCallException;
import dev.akmatori.application.model.TokenUsage;
import dev.akmatori.application.testing.MutableClock;
import dev.akmatori.domain.incident.EventType;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentEvent;
import dev.akmatori.domain.incident.IncidentStatus;
import dev.akmatori.domain.incident.IncidentTask;
import dev.akmatori.domain.settings.LlmProvider;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The optional model title of contract §5.2 over a scripted model and the in-memory stores. */
class ModelTitlesTest {
  private static final Instant NOW = Instant.parse("2026-05-06T09:30:12.481Z");
  private static final String TASK = "Alert: disk full on web-1\nThe /var partition has been at 100% since 09:00.";
  private static final Duration WAIT = Duration.ofSeconds(20);

  private final InMemoryIncidents store = new InMemoryIncidents();
  private final InMemoryIncidentWorkspace workspace = new InMemoryIncidentWorkspace();
  private final MutableClock clock = new MutableClock(NOW);
  private final ScriptedChatModel model = new ScriptedChatModel();
  private FixedActiveModelSettings settings = FixedActiveModelSettings.configured("sk-title-test-key-000001");
  private ModelTitles titles;

  @AfterEach
  void closeTitles() {
    if (titles != null) {
      titles.close();
    }
  }

  /** Titles run on the creating thread here, so every outcome is stored when {@code create} returns. */
  private CreateIncident inline(boolean enabled) {
    titles = new ModelTitles(settings, model, store.repository, clock, ModelTitles.Settings.of(enabled), Runnable::run);
    return creating(titles);
  }

  /** Titles on their real pool of daemon threads. */
  private CreateIncident pooled() {
    titles = new ModelTitles(settings, model, store.repository, clock, ModelTitles.Settings.of(true));
    return creating(titles);
  }

  private CreateIncident creating(IncidentTitles with) {
    return new CreateIncident(store.repository, workspace, () -> "Be thorough.", () -> { }, clock, UUID::randomUUID, with);
  }

  private Incident stored(Incident incident) {
    return store.repository.find(incident.uuid()).orElseThrow();
  }

  private static ChatResponse answer(String text, StopReason stop, TokenUsage usage) {
    return new ChatResponse(text, List.of(), "", usage, stop, List.of());
  }

  @Test
  void aUsableAnswer_replacesTheFallbackTitle_andAddsTheCallsTokens_withoutAStepOrAnEvent() {
    model.thenRespond(ScriptedChatModel.answer("\"Disk full on web-1: /var at 100%\"", new TokenUsage(60, 9)));

    Incident created = inline(true).create(new IncidentTask(TASK), Map.of());

    assertThat(created.title()).isEqualTo("disk full on web-1");
    Incident incident = stored(created);
    assertThat(incident.title()).isEqualTo("Disk full on web-1: /var at 100%");
    assertThat(incident.tokensUsed()).isEqualTo(69);
    assertThat(incident.steps()).isZero();
    assertThat(incident.status()).isEqualTo(IncidentStatus.PENDING);
    assertThat(store.events.read(incident.uuid(), 0, 10)).extracting(IncidentEvent::type).containsExactly(EventType.STATUS);
  }

  @Test
  void theCall_isOneAttemptOf30Seconds_for50TokensWithoutFunctions_onTheActiveEndpoint() {
    model.thenAnswer("Disk full on web-1");

    inline(true).create(new IncidentTask(TASK), Map.of());

    assertThat(model.limits()).containsExactly(CallLimits.singleAttempt(Duration.ofSeconds(30)));
    assertThat(model.endpoints()).containsExactly(settings.active().endpoint());
    ChatRequest request = model.requests().get(0);
    assertThat(request.functions()).isEmpty();
    assertThat(request.maxOutputTokens()).isEqualTo(50);
    assertThat(request.systemPrompt()).contains("title").contains("at most 80 characters").contains("sentence case");
    assertThat(request.messages()).extracting(ChatMessage::role).containsExactly(ChatMessage.Role.USER);
    assertThat(request.messages().get(0).text()).endsWith(TASK.strip());
  }

  @Test
  void aHugeTask_sendsOnlyItsFirst4000Characters() {
    model.thenAnswer("Log flood on web-1");

    inline(true).create(new IncidentTask("x".repeat(10_000)), Map.of());

    String sent = model.requests().get(0).messages().get(0).text();
    assertThat(sent).endsWith("\n\n" + "x".repeat(4_000));
  }

  @Test
  void anAlertOrIncidentPrefix_andQuotes_areStripped() {
    model.thenAnswer("Incident: \u201CPayments API returns 502 for EU customers\u201D");
    model.thenAnswer("'Alert: High CPU on db-2'");

    Incident first = inline(true).create(new IncidentTask("payments are failing in the EU"), Map.of());
    Incident second = creating(titles).create(new IncidentTask("db-2 cpu is pegged at 100%"), Map.of());

    assertThat(stored(first).title()).isEqualTo("Payments API returns 502 for EU customers");
    assertThat(stored(second).title()).isEqualTo("High CPU on db-2");
  }

  @Test
  void aFailedCall_keepsTheFallbackTitle_andAddsNoTokens() {
    model.thenFail(new ModelCallException(0, "network error InterruptedIOException: timeout", null));
    model.thenFail(new ModelCallException(429, "Rate limit reached", null));
    model.then((request, cancellation) -> {
      throw new IllegalArgumentException("custom: base_url is required");
    });

    CreateIncident create = inline(true);
    List<Incident> incidents =
        List.of(
            create.create(new IncidentTask(TASK), Map.of()),
            create.create(new IncidentTask(TASK), Map.of()),
            create.create(new IncidentTask(TASK), Map.of()));

    assertThat(model.requests()).hasSize(3);
    for (Incident incident : incidents) {
      assertThat(stored(incident).title()).isEqualTo("disk full on web-1");
      assertThat(stored(incident).tokensUsed()).isZero();
    }
  }

  @Test
  void anUnusableAnswer_keepsTheFallbackTitle_butItsTokensCount() {
    model.thenRespond(answer("  \n ", StopReason.END_TURN, new TokenUsage(50, 1)));
    model.thenRespond(answer("A".repeat(81), StopReason.END_TURN, new TokenUsage(50, 30)));
    model.thenRespond(answer("Disk full on web-1 because the", StopReason.MAX_TOKENS, new TokenUsage(50, 50)));
    model.thenRespond(answer("", StopReason.CONTENT_FILTER, new TokenUsage(50, 0)));

    CreateIncident create = inline(true);
    List<Long> tokens = List.of(51L, 80L, 100L, 50L);
    for (long expected : tokens) {
      Incident incident = stored(create.create(new IncidentTask(TASK), Map.of()));
      assertThat(incident.title()).isEqualTo("disk full on web-1");
      assertThat(incident.tokensUsed()).isEqualTo(expected);
      assertThat(incident.steps()).isZero();
    }
  }

  @Test
  void disabled_neverCallsTheModel() {
    Incident incident = inline(false).create(new IncidentTask(TASK), Map.of());

    assertThat(model.requests()).isEmpty();
    assertThat(stored(incident).title()).isEqualTo("disk full on web-1");
  }

  @Test
  void aSourceTextUnderTenCharacters_isNotSent_tenAre() {
    model.thenAnswer("Disk full on web-1");
    CreateIncident create = inline(true);

    Incident nine = create.create(new IncidentTask("Disk full"), Map.of());
    create.create(new IncidentTask("   short  \n\n  "), Map.of());
    assertThat(model.requests()).isEmpty();

    Incident ten = create.create(new IncidentTask("Disk full!"), Map.of());
    assertThat(model.requests()).hasSize(1);
    assertThat(stored(nine).title()).isEqualTo("Disk full");
    assertThat(stored(ten).title()).isEqualTo("Disk full on web-1");
  }

  @Test
  void anUnconfiguredProvider_neverCallsTheModel() {
    settings = FixedActiveModelSettings.notConfigured(LlmProvider.ANTHROPIC);

    Incident incident = inline(true).create(new IncidentTask(TASK), Map.of());

    assertThat(model.endpoints()).isEmpty();
    assertThat(model.requests()).isEmpty();
    assertThat(stored(incident).title()).isEqualTo("disk full on web-1");
  }

  @Test
  void aSlowModel_delaysNeitherCreationNorTheInvestigation_andItsTitleLandsAfterTheRunEnded() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    model.then((request, cancellation) -> {
      started.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return ScriptedChatModel.answer("Disk full on web-1", new TokenUsage(30, 5));
    });

    Incident created = pooled().create(new IncidentTask(TASK), Map.of());
    // create returned while the model call is still blocked.
    assertThat(started.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
    assertThat(stored(created).title()).isEqualTo("disk full on web-1");

    // The investigation runs and ends meanwhile, adding its own usage.
    assertThat(store.queue.claimNext("worker", NOW.plusSeconds(30), NOW)).isPresent();
    store.repository.addUsage(created.uuid(), 2, 300, NOW);
    assertThat(store.queue.finish(created.uuid(), "worker", RunEnding.completed("Rotated the logs.", 900), NOW)).isTrue();
    release.countDown();

    Eventually.until("the model title lands", WAIT, () -> stored(created).title().equals("Disk full on web-1"));
    Incident incident = stored(created);
    assertThat(incident.status()).isEqualTo(IncidentStatus.COMPLETED);
    assertThat(incident.tokensUsed()).isEqualTo(335);
    assertThat(incident.steps()).isEqualTo(2);
    assertThat(incident.response()).isEqualTo("Rotated the logs.");
  }

  @Test
  void close_cancelsACallInFlight_andTheFallbackTitleStays() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    model.thenBlockUntilCancelled(started);

    Incident created = pooled().create(new IncidentTask(TASK), Map.of());
    assertThat(started.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
    titles.close();

    assertThat(stored(created).title()).isEqualTo("disk full on web-1");
    assertThat(stored(created).tokensUsed()).isZero();
    // Closed: later incidents are not sent.
    creating(titles).create(new IncidentTask(TASK), Map.of());
    assertThat(model.requests()).hasSize(1);
  }
}
