package dev.akmatori.application.skill;

import static dev.akmatori.domain.tool.SchemaBuilder.object;
import static dev.akmatori.domain.tool.SchemaBuilder.string;
import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.investigation.tool.AllowedInstance;
import dev.akmatori.application.tool.CreateToolInstance;
import dev.akmatori.application.tool.InMemoryToolTypeRepository;
import dev.akmatori.application.tool.UpdateToolInstance;
import dev.akmatori.domain.tool.ToolKind;
import dev.akmatori.domain.tool.ToolOperation;
import dev.akmatori.domain.tool.ToolType;
import dev.akmatori.domain.tool.ToolTypeDefinition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The allowlist rule of contract §5.4 over the skills, tool instances and connectors. */
class SkillToolAllowlistTest {
  private final SkillFixture f = SkillFixture.inMemory();

  private List<Long> allowedIds() {
    return f.allowlist.allowedInstances().stream().map(AllowedInstance::id).toList();
  }

  private long zabbix(String name, boolean enabled) {
    return f.tool("zabbix", name, Map.of("zabbix_url", "https://z.example.com", "zabbix_token", "tok-" + name),
        enabled);
  }

  @Test
  void nothingAssigned_meansAnEmptyAllowlist() {
    zabbix("unassigned", true);

    assertThat(f.allowlist.allowedInstances()).isEmpty();
  }

  @Test
  void enabledInstancesOfEnabledSkills_incidentManagerIncluded_eachOnceById() {
    long a = zabbix("a", true);
    long b = zabbix("b", true);
    long c = zabbix("c", true);
    f.skills.create(new CreateSkill("one", null, null, null, null));
    f.skills.setTools("one", List.of(c, a));
    f.skills.setTools("incident-manager", List.of(a, b));

    assertThat(allowedIds()).containsExactly(a, b, c);
  }

  @Test
  void disabledSkills_andDisabledInstances_contributeNothing() {
    long viaDisabledSkill = zabbix("a", true);
    long disabled = zabbix("b", false);
    long shared = zabbix("c", true);
    f.skills.create(new CreateSkill("off", null, null, null, false));
    f.skills.create(new CreateSkill("on", null, null, null, null));
    f.skills.setTools("off", List.of(viaDisabledSkill, shared));
    f.skills.setTools("on", List.of(disabled, shared));

    assertThat(allowedIds()).containsExactly(shared);

    f.tools.update(f.toolId(shared), new UpdateToolInstance(null, null, null, false));
    assertThat(allowedIds()).isEmpty();
  }

  @Test
  void settingsAreDecrypted_andTheTypeComesAlong() {
    long a = zabbix("prod", true);
    f.skills.setTools("incident-manager", List.of(a));

    AllowedInstance allowed = f.allowlist.allowedInstances().get(0);

    assertThat(allowed.settings()).containsEntry("zabbix_token", "tok-prod");
    assertThat(allowed.logicalName().value()).isEqualTo("prod");
    assertThat(allowed.type().name()).isEqualTo("zabbix");
    assertThat(f.stores.tools().instances().find(f.toolId(a)).orElseThrow().fields().sealedSettings()
        .get("zabbix_token")).isNotEqualTo("tok-prod");
  }

  @Test
  void instancesOfAConnectorType_needTheirConnectorEnabled() {
    ToolTypeDefinition github = new ToolTypeDefinition("github", ToolKind.HTTP_CONNECTOR, "GitHub",
        object().property("base_url", string()).build(),
        List.of(new ToolOperation("list_repos", "List", true, object().build())));
    ToolType type = ((InMemoryToolTypeRepository) f.stores.tools().types()).add(github, 42L, f.clock.instant());
    long gh = f.tools.create(new CreateToolInstance(
        type.id().value(), "GH", null, Map.of("base_url", "https://api.github.com"), true)).instance().id().value();
    long z = zabbix("z", true);
    f.skills.setTools("incident-manager", List.of(gh, z));

    assertThat(allowedIds()).containsExactly(gh, z);

    f.disabledConnectors.add(42L);
    assertThat(allowedIds()).containsExactly(z);
  }
}
