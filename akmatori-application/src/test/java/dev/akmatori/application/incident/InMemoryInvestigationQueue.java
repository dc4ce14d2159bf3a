package dev.akmatori.application.incident;

import dev.akmatori.application.investigation.ExpiredLease;
import dev.akmatori.application.investigation.InvestigationQueue;
import dev.akmatori.application.investigation.RunEnding;
import dev.akmatori.domain.incident.EventType;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentEvents;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.incident.IncidentStatus;
import dev.akmatori.domain.incident.Recovery;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The in-memory fake of {@link InvestigationQueue}, over the rows of an {@link InMemoryIncidentRepository}. */
public final class InMemoryInvestigationQueue implements InvestigationQueue {
  private final InMemoryIncidentRepository table;

  public InMemoryInvestigationQueue(InMemoryIncidentRepository table) {
    this.table = table;
  }

  @Override
  public Optional<Incident> claimNext(String owner, Instant leaseUntil, Instant now) {
    synchronized (table) {
      return oldestPending().map(row -> {
        Incident i = row.incident;
        row.with(IncidentStatus.RUNNING, i.uuid().toString(), i.response(), i.tokensUsed(), i.executionTimeMs(), null, now, null, i.steps());
        row.owner = owner;
        row.leaseUntil = leaseUntil;
        row.cancelRequested = false;
        row.append(EventType.STATUS, IncidentEvents.status(IncidentStatus.RUNNING, IncidentStatus.PENDING, null), now);
        return row.incident;
      });
    }
  }

  @Override
  public Optional<IncidentId> failNext(String error, Instant now) {
    synchronized (table) {
      return oldestPending().map(row -> {
        to(row, IncidentStatus.FAILED, error, now, row.incident.executionTimeMs());
        return row.incident.uuid();
      });
    }
  }

  @Override
  public Renewal renew(IncidentId incident, String owner, Instant leaseUntil, long executionTimeMs, Instant now) {
    synchronized (table) {
      IncidentRow row = table.rows.get(incident);
      if (row == null || !row.heldBy(owner)) {
        return Renewal.LOST;
      }
      row.leaseUntil = leaseUntil;
      Incident i = row.incident;
      row.with(i.status(), i.sessionId(), i.response(), i.tokensUsed(), executionTimeMs, null, now, null, i.steps());
      return row.cancelRequested ? Renewal.CANCEL_REQUESTED : Renewal.HELD;
    }
  }

  @Override
  public boolean finish(IncidentId incident, String owner, RunEnding ending, Instant now) {
    synchronized (table) {
      IncidentRow row = table.rows.get(incident);
      if (row == null || !row.heldBy(owner)) {
        return false;
      }
      Incident i = row.incident;
      if (ending.status() == IncidentStatus.COMPLETED) {
        row.with(i.status(), i.sessionId(), ending.response(), i.tokensUsed(), ending.executionTimeMs(), null, now, null, i.steps());
        row.append(EventType.RESPONSE, IncidentEvents.response(ending.response(), i.tokensUsed(), ending.executionTimeMs(), i.steps()), now);
      }
      to(row, ending.status(), ending.error(), now, ending.executionTimeMs());
      return true;
    }
  }

  @Override
  public boolean requeue(IncidentId incident, String owner, long executionTimeMs, Instant now) {
    synchronized (table) {
      IncidentRow row = table.rows.get(incident);
      if (row == null || !row.heldBy(owner)) {
        return false;
      }
      takeBack(row, IncidentStatus.PENDING, now, executionTimeMs);
      return true;
    }
  }

  @Override
  public List<ExpiredLease> expired(Instant now, int limit) {
    synchronized (table) {
      return table.rows.values().stream()
          .filter(r -> r.incident.status() == IncidentStatus.RUNNING && r.leaseUntil != null && r.leaseUntil.isBefore(now))
          .sorted(Comparator.comparing((IncidentRow r) -> r.leaseUntil))
          .limit(limit)
          .map(r -> new ExpiredLease(r.incident.uuid(), r.owner, r.leaseUntil, r.interruptions))
          .toList();
    }
  }

  @Override
  public boolean reclaim(ExpiredLease lease, IncidentStatus next, Instant now) {
    synchronized (table) {
      IncidentRow row = table.rows.get(lease.incident());
      if (row == null || !row.heldBy(lease.owner()) || !lease.expiredAt().equals(row.leaseUntil)) {
        return false;
      }
      row.interruptions++;
      takeBack(row, next, now, row.incident.executionTimeMs());
      return true;
    }
  }

  @Override
  public boolean cancelPending(IncidentId incident, Instant now) {
    synchronized (table) {
      IncidentRow row = table.rows.get(incident);
      if (row == null || row.incident.status() != IncidentStatus.PENDING) {
        return false;
      }
      to(row, IncidentStatus.CANCELLED, Recovery.CANCELLED, now, row.incident.executionTimeMs());
      return true;
    }
  }

  @Override
  public boolean requestCancel(IncidentId incident, Instant now) {
    synchronized (table) {
      IncidentRow row = table.rows.get(incident);
      if (row == null || row.incident.status() != IncidentStatus.RUNNING) {
        return false;
      }
      row.cancelRequested = true;
      return true;
    }
  }

  /** Re-queue ({@code pending}) or fail a taken-back run; a requested cancellation wins. */
  private static void takeBack(IncidentRow row, IncidentStatus next, Instant now, long millis) {
    if (row.cancelRequested) {
      to(row, IncidentStatus.CANCELLED, Recovery.CANCELLED, now, millis);
    } else if (next == IncidentStatus.PENDING) {
      row.status(IncidentStatus.PENDING, now, null, millis);
      row.releaseLease();
      row.append(EventType.STATUS, IncidentEvents.requeued(), now);
    } else {
      to(row, IncidentStatus.FAILED, Recovery.RESTART_FAILURE, now, millis);
    }
  }

  private static void to(IncidentRow row, IncidentStatus status, String error, Instant now, long millis) {
    IncidentStatus previous = row.incident.status();
    previous.transitionTo(status);
    row.status(status, now, error, millis);
    row.releaseLease();
    row.append(EventType.STATUS, IncidentEvents.status(status, previous, error), now);
  }

  private Optional<IncidentRow> oldestPending() {
    return table.rows.values().stream()
        .filter(r -> r.incident.status() == IncidentStatus.PENDING)
        .min(Comparator.comparing((IncidentRow r) -> r.incident.createdAt()).thenComparingLong(r -> r.incident.id()));
  }
}
