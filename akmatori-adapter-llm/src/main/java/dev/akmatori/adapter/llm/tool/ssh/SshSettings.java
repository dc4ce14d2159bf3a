package dev.akmatori.adapter.llm.tool.ssh;

import dev.akmatori.adapter.llm.tool.ssh.SshHost.JumpHost;
import dev.akmatori.domain.tool.SettingsSchema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code ssh} settings of one instance as the invoker uses them, schema defaults applied
 * (§3.4.2: defaults apply at call time). Hosts keep their order; entries that are not objects are
 * skipped (validation never stores them).
 */
record SshSettings(
    List<SshHost> hosts,
    Duration commandTimeout,
    Duration connectionTimeout,
    HostKeyPolicy hostKeyPolicy,
    boolean debug,
    boolean adhocAllowed,
    String adhocUser,
    int adhocPort,
    boolean adhocAllowWrite) {

  SshSettings {
    hosts = List.copyOf(hosts);
  }

  static SshSettings from(SettingsSchema schema, Map<String, Object> stored) {
    Map<String, Object> s = schema.withDefaults(stored);
    List<SshHost> hosts = new ArrayList<>();
    if (s.get("ssh_hosts") instanceof List) {
      for (Object entry : (List<?>) s.get("ssh_hosts")) {
        if (entry instanceof Map) {
          hosts.add(host((Map<?, ?>) entry));
        }
      }
    }
    return new SshSettings(
        hosts,
        Duration.ofSeconds(number(s.get("ssh_command_timeout"), 120)),
        Duration.ofSeconds(number(s.get("ssh_connection_timeout"), 30)),
        HostKeyPolicy.of(text(s.get("ssh_known_hosts_policy"), "auto_add")),
        Boolean.TRUE.equals(s.get("ssh_debug")),
        Boolean.TRUE.equals(s.get("allow_adhoc_connections")),
        text(s.get("adhoc_default_user"), "root"),
        number(s.get("adhoc_default_port"), 22),
        Boolean.TRUE.equals(s.get("adhoc_allow_write_commands")));
  }

  /** An ad-hoc target: the entry is both its name and its address. */
  SshHost adhoc(String server) {
    return new SshHost(server, server, adhocUser, adhocPort, Optional.empty(), Optional.empty(), adhocAllowWrite);
  }

  private static SshHost host(Map<?, ?> h) {
    String user = text(h.get("user"), "root");
    String jumpAddress = text(h.get("jumphost_address"), "").trim();
    Optional<JumpHost> jump = jumpAddress.isEmpty()
        ? Optional.empty()
        : Optional.of(new JumpHost(jumpAddress, text(h.get("jumphost_user"), user), number(h.get("jumphost_port"), 22)));
    String keyId = text(h.get("key_id"), "").trim();
    return new SshHost(
        text(h.get("hostname"), ""),
        text(h.get("address"), "").trim(),
        user,
        number(h.get("port"), 22),
        keyId.isEmpty() ? Optional.empty() : Optional.of(keyId),
        jump,
        Boolean.TRUE.equals(h.get("allow_write_commands")));
  }

  private static String text(Object value, String fallback) {
    return value instanceof String && !((String) value).isEmpty() ? (String) value : fallback;
  }

  private static int number(Object value, int fallback) {
    return value instanceof Number ? ((Number) value).intValue() : fallback;
  }
}
