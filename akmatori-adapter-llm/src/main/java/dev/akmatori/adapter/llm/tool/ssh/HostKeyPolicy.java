package dev.akmatori.adapter.llm.tool.ssh;

/** {@code ssh_known_hosts_policy} (§6.1). */
enum HostKeyPolicy {
  /** Only keys already in known_hosts are accepted. */
  STRICT,
  /** Unknown hosts are recorded on first contact; a changed key is refused. */
  AUTO_ADD,
  /** Any key is accepted and nothing is recorded. */
  IGNORE;

  static HostKeyPolicy of(String setting) {
    switch (setting) {
      case "strict":
        return STRICT;
      case "ignore":
        return IGNORE;
      default:
        return AUTO_ADD;
    }
  }
}
