package dev.akmatori.domain.tool.ssh;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The word lists of §6.1 rules 3 and 4, exactly as the contract names them. */
final class CommandLists {
  /** Rule 3: blocked wherever they appear as a whole word ({@code mkfs.*} is a prefix rule). */
  static final Set<String> BLOCKED_WORDS = Set.of(
      "rm", "mv", "cp", "chmod", "chown", "dd", "mkfs", "mount", "umount", "kill", "pkill",
      "killall", "shutdown", "reboot", "useradd", "passwd", "iptables", "ufw", "su");

  /** Rule 3: blocked when the first word is directly followed by one of the second. */
  static final Map<String, Set<String>> BLOCKED_PAIRS = Map.of(
      "systemctl", Set.of("start", "stop", "restart", "enable", "disable"),
      "docker", Set.of("rm", "rmi", "stop", "kill", "exec", "run", "start"),
      "kubectl", Set.of("delete", "apply", "create", "exec", "edit", "patch"),
      "apt", Set.of("install", "remove", "purge", "erase"),
      "apt-get", Set.of("install", "remove", "purge", "erase"),
      "yum", Set.of("install", "remove", "purge", "erase"),
      "dnf", Set.of("install", "remove", "purge", "erase"));

  /** Rule 4: the plain allowlist, in the contract's order. */
  static final List<String> ALLOWED = Stream.of(
          "cat head tail less more grep rg fzf find locate which type ls pwd tree",
          "whoami uname hostname date id uptime w who last nproc lscpu getconf",
          "ps top htop pgrep pstree mpstat sar iostat vmstat nmon iotop pidstat",
          "df du free lsblk netstat ss ip ifconfig ping traceroute dig nslookup host",
          "env printenv echo wc sort uniq cut awk sed tr diff comm test [",
          "stat file md5sum sha256sum journalctl dmesg")
      .flatMap(group -> Stream.of(group.split(" ")))
      .toList();

  /**
   * Rule 4: commands allowed only with these subcommands, which must directly follow the command
   * word (two-word ones like {@code network ls} included; for dpkg and rpm they are options).
   */
  static final Map<String, List<String>> SUBCOMMANDS = subcommands();

  /** The {@code <list>} of the refusal message. */
  static final String ALLOWED_TEXT = Stream.concat(
          ALLOWED.stream(),
          SUBCOMMANDS.entrySet().stream()
              .map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")"))
      .collect(Collectors.joining(", "));

  private CommandLists() {}

  static boolean isBlockedWord(String word) {
    return BLOCKED_WORDS.contains(word) || word.startsWith("mkfs.");
  }

  private static Map<String, List<String>> subcommands() {
    Map<String, List<String>> map = new LinkedHashMap<>();
    map.put("docker", List.of("ps", "images", "logs", "inspect", "stats", "top", "info", "version",
        "network ls", "volume ls"));
    map.put("kubectl", List.of("get", "describe", "logs", "top", "version", "config view", "cluster-info"));
    map.put("systemctl", List.of("status", "is-active", "is-enabled", "list-units", "list-unit-files", "show"));
    map.put("apt", List.of("list", "show", "search", "policy"));
    map.put("yum", List.of("list", "info", "search"));
    map.put("dpkg", List.of("-l", "-L", "-s", "--list", "--listfiles", "--status"));
    map.put("rpm", List.of("-qa", "-qi", "-ql", "--query"));
    return Collections.unmodifiableMap(map);
  }
}
