package dev.akmatori.application.connector;

import dev.akmatori.application.mcp.InMemoryMcpServerRepository;
import dev.akmatori.application.testing.MutableClock;
import dev.akmatori.application.testing.ReversibleTestCipher;
import dev.akmatori.application.tool.ToolInstanceChanges;
import dev.akmatori.application.tool.ToolInstanceService;
import dev.akmatori.application.tool.ToolInstances;
import dev.akmatori.application.tool.ToolTypeCatalogue;
import dev.akmatori.domain.connector.HttpConnector;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The connector service over in-memory fakes sharing one store with the tool services: built-in
 * types seeded, a reversible test cipher (stored secrets start with {@code test:k1:}) and a recorder
 * of {@link ConnectorChanges} ({@code created 1}, {@code updated 1}, {@code deleted 1}).
 */
public final class ConnectorFixture {
  public static final Instant START = Instant.parse("2026-05-06T09:30:12.481Z");

  public final MutableClock clock = new MutableClock(START);
  public final ConnectorStores stores = ConnectorStores.inMemory();
  public final InMemoryMcpServerRepository mcpServers = new InMemoryMcpServerRepository();
  public final ReversibleTestCipher cipher = new ReversibleTestCipher("k1");
  public final List<String> changes = new CopyOnWriteArrayList<>();
  public final ToolTypeCatalogue catalogue = new ToolTypeCatalogue(stores.tools().types(), clock);
  public final HttpConnectorService connectors;
  public final ToolInstanceService tools;
  public final ToolInstances instances;

  public ConnectorFixture() {
    catalogue.seedBuiltins();
    connectors = new HttpConnectorService(
        stores.connectors(), stores.tools().types(), mcpServers, cipher, recorder(), clock);
    tools = new ToolInstanceService(stores.tools().types(), stores.tools().instances(), stores.tools().keys(),
        cipher, ToolInstanceChanges.NONE, clock);
    instances = new ToolInstances(stores.tools().types(), stores.tools().instances(), stores.tools().keys(), cipher);
  }

  private ConnectorChanges recorder() {
    return new ConnectorChanges() {
      @Override
      public void created(HttpConnector connector) {
        changes.add("created " + connector.id());
      }

      @Override
      public void updated(HttpConnector connector) {
        changes.add("updated " + connector.id());
      }

      @Override
      public void deleted(HttpConnector connector) {
        changes.add("deleted " + connector.id());
      }
    };
  }
}
