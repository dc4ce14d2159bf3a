package dev.akmatori.application.investigation;

import dev.akmatori.application.incident.IncidentEventLog;
import dev.akmatori.application.incident.IncidentRepository;
import java.util.List;

/**
 * Where the runs of a process write their progress (contract §5.6, §5.7): for each incident, its
 * new events appended in order with the next ids, and its completed model calls added to {@code
 * steps} and {@code tokens_used}. The workers' {@link JournalWriter} hands it the writes of many
 * runs at once, so that one commit carries them all. Thread-safe.
 */
public interface RunJournal {
  /**
   * Writes the whole batch in one transaction, in list order per incident: everything or, when it
   * throws, nothing. Entries for incidents that do not exist are skipped.
   *
   * @throws RuntimeException when the store fails (nothing of the batch is written) or an event's
   *     data is not JSON-like
   */
  void write(List<RunProgress> batch);

  /**
   * True when the store answers a trivial query now, so that a write that just failed failed on its
   * own; false during an outage, when every write fails and waiting is the cure. Never throws. The
   * default (stores that cannot be out) is true.
   */
  default boolean answers() {
    return true;
  }

  /**
   * A journal over an event log and an incident store written one call at a time, so not atomic:
   * for stores without a transaction spanning both (the in-memory fakes).
   */
  static RunJournal of(IncidentEventLog events, IncidentRepository incidents) {
    return batch -> {
      for (RunProgress progress : batch) {
        if (incidents.find(progress.incident()).isEmpty()) {
          continue;
        }
        if (progress.steps() > 0 || progress.tokens() > 0) {
          incidents.addUsage(progress.incident(), progress.steps(), progress.tokens(), progress.at());
        }
        for (RunProgress.Event event : progress.events()) {
          events.append(progress.incident(), event.type(), event.data(), event.at());
        }
      }
    };
  }
}
