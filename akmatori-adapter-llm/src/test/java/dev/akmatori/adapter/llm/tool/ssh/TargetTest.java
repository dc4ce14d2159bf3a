package dev.akmatori.adapter.llm.tool.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** §6.1 targets and settings defaults, without a network. */
class TargetTest {
  private static final Map<String, Object> SETTINGS = Map.of(
      "ssh_hosts", List.of(
          Map.of("hostname", "web-1", "address", "10.0.0.1"),
          Map.of("hostname", "web-2", "address", "10.0.0.2", "user", "ops", "port", 2222, "key_id", "k2",
              "jumphost_address", "bastion", "allow_write_commands", true),
          Map.of("hostname", "legacy", "address", " ")),
      "adhoc_default_user", "admin");

  private static SshSettings settings(Map<String, Object> overrides) {
    Map<String, Object> merged = new LinkedHashMap<>(SETTINGS);
    merged.putAll(overrides);
    return SshSettings.from(SshTestbed.SSH.settingsSchema(), merged);
  }

  @Test
  void defaults_applyAtCallTime() {
    SshSettings s = settings(Map.of());

    assertThat(s.commandTimeout()).isEqualTo(Duration.ofSeconds(120));
    assertThat(s.connectionTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(s.hostKeyPolicy()).isEqualTo(HostKeyPolicy.AUTO_ADD);
    assertThat(s.adhocAllowed()).isFalse();
    SshHost web1 = s.hosts().get(0);
    assertThat(web1.user()).isEqualTo("root");
    assertThat(web1.port()).isEqualTo(22);
    assertThat(web1.keyId()).isEmpty();
    assertThat(web1.jump()).isEmpty();
    assertThat(web1.allowWrite()).isFalse();
    SshHost web2 = s.hosts().get(1);
    assertThat(web2.jump().orElseThrow()).isEqualTo(new SshHost.JumpHost("bastion", "ops", 22));
    assertThat(web2.keyId()).contains("k2");
    assertThat(web2.allowWrite()).isTrue();
  }

  @Test
  void noServers_meansEveryHostWithAnAddress() {
    assertThat(Target.resolve(settings(Map.of()), List.of()))
        .extracting(Target::server).containsExactly("web-1", "web-2");
  }

  @Test
  void entries_matchHostnameOrAddress_onceEach_andTheRestAreNotConfigured() {
    List<Target> targets = Target.resolve(settings(Map.of()),
        List.of("10.0.0.2", "web-1", " web-2 ", "db-1", "db-1"));

    assertThat(targets).extracting(Target::server).containsExactly("web-2", "web-1", "db-1");
    assertThat(targets.get(2).host()).isEmpty();
    assertThat(targets.get(2).error()).isEqualTo("server not configured: db-1");
  }

  @Test
  void unknownEntries_areAdHocTargets_whenAllowed_withTheAdHocDefaults() {
    SshSettings s = settings(Map.of("allow_adhoc_connections", true, "adhoc_default_port", 2200,
        "adhoc_allow_write_commands", true));

    SshHost adhoc = Target.resolve(s, List.of("10.9.9.9")).get(0).host().orElseThrow();

    assertThat(adhoc).isEqualTo(new SshHost("10.9.9.9", "10.9.9.9", "admin", 2200,
        Optional.empty(), Optional.empty(), true));
  }
}
