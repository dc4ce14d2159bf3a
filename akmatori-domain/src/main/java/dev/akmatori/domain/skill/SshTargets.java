package dev.akmatori.domain.skill;

import dev.akmatori.domain.tool.ToolInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an {@code ssh} instance can reach (contract §6.1), for its Assigned Tools block: configured
 * host names with their write switch, and the ad-hoc switches with their defaults. Read from the
 * settings with schema defaults applied.
 */
record SshTargets(
    List<String> hosts,
    List<Boolean> hostWrites,
    boolean adhoc,
    String adhocUser,
    Object adhocPort,
    boolean adhocWrites) {

  @SuppressWarnings("unchecked")
  static SshTargets of(ToolInstance instance) {
    Map<String, Object> settings = instance.type().settingsSchema().withDefaults(instance.settings());
    List<String> hosts = new ArrayList<>();
    List<Boolean> writes = new ArrayList<>();
    Object configured = settings.get("ssh_hosts");
    if (configured instanceof List) {
      for (Object host : (List<Object>) configured) {
        if (host instanceof Map && ((Map<String, Object>) host).get("hostname") instanceof String) {
          Map<String, Object> h = (Map<String, Object>) host;
          hosts.add((String) h.get("hostname"));
          writes.add(Boolean.TRUE.equals(h.get("allow_write_commands")));
        }
      }
    }
    return new SshTargets(
        hosts,
        writes,
        Boolean.TRUE.equals(settings.get("allow_adhoc_connections")),
        String.valueOf(settings.getOrDefault("adhoc_default_user", "root")),
        settings.getOrDefault("adhoc_default_port", 22),
        Boolean.TRUE.equals(settings.get("adhoc_allow_write_commands")));
  }

  /** True when some reachable target only accepts read-only commands. */
  boolean anyReadOnly() {
    return hostWrites.contains(Boolean.FALSE) || (adhoc && !adhocWrites);
  }

  void describe(StringBuilder out) {
    if (hosts.isEmpty() && !adhoc) {
      out.append("SSH is not configured for this instance: it has no hosts and ad-hoc connections are"
          + " disabled, so its operations cannot reach any server.\n");
      return;
    }
    if (hosts.isEmpty()) {
      out.append("Configured hosts: none.\n");
    } else {
      List<String> items = new ArrayList<>();
      for (int i = 0; i < hosts.size(); i++) {
        items.add("`" + hosts.get(i) + "` (" + (hostWrites.get(i) ? "write commands allowed" : "read-only") + ")");
      }
      out.append("Configured hosts (target them by name in `servers`; all of them when `servers` is"
          + " omitted): ").append(String.join(", ", items)).append(".\n");
    }
    if (adhoc) {
      out.append("Ad-hoc targets: allowed — any other host name or address in `servers` is reached"
          + " as user `").append(adhocUser).append("` on port ").append(adhocPort).append(" (")
          .append(adhocWrites ? "write commands allowed" : "read-only").append(").\n");
    } else {
      out.append("Ad-hoc targets: not allowed — only the configured hosts can be targeted.\n");
    }
    if (anyReadOnly()) {
      out.append(SshReadOnlyRules.TEXT);
    }
  }
}
