package dev.akmatori.domain.retention;

import dev.akmatori.domain.incident.IncidentId;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Which entries of {@code <data-dir>/incidents/} are incident workspaces: those named like a UUID
 * (8-4-4-4-12 hexadecimal digits, either case). Every other name is left alone by the cleanup.
 */
public final class WorkspaceNames {
  private static final Pattern UUID_NAME =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private WorkspaceNames() {}

  /** The incident a directory named {@code name} would belong to; empty when it is not UUID-named. */
  public static Optional<IncidentId> incidentOf(String name) {
    if (name == null || !UUID_NAME.matcher(name).matches()) {
      return Optional.empty();
    }
    return Optional.of(new IncidentId(UUID.fromString(name)));
  }

  /** True when {@code name} looks like a workspace directory name. */
  public static boolean isWorkspaceName(String name) {
    return incidentOf(name).isPresent();
  }
}
