package dev.akmatori.domain.skill;

/** The read-only rules of contract §6.1 as the agent reads them in an ssh block of SKILL.md. */
final class SshReadOnlyRules {
  static final String TEXT =
      """
      Read-only rules (for read-only targets; a command that breaks them is not run there and its \
      result says why):
      - Write one command line: no newline, backtick, `$(`, `<(` or `>(` anywhere; no background \
      `&`; no output redirects (`>`, `>>`, `2>`, `&>`, `>|`, `2>&1`). Segments may be joined with \
      `;`, `|`, `&&` and `||`.
      - Blocked words: `rm`, `mv`, `cp`, `chmod`, `chown`, `dd`, `mkfs`/`mkfs.*`, `mount`, `umount`, \
      `kill`, `pkill`, `killall`, `shutdown`, `reboot`, `useradd`, `passwd`, `iptables`, `ufw`, `su`; \
      `systemctl start|stop|restart|enable|disable`; `docker rm|rmi|stop|kill|exec|run|start`; \
      `kubectl delete|apply|create|exec|edit|patch`; `apt`, `apt-get`, `yum`, `dnf` with `install`, \
      `remove`, `purge` or `erase`.
      - Every segment must run an allowed command (after `VAR=value` words and a plain `sudo` \
      wrapper; `sudo -e/-i/-s` is refused): cat head tail less more grep rg fzf find locate which \
      type ls pwd tree whoami uname hostname date id uptime w who last nproc lscpu getconf ps top \
      htop pgrep pstree mpstat sar iostat vmstat nmon iotop pidstat df du free lsblk netstat ss ip \
      ifconfig ping traceroute dig nslookup host env printenv echo wc sort uniq cut awk sed tr diff \
      comm test [ stat file md5sum sha256sum journalctl dmesg; and only these subcommands: `docker` \
      ps, images, logs, inspect, stats, top, info, version, network ls, volume ls; `kubectl` get, \
      describe, logs, top, version, config view, cluster-info; `systemctl` status, is-active, \
      is-enabled, list-units, list-unit-files, show; `apt` list, show, search, policy; `yum` list, \
      info, search; `dpkg` -l, -L, -s; `rpm` -qa, -qi, -ql, --query.
      - Refused options: `sed -i`/`--in-place`; `find -delete`, `-exec`, `-execdir`, `-ok`, \
      `-okdir`, `-fprint*`, `-fls`; `awk` with `system(`; `ip` with set, add, append, change, \
      replace, del, delete, flush or exec; `ifconfig` with more than one argument; `hostname` with \
      a new name, `-F` or `--file`; `date -s`/`--set`; `journalctl --vacuum*`/`--rotate`; `dmesg \
      -C`/`-c`/`--clear`/`--read-clear`; `env` running a command; `sort -o`/`--output`; `tree -o`; \
      `sar -o`.
      - These rules guard against accidental changes; they are not a security boundary.
      """;

  private SshReadOnlyRules() {}
}
