package dev.akmatori.adapter.llm.tool.ssh;

import static dev.akmatori.adapter.llm.tool.ssh.SshTestbed.host;
import static dev.akmatori.adapter.llm.tool.ssh.SshTestbed.results;
import static dev.akmatori.adapter.llm.tool.ssh.SshTestbed.settings;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** §6.1 jump hosts and host-key policies against two real sshd: a target and a bastion. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SshJumpAndHostKeysTest {
  @TempDir static Path shared;
  static SshdPeer target;
  static SshdPeer bastion;
  static TestKeys key;
  static TestKeys otherHostKey;

  @TempDir Path dataDir;

  @BeforeAll
  static void startPeers() throws Exception {
    key = TestKeys.ed25519(shared.resolve("keys"), "client");
    otherHostKey = TestKeys.ed25519(shared.resolve("keys"), "other-host");
    target = SshdPeer.start(shared.resolve("target"), List.of(key.publicLine()));
    bastion = SshdPeer.start(shared.resolve("bastion"), List.of(key.publicLine()), "DEBUG1");
  }

  @AfterAll
  static void stopPeers() {
    if (target != null) {
      target.close();
    }
    if (bastion != null) {
      bastion.close();
    }
  }

  private SshTestbed testbed() {
    SshTestbed testbed = new SshTestbed(dataDir);
    testbed.addKey("main", key, true);
    return testbed;
  }

  private static String token(SshdPeer peer) {
    return "[127.0.0.1]:" + peer.port();
  }

  private Map<String, Object> connectivity(SshTestbed testbed, String policy, Map<String, Object> host) {
    return results(testbed.call("test_connectivity", Map.of(),
        settings(List.of(host), "ssh_known_hosts_policy", policy))).get(0);
  }

  @Test
  void aJumpHost_isConnectedFirst_andTheTargetIsReachedThroughIt() throws Exception {
    Map<String, Object> host = host("inner", target.port(),
        "jumphost_address", "127.0.0.1", "jumphost_port", bastion.port());

    Map<String, Object> result = results(testbed().call("execute_command", Map.of("command", "echo via-bastion"),
        settings(List.of(host)))).get(0);

    assertThat(result).containsEntry("success", true).containsEntry("stdout", "via-bastion\n");
    // The bastion authenticated our user (the host's: no jumphost_user) and forwarded to the target.
    assertThat(bastion.log()).contains("Accepted publickey for " + SshdPeer.user())
        .containsPattern("direct_tcpip: originator .* target 127\\.0\\.0\\.1 port " + target.port());
    // auto_add recorded both hops.
    assertThat(Files.readAllLines(dataDir.resolve("ssh/known_hosts")))
        .containsExactlyInAnyOrder(token(bastion) + " " + bastion.hostKeyLine(), token(target) + " " + target.hostKeyLine());
  }

  @Test
  void strict_refusesAnUnknownHostKey_andRecordsNothing() {
    Map<String, Object> result = connectivity(testbed(), "strict", host("web-1", target.port()));

    assertThat(result).containsEntry("success", false).containsEntry("error",
        "host key verification failed: " + token(target) + " is not in known_hosts (policy strict)");
    assertThat(dataDir.resolve("ssh/known_hosts")).doesNotExist();
  }

  @Test
  void strict_acceptsAKnownKey_plainOrHashed() throws Exception {
    SshTestbed testbed = testbed();
    Files.createDirectories(testbed.knownHosts().getParent());
    Files.writeString(testbed.knownHosts(), "# operator's file\n" + token(target) + " " + target.hostKeyLine() + "\n");
    assertThat(connectivity(testbed, "strict", host("web-1", target.port()))).containsEntry("success", true);

    TestKeys.run(dataDir, "ssh-keygen", "-H", "-f", testbed.knownHosts().toString());
    assertThat(Files.readString(testbed.knownHosts())).contains("\n|1|").doesNotContain("127.0.0.1");
    assertThat(connectivity(testbed, "strict", host("web-1", target.port()))).containsEntry("success", true);
  }

  @Test
  void autoAdd_recordsAnUnknownKey_thenAcceptsIt() throws Exception {
    SshTestbed testbed = testbed();

    assertThat(connectivity(testbed, "auto_add", host("web-1", target.port()))).containsEntry("success", true);
    List<String> recorded = Files.readAllLines(testbed.knownHosts());
    assertThat(recorded).containsExactly(token(target) + " " + target.hostKeyLine());

    assertThat(connectivity(testbed, "auto_add", host("web-1", target.port()))).containsEntry("success", true);
    assertThat(Files.readAllLines(testbed.knownHosts())).isEqualTo(recorded);
  }

  @Test
  void aChangedHostKey_isRefused_byAutoAddAndStrict_butIgnoreAcceptsAnyKey() throws Exception {
    SshTestbed testbed = testbed();
    Files.createDirectories(testbed.knownHosts().getParent());
    String[] other = otherHostKey.publicLine().split(" ");
    String stale = token(target) + " " + other[0] + " " + other[1] + "\n";
    Files.writeString(testbed.knownHosts(), stale);
    String changed = "host key verification failed: the host key of " + token(target)
        + " differs from the one in known_hosts (possible man-in-the-middle attack)";

    assertThat(connectivity(testbed, "auto_add", host("web-1", target.port()))).containsEntry("error", changed);
    assertThat(connectivity(testbed, "strict", host("web-1", target.port()))).containsEntry("error", changed);
    assertThat(connectivity(testbed, "ignore", host("web-1", target.port()))).containsEntry("success", true);
    assertThat(Files.readString(testbed.knownHosts())).isEqualTo(stale);
  }

  @Test
  void theHostKeyPolicy_appliesToTheJumpHostToo() {
    Map<String, Object> host = host("inner", target.port(),
        "jumphost_address", "127.0.0.1", "jumphost_port", bastion.port(), "jumphost_user", SshdPeer.user());

    Map<String, Object> result = connectivity(testbed(), "strict", host);

    assertThat(result).containsEntry("success", false).containsEntry("error",
        "jump host host key verification failed: " + token(bastion) + " is not in known_hosts (policy strict)");
  }
}
