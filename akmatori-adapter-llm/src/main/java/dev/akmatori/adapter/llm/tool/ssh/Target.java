package dev.akmatori.adapter.llm.tool.ssh;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One entry of a call's targets (§6.1): a host to run on, or the error an entry resolves to
 * ({@code server not configured: <x>}). {@code server} is what the result reports.
 */
record Target(String server, Optional<SshHost> host, String error) {

  /**
   * No {@code servers} (or an empty list) → every configured host with a non-blank address;
   * otherwise each entry matched by hostname, then by address, else ad-hoc when allowed. An entry
   * naming a host already targeted is dropped, so a command never runs twice on one host.
   */
  static List<Target> resolve(SshSettings settings, List<String> servers) {
    List<Target> targets = new ArrayList<>();
    if (servers.isEmpty()) {
      settings.hosts().stream()
          .filter(h -> !h.address().isBlank())
          .forEach(h -> targets.add(of(h)));
      return targets;
    }
    Set<String> seen = new LinkedHashSet<>();
    for (String raw : servers) {
      String server = raw.trim();
      Optional<SshHost> host = match(settings.hosts(), server);
      if (host.isPresent()) {
        if (seen.add("host:" + host.get().hostname())) {
          targets.add(of(host.get()));
        }
      } else if (!seen.add("entry:" + server)) {
        continue;
      } else if (settings.adhocAllowed() && !server.isEmpty()) {
        targets.add(of(settings.adhoc(server)));
      } else {
        targets.add(new Target(server, Optional.empty(), "server not configured: " + server));
      }
    }
    return targets;
  }

  private static Target of(SshHost host) {
    return new Target(host.hostname(), Optional.of(host), null);
  }

  private static Optional<SshHost> match(List<SshHost> hosts, String server) {
    Optional<SshHost> byName = hosts.stream().filter(h -> h.hostname().equals(server)).findFirst();
    return byName.isPresent()
        ? byName
        : hosts.stream().filter(h -> !h.address().isBlank() && h.address().equals(server)).findFirst();
  }
}
