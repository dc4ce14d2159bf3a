package dev.akmatori.application.connector;

import static dev.akmatori.application.connector.TestHttpConnectors.authChange;
import static dev.akmatori.application.connector.TestHttpConnectors.input;
import static dev.akmatori.application.connector.TestHttpConnectors.rename;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.mcp.McpServerService;
import dev.akmatori.application.mcp.ScriptedMcpClient;
import dev.akmatori.application.mcp.TestMcpServers;
import dev.akmatori.application.tool.CreateToolInstance;
import dev.akmatori.application.tool.InMemoryToolTypeRepository;
import dev.akmatori.domain.connector.HttpConnector;
import dev.akmatori.domain.connector.HttpConnectorId;
import dev.akmatori.domain.connector.HttpConnectorInput.AuthInput;
import dev.akmatori.domain.shared.ConflictException;
import dev.akmatori.domain.shared.NotFoundException;
import dev.akmatori.domain.shared.PageRequest;
import dev.akmatori.domain.shared.ValidationException;
import dev.akmatori.domain.tool.SettingsSchema;
import dev.akmatori.domain.tool.ToolInstanceId;
import dev.akmatori.domain.tool.ToolKind;
import dev.akmatori.domain.tool.ToolType;
import dev.akmatori.domain.tool.ToolTypeDefinition;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Connector CRUD over fakes: registered type, namespace conflicts both ways, re-sealing, observers. */
class HttpConnectorServiceTest {
  private static final AuthInput BEARER = new AuthInput("bearer_token", null, null);

  private final ConnectorFixture f = new ConnectorFixture();

  private ToolType typeOf(HttpConnector connector) {
    return f.catalogue.list().stream().filter(t -> t.id().equals(connector.toolTypeId())).findFirst().orElseThrow();
  }

  private ToolInstanceId instanceOf(HttpConnector connector, Map<String, Object> settings) {
    CreateToolInstance command =
        new CreateToolInstance(connector.toolTypeId().value(), "prod " + connector.toolTypeName(), null, settings, null);
    return f.tools.create(command).instance().id();
  }

  @Test
  void create_registersAToolTypeOfKindHttpConnector_listedAfterTheBuiltins() {
    HttpConnector created = f.connectors.create(input("Shop", BEARER));

    ToolType type = typeOf(created);
    assertThat(f.catalogue.list()).hasSize(11).last().isEqualTo(type);
    assertThat(type.name()).isEqualTo("Shop");
    assertThat(type.kind()).isEqualTo(ToolKind.HTTP_CONNECTOR);
    assertThat(type.connectorId()).isEqualTo(created.id().value());
    assertThat(type.settingsSchema().secretPaths()).containsExactly("token");
    assertThat(f.changes).containsExactly("created " + created.id());
  }

  @Test
  void create_invalidInput_isAValidationError_andRegistersNothing() {
    assertThatThrownBy(() -> f.connectors.create(input("9lives", null)))
        .isInstanceOf(ValidationException.class);
    assertThat(f.catalogue.list()).hasSize(10);
    assertThat(f.changes).isEmpty();
  }

  @Test
  void create_withABuiltinNameInAnyCase_conflicts() {
    for (String name : List.of("ssh", "SSH", "Zabbix", "victoria_METRICS")) {
      assertThatThrownBy(() -> f.connectors.create(input(name, null)))
          .isInstanceOf(ConflictException.class)
          .hasMessage("tool_type_name '" + name + "' conflicts with a built-in tool type");
    }
  }

  @Test
  void create_withAnotherConnectorsNameInAnyCase_conflicts() {
    f.connectors.create(input("Shop", null));

    assertThatThrownBy(() -> f.connectors.create(input("sHOP", null)))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Connector with tool_type_name 'sHOP' already exists");
  }

  @Test
  void create_withAnMcpPrefixInAnyCase_conflicts() {
    f.mcpServers.create(TestMcpServers.stdio("files", "foo"), ConnectorFixture.START);

    assertThatThrownBy(() -> f.connectors.create(input("Foo", null)))
        .isInstanceOf(ConflictException.class)
        .hasMessage("tool_type_name 'Foo' conflicts with an existing MCP server namespace");
  }

  @Test
  void create_withTheNameOfAnyOtherToolTypeInAnyCase_conflicts() {
    ((InMemoryToolTypeRepository) f.stores.tools().types()).add(
        new ToolTypeDefinition("future_type", ToolKind.BUILTIN, "", SettingsSchema.empty(), List.of()), null,
        ConnectorFixture.START);

    assertThatThrownBy(() -> f.connectors.create(input("Future_Type", null)))
        .isInstanceOf(ConflictException.class)
        .hasMessage("tool_type_name 'Future_Type' conflicts with an existing tool type");
  }

  @Test
  void anMcpServer_cannotTakeAConnectorsNameInAnyCase_theOtherDirection() {
    f.connectors.create(input("Shop", null));
    McpServerService mcp = new McpServerService(f.mcpServers, new ConnectorDirectory(f.stores.connectors()),
        new ScriptedMcpClient(), f.cipher, f.clock);

    assertThatThrownBy(() -> mcp.create(TestMcpServers.stdioInput("files", "sHoP")))
        .isInstanceOf(ConflictException.class)
        .hasMessage("namespace_prefix 'sHoP' conflicts with an HTTP connector");
    assertThat(mcp.create(TestMcpServers.stdioInput("files", "shop2")).spec().namespacePrefix()).isEqualTo("shop2");
  }

  @Test
  void update_renamesTheType_stampsIt_andTheInstancesStayAttached() {
    HttpConnector created = f.connectors.create(input("Shop", BEARER));
    ToolInstanceId instance = instanceOf(created, Map.of("base_url", "https://shop.example.com", "token", "t-1234567"));
    f.clock.advance(Duration.ofMinutes(3));

    HttpConnector renamed = f.connectors.update(created.id(), rename("Store"));

    assertThat(renamed.toolTypeName()).isEqualTo("Store");
    assertThat(renamed.updatedAt()).isEqualTo(ConnectorFixture.START.plus(Duration.ofMinutes(3)));
    assertThat(typeOf(renamed).name()).isEqualTo("Store");
    assertThat(f.tools.get(instance).instance().type().name()).isEqualTo("Store");
    assertThat(f.tools.get(instance).instance().settings().get("token")).isEqualTo("t-1234567");
    assertThat(f.changes).containsExactly("created " + created.id(), "updated " + created.id());
  }

  @Test
  void update_keepingTheNameApartFromCase_doesNotTripOverAnOldClash() {
    HttpConnector created = f.connectors.create(input("Shop", null));
    f.mcpServers.create(TestMcpServers.stdio("planted", "shop"), ConnectorFixture.START);

    assertThat(f.connectors.update(created.id(), rename("SHOP")).toolTypeName()).isEqualTo("SHOP");
    assertThatThrownBy(() -> f.connectors.update(created.id(), rename("ssh")))
        .isInstanceOf(ConflictException.class)
        .hasMessage("tool_type_name 'ssh' conflicts with a built-in tool type");
  }

  @Test
  void update_changingWhichSettingsAreSecret_reSealsTheStoredInstances() {
    HttpConnector created = f.connectors.create(input("Shop", BEARER));
    ToolInstanceId id = instanceOf(created, Map.of("base_url", "https://shop", "token", "tok-123456", "password", "p-1"));
    assertThat(f.stores.tools().instances().find(id).orElseThrow().fields().sealedSettings().get("token"))
        .asString().startsWith("test:k1:");

    f.connectors.update(created.id(), authChange(new AuthInput("basic_auth", null, null), false));

    Map<String, Object> stored = f.stores.tools().instances().find(id).orElseThrow().fields().sealedSettings();
    assertThat(stored.get("token")).isEqualTo("tok-123456");
    assertThat(stored.get("password")).asString().startsWith("test:k1:");
    assertThat(f.instances.resolve(id).orElseThrow().settings())
        .containsEntry("token", "tok-123456").containsEntry("password", "p-1");
    assertThat(f.tools.list()).hasSize(1);
  }

  @Test
  void update_removingAuth_leavesNoSecretSealed() {
    HttpConnector created = f.connectors.create(input("Shop", BEARER));
    ToolInstanceId id = instanceOf(created, Map.of("base_url", "https://shop", "token", "tok-123456"));

    f.connectors.update(created.id(), authChange(null, true));

    assertThat(f.stores.tools().instances().find(id).orElseThrow().fields().sealedSettings())
        .containsEntry("token", "tok-123456");
    assertThat(typeOf(created).settingsSchema().propertyNames()).containsExactly("base_url");
  }

  @Test
  void update_unknownId_isNotFound_andValidationRunsOnTheMergedRecord() {
    HttpConnector created = f.connectors.create(input("Shop", null));

    assertThatThrownBy(() -> f.connectors.update(new HttpConnectorId(99), rename("x")))
        .isInstanceOf(NotFoundException.class).hasMessage("HTTP connector not found");
    assertThatThrownBy(() -> f.connectors.update(created.id(), rename("bad name")))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void delete_refusesWhileInstancesExist_thenRemovesTheConnectorAndItsType() {
    HttpConnector created = f.connectors.create(input("Shop", null));
    ToolInstanceId instance = instanceOf(created, Map.of("base_url", "https://shop"));

    assertThatThrownBy(() -> f.connectors.delete(created.id()))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Connector is used by 1 tool instance(s); delete them first");
    f.tools.delete(instance);
    f.connectors.delete(created.id());

    assertThat(f.catalogue.list()).hasSize(10);
    assertThat(f.connectors.list(PageRequest.ALL).items()).isEmpty();
    assertThat(f.changes).containsExactly("created " + created.id(), "deleted " + created.id());
    assertThatThrownBy(() -> f.connectors.delete(created.id()))
        .isInstanceOf(NotFoundException.class).hasMessage("HTTP connector not found");
  }

  @Test
  void theDirectory_findsConnectorsByTypeNameIgnoringCase() {
    HttpConnector created = f.connectors.create(input("Shop", null));
    ConnectorDirectory directory = new ConnectorDirectory(f.stores.connectors());

    assertThat(directory.connectorNamed("SHOP")).isTrue();
    assertThat(directory.connectorNamed("other")).isFalse();
    assertThat(directory.forToolType("shop")).contains(created);
  }
}
