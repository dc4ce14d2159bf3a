package dev.akmatori.application.tool;

import dev.akmatori.application.testing.MutableClock;
import dev.akmatori.application.testing.ReversibleTestCipher;
import dev.akmatori.domain.tool.ToolInstanceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The tool services over in-memory fakes with the built-in types seeded, a reversible test cipher
 * (stored secrets start with {@code test:k1:}) and a recorder of {@link ToolInstanceChanges}.
 */
public final class ToolFixture {
  public static final Instant START = Instant.parse("2026-05-06T09:30:12.481Z");

  public final MutableClock clock = new MutableClock(START);
  public final ToolStores stores = ToolStores.inMemory();
  public final ReversibleTestCipher cipher = new ReversibleTestCipher("k1");
  public final List<String> changes = new ArrayList<>();
  public final ToolTypeCatalogue catalogue = new ToolTypeCatalogue(stores.types(), clock);
  public final ToolInstanceService tools;
  public final SshKeyService keys;
  public final ToolInstances instances;

  public ToolFixture() {
    catalogue.seedBuiltins();
    ToolInstanceChanges recorder =
        new ToolInstanceChanges() {
          @Override
          public void updated(ToolInstanceId id) {
            changes.add("updated " + id);
          }

          @Override
          public void deleted(ToolInstanceId id) {
            changes.add("deleted " + id);
          }
        };
    tools = new ToolInstanceService(stores.types(), stores.instances(), stores.keys(), cipher, recorder, clock);
    keys = new SshKeyService(stores.types(), stores.instances(), stores.keys(), cipher, UUID::randomUUID, clock);
    instances = new ToolInstances(stores.types(), stores.instances(), stores.keys(), cipher);
  }

  /** The raw stored settings of an instance, secrets sealed. */
  public Map<String, Object> storedSettings(ToolInstanceId id) {
    return stores.instances().find(id).orElseThrow().fields().sealedSettings();
  }
}
