package dev.akmatori.application.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.investigation.ExpiredLease;
import dev.akmatori.application.investigation.InvestigationQueue;
import dev.akmatori.application.investigation.InvestigationQueue.Renewal;
import dev.akmatori.application.investigation.RunEnding;
import dev.akmatori.domain.incident.EventType;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentEvent;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.incident.IncidentStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link InvestigationQueue} does: claims in order, leases, endings, recovery, cancellation. */
public abstract class InvestigationQueueContract {
  protected static final Instant T0 = Instant.parse("2026-05-06T09:30:12.481Z");
  private static final Instant LEASE = T0.plusSeconds(30);

  private IncidentStores stores;
  private InvestigationQueue queue;

  protected abstract IncidentStores newStores();

  @BeforeEach
  void setUpStores() {
    stores = newStores();
    queue = stores.queue();
  }

  private Incident find(Incident i) {
    return stores.incidents().find(i.uuid()).orElseThrow();
  }

  private List<Map<String, Object>> statusEvents(Incident i) {
    return stores.events().read(i.uuid(), 0, 100).stream().filter(e -> e.type() == EventType.STATUS).map(IncidentEvent::data).toList();
  }

  @Test
  void claimNext_onAnEmptyQueue_isEmpty() {
    assertThat(queue.claimNext("a", LEASE, T0)).isEmpty();
    assertThat(queue.failNext("x", T0)).isEmpty();
  }

  @Test
  void claims_goInCreationOrder_andMarkTheIncidentRunning() {
    Incident later = stores.create("later", T0.plusSeconds(5));
    Incident first = stores.create("first", T0);
    Incident tie = stores.create("tie", T0.plusSeconds(5));

    Incident claimed = queue.claimNext("owner-a", LEASE, T0.plusSeconds(10)).orElseThrow();

    assertThat(claimed.uuid()).isEqualTo(first.uuid());
    assertThat(claimed.status()).isEqualTo(IncidentStatus.RUNNING);
    assertThat(claimed.sessionId()).isEqualTo(first.uuid().toString());
    assertThat(find(first)).isEqualTo(claimed);
    assertThat(queue.claimNext("owner-b", LEASE, T0).orElseThrow().uuid()).isEqualTo(later.uuid());
    assertThat(queue.claimNext("owner-b", LEASE, T0).orElseThrow().uuid()).isEqualTo(tie.uuid());
    assertThat(queue.claimNext("owner-b", LEASE, T0)).isEmpty();
    assertThat(statusEvents(first)).extracting(d -> d.get("status"), d -> d.get("previous_status"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("pending", null), org.assertj.core.groups.Tuple.tuple("running", "pending"));
  }

  @Test
  void claimBatch_takesUpToMaxInCreationOrder_eachWithItsRunningEvent() {
    Incident third = stores.create("third", T0.plusSeconds(3));
    Incident first = stores.create("first", T0);
    Incident second = stores.create("second", T0.plusSeconds(1));
    Incident fourth = stores.create("fourth", T0.plusSeconds(4));

    List<Incident> claimed = queue.claimBatch("owner-a", 3, LEASE, T0.plusSeconds(10));

    assertThat(claimed).extracting(Incident::uuid).containsExactly(first.uuid(), second.uuid(), third.uuid());
    for (Incident c : claimed) {
      assertThat(c.status()).isEqualTo(IncidentStatus.RUNNING);
      assertThat(c.sessionId()).isEqualTo(c.uuid().toString());
      assertThat(find(c)).isEqualTo(c);
      assertThat(statusEvents(c)).extracting(d -> d.get("status"), d -> d.get("previous_status"))
          .containsExactly(org.assertj.core.groups.Tuple.tuple("pending", null), org.assertj.core.groups.Tuple.tuple("running", "pending"));
      assertThat(stores.events().read(c.uuid(), 0, 100)).extracting(IncidentEvent::id).containsExactly(1L, 2L);
    }
    assertThat(queue.claimBatch("owner-b", 5, LEASE, T0)).extracting(Incident::uuid).containsExactly(fourth.uuid());
    assertThat(queue.claimBatch("owner-b", 5, LEASE, T0)).isEmpty();
    assertThat(find(fourth).status()).isEqualTo(IncidentStatus.RUNNING);
  }

  @Test
  void concurrentBatchClaims_neverShareAnIncident() throws Exception {
    assertClaimersNeverShare("b", 30, 3, owner -> queue.claimBatch(owner, 4, LEASE, T0));
  }

  @Test
  void concurrentClaims_neverShareAnIncident() throws Exception {
    assertClaimersNeverShare("i", 12, 4, owner -> queue.claimNext(owner, LEASE, T0).stream().toList());
  }

  /**
   * {@code claimers} threads start together and call {@code claim} until it comes back empty; every
   * one of {@code incidents} pending incidents must be claimed exactly once.
   */
  private void assertClaimersNeverShare(
      String prefix, int incidents, int claimers, Function<String, List<Incident>> claim) throws Exception {
    for (int i = 0; i < incidents; i++) {
      stores.create(prefix + i, T0.plusMillis(i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(claimers);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<IncidentId>>> futures = new ArrayList<>();
      for (int t = 0; t < claimers; t++) {
        String owner = "owner-" + t;
        futures.add(pool.submit(() -> {
          start.await();
          List<IncidentId> mine = new ArrayList<>();
          for (List<Incident> c = claim.apply(owner); !c.isEmpty(); c = claim.apply(owner)) {
            c.forEach(i -> mine.add(i.uuid()));
          }
          return mine;
        }));
      }
      start.countDown();
      List<IncidentId> all = new ArrayList<>();
      for (Future<List<IncidentId>> f : futures) {
        all.addAll(f.get());
      }
      assertThat(all).hasSize(incidents).doesNotHaveDuplicates();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void renew_isHeldOnlyByTheOwner_storesTheLiveTime_andReportsACancelRequest() {
    Incident incident = stores.create("renew", T0);
    queue.claimNext("me", LEASE, T0);

    assertThat(queue.renew(incident.uuid(), "me", LEASE.plusSeconds(5), 1500, T0.plusSeconds(2))).isEqualTo(Renewal.HELD);
    assertThat(find(incident).executionTimeMs()).isEqualTo(1500);
    assertThat(queue.renew(incident.uuid(), "someone-else", LEASE, 1, T0)).isEqualTo(Renewal.LOST);
    assertThat(queue.requestCancel(incident.uuid(), T0)).isTrue();
    assertThat(queue.renew(incident.uuid(), "me", LEASE, 1600, T0)).isEqualTo(Renewal.CANCEL_REQUESTED);
    assertThat(find(incident).status()).isEqualTo(IncidentStatus.RUNNING);
  }

  @Test
  void renewAll_renewsEachLeaseOfTheOwner_reportsLostAndCancelled_andStoresEachLiveTime() {
    Incident held = stores.create("held", T0);
    Incident cancelling = stores.create("cancelling", T0.plusMillis(1));
    Incident foreign = stores.create("foreign", T0.plusMillis(2));
    queue.claimNext("me", LEASE, T0);
    queue.claimNext("me", LEASE, T0);
    queue.claimNext("other", LEASE, T0);
    IncidentId unknown = new IncidentId(java.util.UUID.randomUUID());
    assertThat(queue.requestCancel(cancelling.uuid(), T0)).isTrue();

    Map<IncidentId, Renewal> renewals = queue.renewAll("me", List.of(
        new InvestigationQueue.LeaseRenewal(held.uuid(), 1500),
        new InvestigationQueue.LeaseRenewal(cancelling.uuid(), 2500),
        new InvestigationQueue.LeaseRenewal(foreign.uuid(), 3500),
        new InvestigationQueue.LeaseRenewal(unknown, 1)), LEASE.plusSeconds(5), T0.plusSeconds(2));

    assertThat(renewals).containsExactlyInAnyOrderEntriesOf(Map.of(
        held.uuid(), Renewal.HELD, cancelling.uuid(), Renewal.CANCEL_REQUESTED, foreign.uuid(), Renewal.LOST, unknown, Renewal.LOST));
    assertThat(find(held).executionTimeMs()).isEqualTo(1500);
    assertThat(find(cancelling).executionTimeMs()).isEqualTo(2500);
    assertThat(find(foreign).executionTimeMs()).isZero();
    assertThat(queue.renewAll("me", List.of(), LEASE, T0)).isEmpty();
    // the renewed lease outlives the old expiry: a sweep at the old expiry takes nothing back
    assertThat(queue.expired(LEASE.plusSeconds(1), 10)).extracting(ExpiredLease::incident).containsExactly(foreign.uuid());
  }

  @Test
  void finishCompleted_recordsTheResponseEventBeforeTheCompletedStatus_andReleasesTheLease() {
    Incident incident = stores.create("finish", T0);
    queue.claimNext("me", LEASE, T0);
    stores.incidents().addUsage(incident.uuid(), 2, 300, T0);

    assertThat(queue.finish(incident.uuid(), "other", RunEnding.completed("nope", 1), T0)).isFalse();
    assertThat(queue.finish(incident.uuid(), "me", RunEnding.completed("Disk is full.", 4200), T0.plusSeconds(4))).isTrue();

    Incident done = find(incident);
    assertThat(done.status()).isEqualTo(IncidentStatus.COMPLETED);
    assertThat(done.response()).isEqualTo("Disk is full.");
    assertThat(done.error()).isNull();
    assertThat(done.completedAt()).isEqualTo(T0.plusSeconds(4));
    assertThat(done.executionTimeMs()).isEqualTo(4200);
    List<IncidentEvent> events = stores.events().read(incident.uuid(), 0, 100);
    assertThat(events).extracting(IncidentEvent::type).containsExactly(EventType.STATUS, EventType.STATUS, EventType.RESPONSE, EventType.STATUS);
    assertThat(events.get(2).data()).isEqualTo(Map.of("response", "Disk is full.", "tokens_used", 300L, "execution_time_ms", 4200L, "steps", 2L));
    assertThat(events.get(3).data()).containsEntry("status", "completed").containsEntry("previous_status", "running").containsEntry("error", null);
    assertThat(queue.renew(incident.uuid(), "me", LEASE, 1, T0)).isEqualTo(Renewal.LOST);
    assertThat(queue.finish(incident.uuid(), "me", RunEnding.failed("again", 1), T0)).isFalse();
  }

  @Test
  void finishFailedOrCancelled_recordsTheErrorAndOnlyTheStatusEvent() {
    Incident failed = stores.create("f", T0);
    Incident cancelled = stores.create("c", T0.plusSeconds(1));
    queue.claimNext("me", LEASE, T0);
    queue.claimNext("me", LEASE, T0);

    queue.finish(failed.uuid(), "me", RunEnding.failed("LLM request failed: 500 boom", 10), T0);
    queue.finish(cancelled.uuid(), "me", RunEnding.cancelled(20), T0);

    assertThat(find(failed).error()).isEqualTo("LLM request failed: 500 boom");
    assertThat(find(failed).response()).isEmpty();
    assertThat(find(cancelled).status()).isEqualTo(IncidentStatus.CANCELLED);
    assertThat(find(cancelled).error()).isEqualTo("Investigation cancelled");
    assertThat(statusEvents(failed).get(2)).containsEntry("status", "failed").containsEntry("error", "LLM request failed: 500 boom");
    assertThat(stores.events().count(cancelled.uuid(), 0)).isEqualTo(3);
  }

  @Test
  void requeue_isNotCounted_soTheNextExpiredLeaseStillRequeues() {
    Incident incident = stores.create("requeue", T0);
    queue.claimNext("me", LEASE, T0);

    assertThat(queue.requeue(incident.uuid(), "other", 5, T0)).isFalse();
    assertThat(queue.requeue(incident.uuid(), "me", 700, T0.plusSeconds(1))).isTrue();
    Incident pending = find(incident);
    assertThat(pending.status()).isEqualTo(IncidentStatus.PENDING);
    assertThat(pending.error()).isNull();
    assertThat(pending.executionTimeMs()).isEqualTo(700);
    assertThat(statusEvents(incident).get(2))
        .isEqualTo(java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(
            Map.of("status", "pending", "previous_status", "running", "error", "Investigation interrupted; restarting"))));

    queue.claimNext("me-again", T0.minusSeconds(1), T0);
    ExpiredLease lease = queue.expired(T0, 10).get(0);
    assertThat(lease.interruptions()).isZero();
  }

  @Test
  void requeue_afterACancelRequest_cancelsInstead() {
    Incident incident = stores.create("cancel-then-stop", T0);
    queue.claimNext("me", LEASE, T0);
    queue.requestCancel(incident.uuid(), T0);

    assertThat(queue.requeue(incident.uuid(), "me", 10, T0)).isTrue();
    assertThat(find(incident).status()).isEqualTo(IncidentStatus.CANCELLED);
    assertThat(find(incident).error()).isEqualTo("Investigation cancelled");
  }

  @Test
  void expired_listsOnlyRunningIncidentsWhoseLeaseRanOut_oldestExpiryFirst() {
    Incident late = stores.create("late", T0);
    Incident early = stores.create("early", T0.plusSeconds(1));
    Incident live = stores.create("live", T0.plusSeconds(2));
    stores.create("pending", T0.plusSeconds(3));
    queue.claimNext("dead", T0.minusSeconds(5), T0);
    queue.claimNext("dead", T0.minusSeconds(50), T0);
    queue.claimNext("alive", T0.plusSeconds(50), T0);

    List<ExpiredLease> expired = queue.expired(T0, 10);

    assertThat(expired).extracting(ExpiredLease::incident).containsExactly(early.uuid(), late.uuid());
    assertThat(expired.get(0).owner()).isEqualTo("dead");
    assertThat(expired.get(0).expiredAt()).isEqualTo(T0.minusSeconds(50));
    assertThat(queue.expired(T0, 1)).hasSize(1);
    assertThat(expired).extracting(ExpiredLease::incident).doesNotContain(live.uuid());
  }

  @Test
  void reclaim_countsInterruptions_requeueingOnce_thenFailing() {
    Incident incident = stores.create("crashy", T0);
    queue.claimNext("dead-1", T0.minusSeconds(1), T0);

    ExpiredLease first = queue.expired(T0, 10).get(0);
    assertThat(queue.reclaim(first, IncidentStatus.PENDING, T0)).isTrue();
    assertThat(queue.reclaim(first, IncidentStatus.PENDING, T0)).as("taken back once").isFalse();
    assertThat(find(incident).status()).isEqualTo(IncidentStatus.PENDING);
    assertThat(find(incident).error()).isNull();

    queue.claimNext("dead-2", T0.minusSeconds(1), T0);
    ExpiredLease second = queue.expired(T0, 10).get(0);
    assertThat(second.interruptions()).isEqualTo(1);
    assertThat(queue.reclaim(second, IncidentStatus.FAILED, T0.plusSeconds(9))).isTrue();

    Incident failed = find(incident);
    assertThat(failed.status()).isEqualTo(IncidentStatus.FAILED);
    assertThat(failed.error()).isEqualTo("Investigation interrupted by server restart");
    assertThat(failed.completedAt()).isEqualTo(T0.plusSeconds(9));
    assertThat(statusEvents(incident)).extracting(d -> d.get("status"))
        .containsExactly("pending", "running", "pending", "running", "failed");
  }

  @Test
  void reclaim_ofALeaseRenewedMeanwhile_changesNothing() {
    Incident incident = stores.create("slow", T0);
    queue.claimNext("slow-owner", T0.minusSeconds(1), T0);
    ExpiredLease seen = queue.expired(T0, 10).get(0);
    queue.renew(incident.uuid(), "slow-owner", T0.plusSeconds(30), 10, T0);

    assertThat(queue.reclaim(seen, IncidentStatus.PENDING, T0)).isFalse();
    assertThat(find(incident).status()).isEqualTo(IncidentStatus.RUNNING);
    assertThat(queue.renew(incident.uuid(), "slow-owner", T0.plusSeconds(60), 20, T0)).isEqualTo(Renewal.HELD);
  }

  @Test
  void cancelPending_cancelsAtOnce_butNotARunningIncident() {
    Incident pending = stores.create("p", T0.plusSeconds(1));
    Incident running = stores.create("r", T0);
    queue.claimNext("me", LEASE, T0);

    assertThat(queue.cancelPending(running.uuid(), T0)).isFalse();
    assertThat(queue.requestCancel(pending.uuid(), T0)).isFalse();
    assertThat(queue.cancelPending(pending.uuid(), T0.plusSeconds(3))).isTrue();
    assertThat(queue.cancelPending(pending.uuid(), T0)).isFalse();

    Incident cancelled = find(pending);
    assertThat(cancelled.status()).isEqualTo(IncidentStatus.CANCELLED);
    assertThat(cancelled.error()).isEqualTo("Investigation cancelled");
    assertThat(cancelled.completedAt()).isEqualTo(T0.plusSeconds(3));
    assertThat(statusEvents(pending).get(1)).containsEntry("status", "cancelled").containsEntry("previous_status", "pending");
    assertThat(queue.claimNext("me", LEASE, T0)).isEmpty();
  }

  @Test
  void failNext_failsTheOldestPendingIncident_withoutRunningIt() {
    Incident old = stores.create("old", T0);
    Incident young = stores.create("young", T0.plusSeconds(1));

    assertThat(queue.failNext("LLM provider 'openai' is not configured", T0.plusSeconds(2))).contains(old.uuid());

    Incident failed = find(old);
    assertThat(failed.status()).isEqualTo(IncidentStatus.FAILED);
    assertThat(failed.error()).isEqualTo("LLM provider 'openai' is not configured");
    assertThat(failed.completedAt()).isEqualTo(T0.plusSeconds(2));
    assertThat(statusEvents(old).get(1)).containsEntry("status", "failed").containsEntry("previous_status", "pending");
    assertThat(find(young).status()).isEqualTo(IncidentStatus.PENDING);
  }
}
