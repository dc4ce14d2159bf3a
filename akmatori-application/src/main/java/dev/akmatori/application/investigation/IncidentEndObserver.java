package dev.akmatori.application.investigation;

import dev.akmatori.domain.incident.Incident;

/** Learns about each incident that reached a terminal status, after the change is committed. */
@FunctionalInterface
public interface IncidentEndObserver {
  IncidentEndObserver NONE = incident -> { };

  /** Called on the thread that ended it (a worker, a heartbeat, an API request); must return quickly and never throw. */
  void ended(Incident incident);

  /** This observer, then {@code next}, which is told even if this one breaks its promise and throws. */
  default IncidentEndObserver andThen(IncidentEndObserver next) {
    return incident -> {
      try {
        ended(incident);
      } finally {
        next.ended(incident);
      }
    };
  }
}
