package dev.akmatori.application.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.domain.shared.BadRequestException;
import dev.akmatori.domain.shared.ConflictException;
import dev.akmatori.domain.shared.NotFoundException;
import dev.akmatori.domain.shared.Secret;
import dev.akmatori.domain.shared.ValidationException;
import dev.akmatori.domain.testing.TestSshKeys;
import dev.akmatori.domain.tool.SshKey;
import dev.akmatori.domain.tool.SshKeyDraft;
import dev.akmatori.domain.tool.ToolInstanceId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SSH keys of ssh instances (contract §3.4.3) over fakes. */
class SshKeyServiceTest {
  private final ToolFixture fixture = new ToolFixture();
  private final SshKeyService keys = fixture.keys;
  private final ToolInstanceId ssh = tool(1L, "box");

  static SshKeyDraft draft(String name) {
    return new SshKeyDraft(name, Secret.of(TestSshKeys.ed25519()));
  }

  private ToolInstanceId tool(long type, String name) {
    Map<String, Object> settings = type == 2L ? Map.of("zabbix_url", "https://z") : Map.of();
    return fixture.tools.create(new CreateToolInstance(type, name, null, settings, null)).instance().id();
  }

  private List<String> defaults() {
    return keys.list(ssh).stream().filter(SshKey::isDefault).map(SshKey::name).toList();
  }

  @Test
  void create_storesThePrivateKeySealed_andTheFirstKeyIsTheDefault() {
    SshKey first = keys.create(ssh, draft("deploy"), false);

    assertThat(first.isDefault()).isTrue();
    assertThat(first.id().value()).matches("[0-9a-f-]{36}");
    assertThat(first.createdAt()).isEqualTo(ToolFixture.START);
    String sealed = fixture.stores.keys().listSealed(ssh).get(0).sealedPrivateKey();
    assertThat(sealed).startsWith("test:k1:").doesNotContain("OPENSSH");
    assertThat(fixture.instances.sshCredentials(ssh).get(0).privateKey().reveal()).isEqualTo(TestSshKeys.ed25519());
  }

  @Test
  void isDefaultTrue_movesTheFlag_falseNeverRemovesIt_emptyNameIsIgnored() {
    SshKey a = keys.create(ssh, draft("a"), false);
    SshKey b = keys.create(ssh, draft("b"), true);
    assertThat(defaults()).containsExactly("b");

    keys.update(ssh, b.id().value(), new SshKeyChange("", false));
    assertThat(defaults()).containsExactly("b");
    SshKey renamed = keys.update(ssh, a.id().value(), new SshKeyChange("  a2  ", true));
    assertThat(renamed.name()).isEqualTo("a2");
    assertThat(defaults()).containsExactly("a2");
  }

  @Test
  void unknownOrMalformedKeyIds_areNotFound_withTheIdAsSent() {
    keys.create(ssh, draft("a"), false);

    for (String id : List.of("nope", "3f1c0a8e-5b7d-4c2e-9f10-1a2b3c4d5e6f", "3F1C0A8E-5B7D-4C2E-9F10-1A2B3C4D5E6F")) {
      assertThatThrownBy(() -> keys.get(ssh, id)).isInstanceOf(NotFoundException.class)
          .hasMessage("SSH key with ID '" + id + "' not found");
      assertThatThrownBy(() -> keys.update(ssh, id, new SshKeyChange("x", true))).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> keys.delete(ssh, id)).isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void everyRoute_onANonSshTool_isABadRequest_onAnUnknownTool_notFound() {
    ToolInstanceId zabbix = tool(2L, "z");
    ToolInstanceId unknown = new ToolInstanceId(999);

    for (ToolInstanceId id : List.of(zabbix, unknown)) {
      Class<? extends Exception> expected = id.equals(zabbix) ? BadRequestException.class : NotFoundException.class;
      String message = id.equals(zabbix) ? "SSH keys are only supported for ssh tools" : "Tool not found";
      assertThatThrownBy(() -> keys.checkTool(id)).isInstanceOf(expected).hasMessage(message);
      assertThatThrownBy(() -> keys.list(id)).isInstanceOf(expected).hasMessage(message);
      assertThatThrownBy(() -> keys.get(id, "x")).isInstanceOf(expected).hasMessage(message);
      assertThatThrownBy(() -> keys.create(id, draft("a"), false)).isInstanceOf(expected).hasMessage(message);
      assertThatThrownBy(() -> keys.update(id, "x", new SshKeyChange(null, false))).isInstanceOf(expected).hasMessage(message);
      assertThatThrownBy(() -> keys.delete(id, "x")).isInstanceOf(expected).hasMessage(message);
    }
  }

  @Test
  void delete_refusesAKeyUsedByAHost_andTheOnlyKey_elsePassesTheDefaultOn() {
    SshKey a = keys.create(ssh, draft("a"), false);
    assertThatThrownBy(() -> keys.delete(ssh, a.id().value()))
        .isInstanceOf(ConflictException.class).hasMessage("Cannot delete the only SSH key");
    SshKey b = keys.create(ssh, draft("b"), false);
    Map<String, Object> hosts = Map.of("ssh_hosts", List.of(Map.of("hostname", "web-1", "address", "10.0.0.1", "key_id", b.id().value())));
    fixture.tools.update(ssh, new UpdateToolInstance(null, null, hosts, null));

    assertThatThrownBy(() -> keys.delete(ssh, b.id().value()))
        .isInstanceOf(ConflictException.class).hasMessage("Cannot delete key: it is used by host 'web-1'");
    keys.delete(ssh, a.id().value());
    assertThat(defaults()).containsExactly("b");
  }

  @Test
  void duplicateNames_areConflicts_andLongNamesFailValidation() {
    keys.create(ssh, draft("a"), false);
    SshKey b = keys.create(ssh, draft("b"), false);

    assertThatThrownBy(() -> keys.create(ssh, draft("a"), true))
        .isInstanceOf(ConflictException.class).hasMessage("SSH key with name 'a' already exists");
    assertThatThrownBy(() -> keys.update(ssh, b.id().value(), new SshKeyChange("a", false)))
        .isInstanceOf(ConflictException.class).hasMessage("SSH key with name 'a' already exists");
    assertThatThrownBy(() -> new SshKeyChange("x".repeat(129), false))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).details()).containsEntry("name", "must be at most 128 characters"));
  }
}
