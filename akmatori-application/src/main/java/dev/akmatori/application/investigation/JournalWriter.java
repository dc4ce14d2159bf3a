package dev.akmatori.application.investigation;

import dev.akmatori.domain.incident.EventType;
import dev.akmatori.domain.incident.IncidentId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for the runs of one process (ADR 0022). A run's recorder queues its events and
 * model-call counters here and goes on at once; one writer thread takes everything queued, writes it
 * with one {@link RunJournal} transaction, then takes what was queued meanwhile. Under load one
 * commit carries many runs' steps. With a {@code linger} (ADR 0024), the thread, once woken by a
 * write, waits that long for more before committing, unless a run's end or shutdown waits for it:
 * a lone run's steps then share commits too (on H2 each commit serialises the changed pages, which
 * cost the engine half of its CPU per step), at the price of events becoming visible up to {@code
 * linger} later (the contract allows 1 s). Without a linger a lone write goes out at once. Each run's
 * writes stay in order; {@link RunLog#close} waits until a run's writes are committed, so the
 * status events that end a run always come after them.
 *
 * <p>A failed batch is written run by run, so one run's bad write cannot hold back the others;
 * what still fails is retried with backoff (doubling, at most {@link #MAX_BACKOFF}). A failure
 * counts against a run's {@value #ATTEMPTS} attempts only while the database answers ({@link
 * RunJournal#answers}): then the write itself is bad, and after the last attempt it is dropped with
 * a warning. While the database does not answer (an outage, a failover) the writes wait for it,
 * for as long as their run's log is open and its lease not lost: a run that ended closes its log
 * after {@code RunLog#close}'s wait, and what it had not got written is then dropped, never written
 * after the status that ended the run.
 */
final class JournalWriter implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(JournalWriter.class);
  static final int ATTEMPTS = 4;
  /** The longest wait between two attempts while the database does not answer. */
  static final Duration MAX_BACKOFF = Duration.ofSeconds(2);

  private final RunJournal journal;
  private final Duration backoff;
  private final long lingerNanos;
  private final Object lock = new Object();
  private final Thread thread;
  private List<Pending> queue = new ArrayList<>();
  private boolean stopping;
  private int closing; // guarded by lock: runs waiting in RunLog.close

  /** One queued write: an event, or model calls ({@code event} null). */
  private record Pending(RunLog log, RunProgress.Event event, int steps, long tokens, Instant at) {}

  /** A writer without linger: each write goes out as soon as the thread is free. */
  JournalWriter(RunJournal journal, Duration backoff) {
    this(journal, backoff, Duration.ZERO);
  }

  /** A writer that lets writes gather for up to {@code linger} before each commit. */
  JournalWriter(RunJournal journal, Duration backoff, Duration linger) {
    this.journal = journal;
    this.backoff = backoff;
    this.lingerNanos = Math.max(0, linger.toNanos());
    this.thread = new Thread(this::loop, "akmatori-journal");
    thread.setDaemon(true);
    thread.start();
  }

  /** The log of one run of {@code incident}; nothing is written once {@code lost} says true. */
  RunLog open(IncidentId incident, BooleanSupplier lost) {
    return new RunLog(incident, lost);
  }

  /** Writes what is queued, then stops; waits at most {@code max}. */
  void close(Duration max) {
    synchronized (lock) {
      stopping = true;
      lock.notifyAll();
    }
    try {
      thread.join(Math.max(1, max.toMillis()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (thread.isAlive()) {
      LOG.warn("The investigation journal did not finish writing in {}", max);
      thread.interrupt();
    }
  }

  @Override
  public void close() {
    close(Duration.ofSeconds(10));
  }

  /** The writes of one run, in order. Thread-safe. */
  final class RunLog {
    private final IncidentId incident;
    private final BooleanSupplier lost;
    private long queued; // guarded by lock
    private long handled; // guarded by lock: written or given up
    private volatile boolean closed; // written under lock; read by the writer thread without it

    private RunLog(IncidentId incident, BooleanSupplier lost) {
      this.incident = incident;
      this.lost = lost;
    }

    IncidentId incident() {
      return incident;
    }

    /** Queues an event; ignored once the log is closed or the lease lost. */
    void event(EventType type, Map<String, Object> data, Instant at) {
      add(new Pending(this, new RunProgress.Event(type, data, at), 0, 0, at));
    }

    /** Queues {@code steps} model calls worth {@code tokens}; ignored like {@link #event}. */
    void usage(int steps, long tokens, Instant at) {
      if (steps > 0 || tokens > 0) {
        add(new Pending(this, null, Math.max(0, steps), Math.max(0, tokens), at));
      }
    }

    private void add(Pending pending) {
      if (lost.getAsBoolean()) {
        return;
      }
      synchronized (lock) {
        if (closed) {
          return;
        }
        if (stopping && !thread.isAlive()) {
          LOG.warn("Investigation {}: the journal is closed; a write is lost", incident);
          return;
        }
        queue.add(pending);
        queued++;
        if (queue.size() == 1) {
          lock.notifyAll(); // only an idle writer waits for work; a lingering one is woken by the clock
        }
      }
    }

    /**
     * Waits until everything queued so far is committed (or given up), at most {@code max}, then
     * closes the log: later writes are ignored, and so is whatever is still queued. True when
     * everything was handled in time.
     */
    boolean close(Duration max) {
      long deadline = System.nanoTime() + max.toNanos();
      synchronized (lock) {
        closing++;
        lock.notifyAll(); // a lingering writer commits now
        try {
          while (handled < queued && thread.isAlive()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
              break;
            }
            lock.wait(Math.max(1, left / 1_000_000));
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } finally {
          closing--;
        }
        closed = true;
        boolean done = handled >= queued;
        if (!done) {
          LOG.warn("Investigation {}: {} write(s) not committed when its run ended", incident, queued - handled);
        }
        return done;
      }
    }

    private boolean dropped() {
      return closed || lost.getAsBoolean();
    }
  }

  private void loop() {
    while (true) {
      List<Pending> batch;
      synchronized (lock) {
        while (queue.isEmpty() && !stopping) {
          try {
            lock.wait();
          } catch (InterruptedException e) {
            return;
          }
        }
        if (queue.isEmpty()) {
          lock.notifyAll();
          return;
        }
        try {
          linger();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt(); // commits what it has; the next wait returns
        }
        batch = queue;
        queue = new ArrayList<>();
      }
      try {
        write(batch);
      } catch (RuntimeException e) {
        LOG.warn("The investigation journal failed: {}", e.toString());
      } finally {
        synchronized (lock) {
          batch.forEach(p -> p.log().handled++);
          lock.notifyAll();
        }
      }
    }
  }

  /** Lets more writes join the batch, for at most the linger, while nobody waits for the commit. */
  private void linger() throws InterruptedException {
    long until = System.nanoTime() + lingerNanos;
    long left = lingerNanos;
    while (left > 0 && !stopping && closing == 0) {
      lock.wait(left / 1_000_000, (int) (left % 1_000_000));
      left = until - System.nanoTime();
    }
  }

  /** One run's part of a batch, with the log it came from. */
  private record Part(RunLog log, RunProgress progress) {}

  /** Writes {@code batch} in one transaction; on failure run by run, retrying what still fails. */
  private void write(List<Pending> batch) {
    List<Part> parts = group(batch);
    if (parts.isEmpty()) {
      return;
    }
    try {
      journal.write(parts.stream().map(Part::progress).toList());
      return;
    } catch (RuntimeException e) {
      if (parts.size() == 1) {
        LOG.warn("Could not write the journal of investigation {}: {}", parts.get(0).progress().incident(), e.toString());
      }
    }
    // Run by run only while the database answers (to find the bad write); during an outage the
    // batch stays one write, so each retry is one attempt and one warning, not one per run.
    List<Part> failed = parts.size() > 1 && journal.answers() ? writeEach(parts) : parts;
    int counted = 0; // failed attempts while the database answered
    long wait = Math.max(1, backoff.toMillis());
    while (!(failed = stillWanted(failed)).isEmpty()) {
      boolean answers = journal.answers();
      if (answers && ++counted >= ATTEMPTS) {
        break; // the database answers, so this write itself is bad
      }
      if (!sleep(Duration.ofMillis(wait))) {
        break;
      }
      wait = Math.min(wait * 2, MAX_BACKOFF.toMillis());
      List<Part> wanted = stillWanted(failed); // a run may have ended while this waited
      failed = answers ? writeEach(wanted) : writeTogether(wanted);
    }
    for (Part lost : failed) {
      LOG.warn("Investigation {}: {} event(s) and {} step(s) could not be written and are lost",
          lost.progress().incident(), lost.progress().events().size(), lost.progress().steps());
    }
  }

  /** What is still to be written: parts of runs whose log was closed or whose lease was lost meanwhile are given up. */
  private static List<Part> stillWanted(List<Part> failed) {
    List<Part> wanted = new ArrayList<>(failed.size());
    for (Part part : failed) {
      if (part.log().dropped()) {
        LOG.warn("Investigation {}: {} event(s) and {} step(s) were not written before its run ended or lost its lease,"
            + " and are lost",
            part.progress().incident(), part.progress().events().size(), part.progress().steps());
      } else {
        wanted.add(part);
      }
    }
    return wanted;
  }

  /** One write of all {@code parts}; what failed (all of them, or nothing). */
  private List<Part> writeTogether(List<Part> parts) {
    if (parts.isEmpty()) {
      return parts;
    }
    try {
      journal.write(parts.stream().map(Part::progress).toList());
      return List.of();
    } catch (RuntimeException e) {
      LOG.warn("Could not write the journal of {} investigation(s): {}", parts.size(), e.toString());
      return parts;
    }
  }

  private List<Part> writeEach(List<Part> parts) {
    List<Part> failed = new ArrayList<>();
    for (Part one : parts) {
      try {
        journal.write(List.of(one.progress()));
      } catch (RuntimeException e) {
        LOG.warn("Could not write the journal of investigation {}: {}", one.progress().incident(), e.toString());
        failed.add(one);
      }
    }
    return failed;
  }

  /**
   * One {@link RunProgress} per run, its events in queue order, runs sorted by incident so that
   * every batch locks incident rows in the same order.
   */
  private static List<Part> group(List<Pending> batch) {
    Map<RunLog, List<Pending>> byRun = new LinkedHashMap<>();
    for (Pending p : batch) {
      if (!p.log().dropped()) {
        byRun.computeIfAbsent(p.log(), l -> new ArrayList<>()).add(p);
      }
    }
    List<Part> out = new ArrayList<>(byRun.size());
    byRun.forEach((log, pendings) -> {
      List<RunProgress.Event> events = new ArrayList<>();
      int steps = 0;
      long tokens = 0;
      Instant at = pendings.get(0).at();
      for (Pending p : pendings) {
        if (p.event() != null) {
          events.add(p.event());
        }
        steps += p.steps();
        tokens += p.tokens();
        at = p.at().isAfter(at) ? p.at() : at;
      }
      out.add(new Part(log, new RunProgress(log.incident(), events, steps, tokens, at)));
    });
    out.sort(Comparator.comparing(p -> p.progress().incident().toString()));
    return out;
  }

  private static boolean sleep(Duration d) {
    try {
      Thread.sleep(Math.max(1, d.toMillis()));
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
