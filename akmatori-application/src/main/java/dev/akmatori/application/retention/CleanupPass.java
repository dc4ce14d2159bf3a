package dev.akmatori.application.retention;

import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.retention.WorkspaceNames;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The work of one enabled cleanup run (contract §3.10.5), page by page so that no transaction and no
 * list in memory grows with the table: each expired incident loses its workspace first, then the
 * page's incidents whose workspace is gone are deleted in one transaction; then UUID-named
 * directories older than an hour without an incident row are removed.
 */
final class CleanupPass {
  static final Duration ORPHAN_MIN_AGE = Duration.ofHours(1);

  private final ExpiredIncidents incidents;
  private final IncidentDirectories directories;
  private final int pageSize;
  private final RunTally tally;
  private final LeaseKeeper lease;

  CleanupPass(ExpiredIncidents incidents, IncidentDirectories directories, int pageSize, RunTally tally, LeaseKeeper lease) {
    this.incidents = incidents;
    this.directories = directories;
    this.pageSize = pageSize;
    this.tally = tally;
    this.lease = lease;
  }

  void run(Instant now, Instant cutoff) {
    deleteExpired(cutoff);
    removeOrphans(now.minus(ORPHAN_MIN_AGE));
  }

  private void deleteExpired(Instant cutoff) {
    Optional<ExpiredIncident> after = Optional.empty();
    while (true) {
      List<ExpiredIncident> page = incidents.page(cutoff, after, pageSize);
      if (page.isEmpty()) {
        return;
      }
      List<ExpiredIncident> cleared = new ArrayList<>(page.size());
      for (ExpiredIncident incident : page) {
        if (removeWorkspace(incident.uuid().toString(), "Incident " + incident.uuid() + " kept: ")) {
          cleared.add(incident);
        }
        lease.keep();
      }
      if (!cleared.isEmpty()) {
        tally.incidentsDeleted(incidents.delete(cleared, cutoff));
      }
      lease.keep();
      if (page.size() < pageSize) {
        return;
      }
      after = Optional.of(page.get(page.size() - 1));
    }
  }

  /** Orphans are collected in batches of a page, each batch checked against the incidents in one query. */
  private void removeOrphans(Instant modifiedBefore) {
    Map<IncidentId, String> batch = new LinkedHashMap<>();
    try (Stream<DirectoryEntry> entries = directories.list()) {
      Iterator<DirectoryEntry> it = entries.iterator();
      while (it.hasNext()) {
        DirectoryEntry entry = it.next();
        Optional<IncidentId> id = WorkspaceNames.incidentOf(entry.name());
        if (id.isEmpty() || !entry.lastModified().isBefore(modifiedBefore)) {
          continue;
        }
        batch.putIfAbsent(id.get(), entry.name());
        if (batch.size() >= pageSize) {
          removeOrphanBatch(batch);
        }
      }
    }
    removeOrphanBatch(batch);
  }

  private void removeOrphanBatch(Map<IncidentId, String> batch) {
    if (batch.isEmpty()) {
      return;
    }
    Set<IncidentId> owned = incidents.existing(batch.keySet());
    for (Map.Entry<IncidentId, String> e : batch.entrySet()) {
      if (!owned.contains(e.getKey()) && removeWorkspace(e.getValue(), "Orphan directory " + e.getValue() + " kept: ")) {
        tally.orphanDirRemoved();
      }
      lease.keep();
    }
    batch.clear();
  }

  /** Removes one entry; true when it is gone, else the failure is recorded with {@code context}. */
  private boolean removeWorkspace(String name, String context) {
    try {
      tally.bytesFreed(directories.remove(name));
      return true;
    } catch (WorkspaceRemovalException e) {
      tally.bytesFreed(e.bytesFreed());
      tally.error(context + e.getMessage());
      return false;
    }
  }
}
