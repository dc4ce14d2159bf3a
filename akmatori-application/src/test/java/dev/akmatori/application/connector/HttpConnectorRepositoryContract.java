package dev.akmatori.application.connector;

import static dev.akmatori.application.connector.TestHttpConnectors.bearer;
import static dev.akmatori.application.connector.TestHttpConnectors.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.tool.StoredToolInstance;
import dev.akmatori.application.tool.ToolInstanceFields;
import dev.akmatori.application.tool.ToolStores;
import dev.akmatori.domain.connector.HttpConnector;
import dev.akmatori.domain.connector.HttpConnectorId;
import dev.akmatori.domain.connector.HttpConnectorSpec;
import dev.akmatori.domain.shared.ConflictException;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import dev.akmatori.domain.tool.BuiltinToolTypes;
import dev.akmatori.domain.tool.LogicalName;
import dev.akmatori.domain.tool.ToolKind;
import dev.akmatori.domain.tool.ToolType;
import dev.akmatori.domain.tool.ToolTypeId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link HttpConnectorRepository} must do, with the tool type it registers and the
 * instances of that type. Subclasses supply fresh stores sharing one database: the in-memory fakes,
 * H2 and PostgreSQL all run these same tests.
 */
public abstract class HttpConnectorRepositoryContract {
  private static final Instant T0 = Instant.parse("2026-05-06T09:30:12.481Z");
  private static final Instant T1 = T0.plus(5, ChronoUnit.MINUTES);

  private HttpConnectorRepository repository;
  private ToolStores tools;

  /** New stores over one freshly migrated database. */
  protected abstract ConnectorStores newStores();

  @BeforeEach
  void setUpStores() {
    ConnectorStores stores = newStores();
    repository = stores.connectors();
    tools = stores.tools();
    tools.types().refreshBuiltins(BuiltinToolTypes.ALL, T0);
  }

  private StoredToolInstance instance(ToolTypeId type, String name, Map<String, Object> settings) {
    return tools.instances().create(type, new ToolInstanceFields(name, LogicalName.from(name), settings, true), T0);
  }

  @Test
  void create_assignsIds_andRegistersItsToolType_afterTheBuiltins() {
    HttpConnector created = repository.create(bearer("Shop"), T0);

    assertThat(created.id().value()).isPositive();
    assertThat(created.createdAt()).isEqualTo(T0);
    assertThat(created.updatedAt()).isEqualTo(T0);
    assertThat(created.spec()).isEqualTo(bearer("Shop"));
    ToolType type = tools.types().find(created.toolTypeId()).orElseThrow();
    assertThat(type.id().value()).isEqualTo(11);
    assertThat(type.kind()).isEqualTo(ToolKind.HTTP_CONNECTOR);
    assertThat(type.connectorId()).isEqualTo(created.id().value());
    assertThat(type.definition()).isEqualTo(bearer("Shop").toolType());
    assertThat(type.createdAt()).isEqualTo(T0);
    assertThat(tools.types().list()).hasSize(11);
  }

  @Test
  void find_returnsEveryFieldAsStored_toolsParamsDefaultsAndAuthIncluded() {
    HttpConnector created = repository.create(bearer("Shop"), T0);
    HttpConnector bare = repository.create(open("Bare"), T0);

    assertThat(repository.find(created.id())).contains(created);
    assertThat(repository.find(bare.id())).contains(bare);
    assertThat(repository.find(bare.id()).orElseThrow().spec().auth()).isNull();
    assertThat(repository.find(new HttpConnectorId(987_654))).isEmpty();
  }

  @Test
  void findByToolTypeName_ignoresCase() {
    HttpConnector created = repository.create(open("GitLab"), T0);

    assertThat(repository.findByToolTypeName("gitlab")).contains(created);
    assertThat(repository.findByToolTypeName("GITLAB")).contains(created);
    assertThat(repository.findByToolTypeName("github")).isEmpty();
  }

  @Test
  void create_withANameAnotherConnectorHoldsInAnyCase_conflicts_andRegistersNothing() {
    repository.create(open("Shop"), T0);

    assertThatThrownBy(() -> repository.create(open("SHOP"), T0))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Connector with tool_type_name 'SHOP' already exists");
    assertThat(repository.list(PageRequest.ALL).total()).isEqualTo(1);
    assertThat(tools.types().list()).hasSize(11);
  }

  @Test
  void create_withTheExactNameOfAnotherToolType_conflicts() {
    assertThatThrownBy(() -> repository.create(open("zabbix"), T0))
        .isInstanceOf(ConflictException.class)
        .hasMessage("tool_type_name 'zabbix' conflicts with an existing tool type");
    assertThat(repository.list(PageRequest.ALL).total()).isZero();
  }

  @Test
  void update_replacesTheSettings_renamesTheType_keepsCreatedAt_andItsInstancesStayAttached() {
    HttpConnector created = repository.create(open("Shop"), T0);
    StoredToolInstance attached = instance(created.toolTypeId(), "prod-shop", Map.of("url", "https://shop"));
    HttpConnectorSpec renamed = bearer("Store");

    HttpConnector updated = repository.update(created.id(), renamed, UnaryOperator.identity(), T1).orElseThrow();

    assertThat(updated.spec()).isEqualTo(renamed);
    assertThat(updated.toolTypeId()).isEqualTo(created.toolTypeId());
    assertThat(updated.createdAt()).isEqualTo(T0);
    assertThat(updated.updatedAt()).isEqualTo(T1);
    assertThat(repository.find(created.id())).contains(updated);
    ToolType type = tools.types().find(created.toolTypeId()).orElseThrow();
    assertThat(type.definition()).isEqualTo(renamed.toolType());
    assertThat(type.createdAt()).isEqualTo(T0);
    assertThat(type.updatedAt()).isEqualTo(T1);
    assertThat(tools.types().findByName("Shop")).isEmpty();
    assertThat(tools.instances().find(attached.id())).contains(attached);
  }

  @Test
  void update_rewritesTheStoredSettingsOfItsOwnInstancesOnly_leavingTheirUpdatedAt() {
    HttpConnector mine = repository.create(open("Mine"), T0);
    HttpConnector other = repository.create(open("Other"), T0);
    StoredToolInstance a = instance(mine.toolTypeId(), "a", Map.of("url", "https://a", "token", "plain-a"));
    StoredToolInstance b = instance(other.toolTypeId(), "b", Map.of("url", "https://b", "token", "plain-b"));
    UnaryOperator<Map<String, Object>> seal = settings -> {
      Map<String, Object> out = new LinkedHashMap<>(settings);
      out.put("token", "sealed:" + settings.get("token"));
      return out;
    };

    repository.update(mine.id(), bearer("Mine"), seal, T1);

    StoredToolInstance resealed = tools.instances().find(a.id()).orElseThrow();
    assertThat(resealed.fields().sealedSettings()).isEqualTo(Map.of("url", "https://a", "token", "sealed:plain-a"));
    assertThat(resealed.updatedAt()).isEqualTo(T0);
    assertThat(tools.instances().find(b.id())).contains(b);
  }

  @Test
  void update_toAnotherConnectorsNameInAnyCase_conflicts_andChangesNothing() {
    repository.create(open("Taken"), T0);
    HttpConnector mine = repository.create(open("Mine"), T0);

    assertThatThrownBy(() -> repository.update(mine.id(), open("tAKEN"), UnaryOperator.identity(), T1))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Connector with tool_type_name 'tAKEN' already exists");
    assertThat(repository.find(mine.id())).contains(mine);
    assertThat(tools.types().find(mine.toolTypeId()).orElseThrow().name()).isEqualTo("Mine");
  }

  @Test
  void update_changingOnlyTheCaseOfItsOwnName_isAllowed() {
    HttpConnector mine = repository.create(open("Mine"), T0);

    HttpConnector updated = repository.update(mine.id(), open("MINE"), UnaryOperator.identity(), T1).orElseThrow();

    assertThat(updated.toolTypeName()).isEqualTo("MINE");
    assertThat(tools.types().findByName("MINE")).isPresent();
  }

  @Test
  void update_unknownId_isEmpty_andCreatesNothing() {
    assertThat(repository.update(new HttpConnectorId(42), open("x"), UnaryOperator.identity(), T0)).isEmpty();
    assertThat(repository.list(PageRequest.ALL).total()).isZero();
    assertThat(tools.types().list()).hasSize(10);
  }

  @Test
  void delete_removesTheConnectorAndItsType_once_andFreesTheName() {
    HttpConnector created = repository.create(open("Gone"), T0);

    assertThat(repository.delete(created.id())).isTrue();
    assertThat(repository.delete(created.id())).isFalse();
    assertThat(repository.find(created.id())).isEmpty();
    assertThat(tools.types().find(created.toolTypeId())).isEmpty();
    assertThat(repository.create(open("GONE"), T0).id()).isNotEqualTo(created.id());
  }

  @Test
  void delete_whileInstancesOfItsTypeExist_conflictsWithTheirCount_andRemovesNothing() {
    HttpConnector created = repository.create(open("Used"), T0);
    instance(created.toolTypeId(), "one", Map.of("url", "https://one"));
    instance(created.toolTypeId(), "two", Map.of("url", "https://two"));

    assertThatThrownBy(() -> repository.delete(created.id()))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Connector is used by 2 tool instance(s); delete them first");
    assertThat(repository.find(created.id())).contains(created);
    assertThat(tools.types().find(created.toolTypeId())).isPresent();
  }

  @Test
  void list_ordersById_andPages() {
    HttpConnector b = repository.create(open("b"), T0);
    HttpConnector a = repository.create(open("a"), T0);
    HttpConnector c = repository.create(open("c"), T0);

    Page<HttpConnector> all = repository.list(PageRequest.ALL);
    Page<HttpConnector> second = repository.list(PageRequest.of(2, 2));

    assertThat(all.items()).containsExactly(b, a, c);
    assertThat(second.items()).containsExactly(c);
    assertThat(second.total()).isEqualTo(3);
    assertThat(repository.list(PageRequest.of(9, 2)).items()).isEmpty();
  }

  @Test
  void ids_areNeverReused() {
    HttpConnector first = repository.create(open("one"), T0);
    repository.delete(first.id());

    HttpConnector second = repository.create(open("two"), T0);

    assertThat(second.id().value()).isGreaterThan(first.id().value());
    assertThat(List.of(second.toolTypeId().value())).doesNotContain(first.toolTypeId().value());
  }
}
