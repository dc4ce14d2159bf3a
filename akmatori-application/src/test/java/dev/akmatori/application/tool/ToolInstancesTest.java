package dev.akmatori.application.tool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.domain.tool.LogicalName;
import dev.akmatori.domain.tool.ToolInstance;
import dev.akmatori.domain.tool.ToolInstanceId;
import dev.akmatori.domain.tool.ToolType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The read side for the gateway and skills: secrets in clear, by id, logical name or all. */
class ToolInstancesTest {
  private final ToolFixture fixture = new ToolFixture();

  @Test
  void resolve_givesDecryptedSettings_byIdAndByLogicalName() {
    Map<String, Object> settings = Map.of("grafana_url", "https://g", "grafana_api_token", "glsa_secret_1234");
    ToolInstance created = fixture.tools.create(new CreateToolInstance(6L, "Grafana", null, settings, null)).instance();

    assertThat(fixture.storedSettings(created.id()).get("grafana_api_token")).asString().startsWith("test:k1:");
    assertThat(fixture.instances.resolve(created.id()).orElseThrow().settings()).isEqualTo(settings);
    assertThat(fixture.instances.resolve(LogicalName.from("grafana")).orElseThrow().id()).isEqualTo(created.id());
    assertThat(fixture.instances.resolve(new ToolInstanceId(77))).isEmpty();
    assertThat(fixture.instances.sshCredentials(created.id())).isEmpty();
  }

  @Test
  void all_listsEveryInstanceById_enabledOrNot() {
    fixture.tools.create(new CreateToolInstance(1L, "b", null, Map.of(), false));
    fixture.tools.create(new CreateToolInstance(1L, "a", null, Map.of(), true));

    assertThat(fixture.instances.all()).extracting(ToolInstance::name).containsExactly("b", "a");
  }

  @Test
  void theCatalogue_seedsTheTenBuiltins_onceAndForAll() {
    fixture.catalogue.seedBuiltins();
    fixture.catalogue.seedBuiltins();

    List<ToolType> types = fixture.catalogue.list();
    assertThat(types).hasSize(10);
    assertThat(types.get(0).name()).isEqualTo("ssh");
    assertThat(types.get(9).id().value()).isEqualTo(10);
  }
}
