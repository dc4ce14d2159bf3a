package dev.akmatori.domain.retention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.domain.incident.IncidentId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which directory names are incident workspaces (contract §3.10.5). */
class WorkspaceNamesTest {
  @Test
  void aCanonicalUuid_namesItsIncident_inEitherCase() {
    UUID uuid = UUID.fromString("3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e");

    assertThat(WorkspaceNames.incidentOf(uuid.toString())).contains(new IncidentId(uuid));
    assertThat(WorkspaceNames.incidentOf(uuid.toString().toUpperCase())).contains(new IncidentId(uuid));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "notes", "3f2b8c1e4d5a4b6c8d7e9f0a1b2c3d4e", "1-1-1-1-1", "3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4",
      "3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e.bak", " 3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e", "3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4g"})
  void otherNames_areNotWorkspaces(String name) {
    assertThat(WorkspaceNames.isWorkspaceName(name)).isFalse();
  }

  @Test
  void null_isNotAWorkspace() {
    assertThat(WorkspaceNames.incidentOf(null)).isEmpty();
  }
}
