package dev.akmatori.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.tool.SshKeyRepository;
import dev.akmatori.application.tool.ToolInstanceFields;
import dev.akmatori.application.tool.ToolTypeCatalogue;
import dev.akmatori.domain.tool.BuiltinToolTypes;
import dev.akmatori.domain.tool.LogicalName;
import dev.akmatori.domain.tool.SshKey;
import dev.akmatori.domain.tool.SshKeyId;
import dev.akmatori.domain.tool.ToolInstanceId;
import dev.akmatori.domain.tool.ToolType;
import dev.akmatori.domain.tool.ToolTypeId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Replicas starting and writing together: seeding and SSH key defaults stay right. */
abstract class ToolReplicaRaceContract {
  abstract TestDatabase openDatabase();

  @Test
  void afterMigration_theTenBuiltinRowsAreNumbered1To10InContractOrder_beforeAnySeeding() {
    try (TestDatabase db = openDatabase()) {
      List<ToolType> types = db.adapter().toolTypes().list();

      assertThat(types).extracting(t -> t.id().value()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
      assertThat(types).extracting(ToolType::name).containsExactlyElementsOf(BuiltinToolTypes.names());
    }
  }

  @Test
  void replicasSeedingTogether_leaveExactlyTheTenBuiltins_withIds1To10() throws Exception {
    try (TestDatabase db = openDatabase();
        PersistenceAdapter replica = db.openReplica()) {
      List<PersistenceAdapter> replicas = List.of(db.adapter(), replica);

      ReplicaRaceContract.race(i -> () -> {
        new ToolTypeCatalogue(replicas.get(i % 2).toolTypes(), Clock.systemUTC()).seedBuiltins();
        return i;
      });
      new ToolTypeCatalogue(replica.toolTypes(), Clock.systemUTC()).seedBuiltins();

      List<ToolType> types = db.adapter().toolTypes().list();
      assertThat(types).extracting(t -> t.id().value()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
      assertThat(types).extracting(ToolType::definition).containsExactlyElementsOf(BuiltinToolTypes.ALL);
    }
  }

  @Test
  void racingFirstKeysAcrossReplicas_leaveExactlyOneDefault() throws Exception {
    try (TestDatabase db = openDatabase();
        PersistenceAdapter replica = db.openReplica()) {
      ToolInstanceFields fields = new ToolInstanceFields("ssh", LogicalName.from("ssh"), Map.of(), true);
      ToolInstanceId tool = db.adapter().toolInstances().create(new ToolTypeId(1), fields, Instant.EPOCH).id();
      List<SshKeyRepository> replicas = List.of(db.adapter().sshKeys(), replica.sshKeys());

      ReplicaRaceContract.race(i -> () -> replicas.get(i % 2)
          .add(tool, SshKeyId.of(UUID.randomUUID()), "key-" + i, "enc:v1:x", i % 3 == 0, Instant.EPOCH));

      List<SshKey> keys = db.adapter().sshKeys().list(tool);
      assertThat(keys).hasSize(ReplicaRaceContract.ATTEMPTS);
      assertThat(keys).filteredOn(SshKey::isDefault).hasSize(1);
    }
  }
}
