package dev.akmatori.application.alert;

import dev.akmatori.application.incident.InMemoryIncidentRepository;
import dev.akmatori.domain.alert.Alert;
import dev.akmatori.domain.alert.AlertFilter;
import dev.akmatori.domain.alert.AlertFingerprint;
import dev.akmatori.domain.alert.AlertId;
import dev.akmatori.domain.alert.AlertStatus;
import dev.akmatori.domain.alert.NewAlert;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.incident.IncidentStatus;
import dev.akmatori.domain.incident.NewIncident;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The in-memory fake of {@link AlertRepository}, over the rows of an {@link InMemoryIncidentRepository}.
 * Lock keys are real locks (taken in sorted order), so concurrent ingestion is serialised as in a
 * database; writes apply at once, though: a failing transaction is not rolled back.
 */
public final class InMemoryAlertRepository implements AlertRepository {
  private static final Comparator<Alert> NEWEST_FIRST =
      Comparator.comparing(Alert::createdAt).thenComparingLong(Alert::id).reversed();

  private final InMemoryIncidentRepository incidents;
  private final List<Alert> rows = new ArrayList<>();
  private final Map<IncidentId, AlertFingerprint> incidentFingerprints = new ConcurrentHashMap<>();
  private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
  private long nextId = 1;

  public InMemoryAlertRepository(InMemoryIncidentRepository incidents) {
    this.incidents = incidents;
  }

  @Override
  public <T> T inTransaction(Collection<String> lockKeys, Function<AlertTransaction, T> work) {
    List<ReentrantLock> held = new ArrayList<>();
    try {
      for (String key : new TreeSet<>(lockKeys)) {
        ReentrantLock lock = locks.computeIfAbsent(key, k -> new ReentrantLock());
        lock.lock();
        held.add(lock);
      }
      return work.apply(new Tx());
    } finally {
      held.forEach(ReentrantLock::unlock);
    }
  }

  @Override
  public synchronized Page<Alert> list(AlertFilter filter, PageRequest page) {
    Predicate<Alert> matches =
        a -> filter.status().map(s -> s == a.status()).orElse(true)
            && filter.sourceUuid().map(s -> s.equals(a.origin().sourceUuid())).orElse(true);
    return Page.slice(rows.stream().filter(matches).sorted(NEWEST_FIRST).toList(), page);
  }

  @Override
  public synchronized Page<Alert> listForIncident(IncidentId incident, PageRequest page) {
    List<Alert> linked =
        rows.stream().filter(a -> a.incident().equals(Optional.of(incident))).sorted(NEWEST_FIRST.reversed()).toList();
    return Page.slice(linked, page);
  }

  /** Every stored alert in insertion order. */
  public synchronized List<Alert> all() {
    return List.copyOf(rows);
  }

  private synchronized Optional<Alert> latest(Predicate<Alert> matches) {
    return rows.stream().filter(a -> a.status() == AlertStatus.FIRING).filter(matches).min(NEWEST_FIRST);
  }

  private synchronized void replace(AlertId id, Function<Alert, Alert> change) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).uuid().equals(id)) {
        rows.set(i, change.apply(rows.get(i)));
      }
    }
  }

  private final class Tx implements AlertTransaction {
    @Override
    public Optional<Alert> latestFiring(String sourceUuid, String sourceFingerprint) {
      return latest(a -> a.origin().sourceUuid().equals(sourceUuid)
          && a.details().sourceFingerprint().equals(sourceFingerprint));
    }

    @Override
    public Optional<Alert> latestFiring(String sourceUuid, AlertFingerprint fingerprint) {
      return latest(a -> a.origin().sourceUuid().equals(sourceUuid) && a.fingerprint().equals(fingerprint));
    }

    @Override
    public Optional<Incident> incident(IncidentId id) {
      return incidents.find(id);
    }

    @Override
    public Optional<IncidentId> liveIncident(AlertFingerprint fingerprint, Optional<Instant> completedSince) {
      List<IncidentId> candidates = new ArrayList<>();
      incidentFingerprints.forEach((id, fp) -> {
        if (fp.equals(fingerprint)) {
          candidates.add(id);
        }
      });
      synchronized (InMemoryAlertRepository.this) {
        rows.stream().filter(a -> a.fingerprint().equals(fingerprint)).forEach(a -> a.incident().ifPresent(candidates::add));
      }
      return candidates.stream()
          .distinct()
          .map(incidents::find)
          .flatMap(Optional::stream)
          .filter(i -> isLive(i, completedSince))
          .max(Comparator.comparing(Incident::createdAt).thenComparingLong(Incident::id))
          .map(Incident::uuid);
    }

    private boolean isLive(Incident i, Optional<Instant> completedSince) {
      if (i.status() == IncidentStatus.PENDING || i.status() == IncidentStatus.RUNNING) {
        return true;
      }
      return i.status() == IncidentStatus.COMPLETED && i.completedAt() != null
          && completedSince.map(since -> !i.completedAt().isBefore(since)).orElse(false);
    }

    @Override
    public Incident createIncident(NewIncident incident, AlertFingerprint fingerprint, Instant now) {
      Incident created = incidents.create(incident, now);
      incidentFingerprints.put(created.uuid(), fingerprint);
      return created;
    }

    @Override
    public Alert insert(NewAlert n, Instant now) {
      Alert alert;
      synchronized (InMemoryAlertRepository.this) {
        alert = new Alert(nextId++, n.uuid(), Optional.of(n.incident()), n.origin(), n.details(), n.fingerprint(),
            AlertStatus.FIRING, n.firedAt(), null, false, now, now, now);
        rows.add(alert);
      }
      incidents.countAlert(n.incident());
      return alert;
    }

    @Override
    public void touch(AlertId alert, Instant now) {
      replace(alert, a -> new Alert(a.id(), a.uuid(), a.incident(), a.origin(), a.details(), a.fingerprint(),
          a.status(), a.firedAt(), a.resolvedAt(), a.superseded(), now, a.createdAt(), a.updatedAt()));
    }

    @Override
    public void resolve(AlertId alert, Instant resolvedAt, Instant now) {
      replace(alert, a -> new Alert(a.id(), a.uuid(), a.incident(), a.origin(), a.details(), a.fingerprint(),
          AlertStatus.RESOLVED, a.firedAt(), resolvedAt, false, now, a.createdAt(), now));
    }

    @Override
    public void supersede(AlertId alert, Instant now) {
      replace(alert, a -> new Alert(a.id(), a.uuid(), a.incident(), a.origin(), a.details(), a.fingerprint(),
          AlertStatus.RESOLVED, a.firedAt(), now, true, a.lastSeenAt(), a.createdAt(), now));
    }
  }
}
