package dev.akmatori.domain.tool.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** §6.1 read-only rules 1–5: hostile commands are refused with their reason, diagnostics pass. */
class ReadOnlyCommandsTest {

  private static String reason(String command) {
    String message = ReadOnlyCommands.refusal(command).orElseThrow(
        () -> new AssertionError("expected a refusal for: " + command));
    String prefix = "command not allowed in read-only mode: ";
    assertThat(message).startsWith(prefix).contains(". Allowed commands: ");
    return message.substring(prefix.length(), message.indexOf(". Allowed commands: "));
  }

  @Test
  void theRefusal_namesTheReason_andListsEveryAllowedCommand() {
    String message = ReadOnlyCommands.refusal("rm -rf /tmp/x").orElseThrow();

    assertThat(message).startsWith("command not allowed in read-only mode: 'rm' is blocked. Allowed commands: cat, head, tail, less,");
    assertThat(message).contains("journalctl, dmesg, docker (ps, images, logs, inspect, stats, top, info, version, network ls, volume ls)");
    assertThat(message).contains("kubectl (get, describe, logs, top, version, config view, cluster-info)");
    assertThat(message).endsWith("rpm (-qa, -qi, -ql, --query)");
    assertThat(ReadOnlyCommands.allowedCommands()).contains("nproc, lscpu, getconf", "test, [", "dpkg (-l, -L, -s, --list, --listfiles, --status)");
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", quoteCharacter = '~', value = {
      "ls $(rm x) => '$(' is not allowed",
      "echo '$(quoted too)' => '$(' is not allowed",
      "ls `rm x` => backticks are not allowed",
      "diff <(ls a) <(ls b) => '<(' is not allowed",
      "ls >(cat) => '>(' is not allowed",
  })
  void rule1_rawText_isRefusedQuotedOrNot(String command, String expected) {
    assertThat(reason(command)).isEqualTo(expected);
  }

  @Test
  void rule1_lineBreaks_areRefused() {
    assertThat(reason("ls\nrm -rf /")).isEqualTo("line breaks are not allowed");
    assertThat(reason("ls\r")).isEqualTo("line breaks are not allowed");
    assertThat(reason("echo 'a\nb'")).isEqualTo("line breaks are not allowed");
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", quoteCharacter = '~', value = {
      "echo 'unclosed => unbalanced single quote",
      "echo \"unclosed => unbalanced double quote",
      "echo $'unclosed => unbalanced single quote",
      "sleep 100 & => background '&' is not allowed",
      "ls & pwd => background '&' is not allowed",
      "ls |& cat => background '&' is not allowed",
      "> file => output redirection '>' is not allowed",
      "cat a >b => output redirection '>' is not allowed",
      "echo hi 2>&1 => output redirection '2>&1' is not allowed",
      "echo hi >> log => output redirection '>>' is not allowed",
      "ls >| f => output redirection '>|' is not allowed",
      "ls &> f => output redirection '&>' is not allowed",
      "ls 2> errors => output redirection '2>' is not allowed",
      "cat <> f => output redirection '<>' is not allowed",
      "ls >&2 => output redirection '>&2' is not allowed",
      "ls; => empty command",
      "; ls => empty command",
      "ls ;; pwd => empty command",
      "ls | | wc => empty command",
      "'' => '' is not an allowed command",
      "~~ => empty command",
      "~   ~ => empty command",
      "FOO=1 => empty command",
      "X=rm; $X -rf / => empty command",
  })
  void rule2_shellWords_refuseOperatorsThatAreNotSeparators(String command, String expected) {
    assertThat(reason(command)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", quoteCharacter = '~', value = {
      "rm x => 'rm' is blocked",
      ";rm -rf / => 'rm' is blocked",
      "ls;rm x => 'rm' is blocked",
      "ls&&rm x => 'rm' is blocked",
      "ls||rm x => 'rm' is blocked",
      "ls|rm x => 'rm' is blocked",
      "ls && 'rm' x => 'rm' is blocked",
      "ls; r\\m x => 'rm' is blocked",
      "$'\\x72\\x6d' -rf / => 'rm' is blocked",
      "sudo rm x => 'rm' is blocked",
      "FOO=1 rm x => 'rm' is blocked",
      "env rm x => 'rm' is blocked",
      "find . -name x | xargs chmod 777 => 'chmod' is blocked",
      "mkfs.ext4 /dev/sda1 => 'mkfs.ext4' is blocked",
      "echo kill => 'kill' is blocked",
      "ps aux | grep su => 'su' is blocked",
      "systemctl restart nginx => 'systemctl restart' is blocked",
      "sudo systemctl stop nginx => 'systemctl stop' is blocked",
      "docker exec -it web sh => 'docker exec' is blocked",
      "docker run alpine => 'docker run' is blocked",
      "kubectl delete pod x => 'kubectl delete' is blocked",
      "kubectl apply -f x.yaml => 'kubectl apply' is blocked",
      "apt-get install vim => 'apt-get install' is blocked",
      "apt purge nginx => 'apt purge' is blocked",
      "yum erase x => 'yum erase' is blocked",
      "dnf remove x => 'dnf remove' is blocked",
      "docker network rm x => 'rm' is blocked",
  })
  void rule3_blockedWords_matchWholeWordsAndPairs(String command, String expected) {
    assertThat(reason(command)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", quoteCharacter = '~', value = {
      "/bin/rm -rf /tmp/x => 'rm' is not an allowed command",
      "vim /etc/hosts => 'vim' is not an allowed command",
      "python3 -c 'print(1)' => 'python3' is not an allowed command",
      "tee /etc/motd => 'tee' is not an allowed command",
      "ls | tee out => 'tee' is not an allowed command",
      "\"FOO=1\" ls => 'FOO=1' is not an allowed command",
      "sudo FOO=1 ls => 'FOO=1' is not an allowed command",
      "sudo -s => 'sudo -s' is not allowed",
      "sudo -i => 'sudo -i' is not allowed",
      "sudo -e /etc/hosts => 'sudo -e' is not allowed",
      "sudo -is => 'sudo -i' is not allowed",
      "sudo -u root -s => 'sudo -s' is not allowed",
      "sudo --shell => 'sudo --shell' is not allowed",
      "sudo --login => 'sudo --login' is not allowed",
      "sudo => sudo without a command is not allowed",
      "sudo -u root => sudo without a command is not allowed",
      "/usr/bin/sudo -n => sudo without a command is not allowed",
      "sudo sudo -s => 'sudo -s' is not allowed",
      "docker network prune => 'docker' allows only ps, images, logs, inspect, stats, top, info, version, network ls, volume ls",
      "docker => 'docker' allows only ps, images, logs, inspect, stats, top, info, version, network ls, volume ls",
      "docker -H tcp://x ps => 'docker' allows only ps, images, logs, inspect, stats, top, info, version, network ls, volume ls",
      "kubectl config use-context prod => 'kubectl' allows only get, describe, logs, top, version, config view, cluster-info",
      "kubectl scale deploy x --replicas=0 => 'kubectl' allows only get, describe, logs, top, version, config view, cluster-info",
      "systemctl daemon-reload => 'systemctl' allows only status, is-active, is-enabled, list-units, list-unit-files, show",
      "systemctl mask nginx => 'systemctl' allows only status, is-active, is-enabled, list-units, list-unit-files, show",
      "apt update => 'apt' allows only list, show, search, policy",
      "yum update => 'yum' allows only list, info, search",
      "dpkg -i pkg.deb => 'dpkg' allows only -l, -L, -s, --list, --listfiles, --status",
      "rpm -e nginx => 'rpm' allows only -qa, -qi, -ql, --query",
  })
  void rule4_theAllowlist_appliesToEverySegment(String command, String expected) {
    assertThat(reason(command)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", quoteCharacter = '~', value = {
      "sed -i s/a/b/ f => 'sed -i' is not allowed",
      "sed -i.bak s/a/b/ f => 'sed -i' is not allowed",
      "sed -ni p f => 'sed -i' is not allowed",
      "sed --in-place s/a/b/ f => 'sed --in-place' is not allowed",
      "sed --in-place=.bak s/a/b/ f => 'sed --in-place' is not allowed",
      "sed --in-pl s/a/b/ f => 'sed --in-place' is not allowed",
      "sed $'-\\x69' s/a/b/ f => 'sed -i' is not allowed",
      "sed \"-\"i s/a/b/ f => 'sed -i' is not allowed",
      "find / -delete => 'find -delete' is not allowed",
      "find . -name '*.log' -exec cat {} + => 'find -exec' is not allowed",
      "find . -execdir ls ; => 'find -execdir' is not allowed",
      "find . -ok ls => 'find -ok' is not allowed",
      "find . -okdir ls => 'find -okdir' is not allowed",
      "find . -fprint out => 'find -fprint' is not allowed",
      "find . -fprint0 out => 'find -fprint0' is not allowed",
      "find . -fprintf out %p => 'find -fprintf' is not allowed",
      "find . -fls out => 'find -fls' is not allowed",
      "awk '{system(\"reboot\")}' f => 'awk' with system() is not allowed",
      "awk 'BEGIN { system (\"id\") }' => 'awk' with system() is not allowed",
      "ip link set eth0 down => 'ip set' is not allowed",
      "ip addr add 10.0.0.2/24 dev eth0 => 'ip add' is not allowed",
      "ip route flush table main => 'ip flush' is not allowed",
      "ip netns exec ns1 ls => 'ip exec' is not allowed",
      "ip route del default => 'ip del' is not allowed",
      "ifconfig eth0 down => 'ifconfig' with more than one argument is not allowed",
      "ifconfig eth0 10.0.0.2 => 'ifconfig' with more than one argument is not allowed",
      "hostname newname => 'hostname' with a new name is not allowed",
      "hostname -b newname => 'hostname' with a new name is not allowed",
      "hostname -F /etc/hostname => 'hostname -F' is not allowed",
      "hostname --file /etc/hostname => 'hostname --file' is not allowed",
      "date -s '2020-01-01' => 'date -s' is not allowed",
      "date -us 10:00 => 'date -s' is not allowed",
      "date --set=10:00 => 'date --set' is not allowed",
      "date --set 10:00 => 'date --set' is not allowed",
      "journalctl --vacuum-size=1 => 'journalctl --vacuum-size' is not allowed",
      "journalctl --vacuum-time=1d => 'journalctl --vacuum-time' is not allowed",
      "journalctl --vacuum-files 2 => 'journalctl --vacuum-files' is not allowed",
      "journalctl --rotate => 'journalctl --rotate' is not allowed",
      "dmesg -C => 'dmesg -C' is not allowed",
      "dmesg -c => 'dmesg -c' is not allowed",
      "dmesg -Tc => 'dmesg -c' is not allowed",
      "dmesg --clear => 'dmesg --clear' is not allowed",
      "dmesg --read-clear => 'dmesg --read-clear' is not allowed",
      "env ls => 'env' running a command ('ls') is not allowed",
      "env FOO=1 ls => 'env' running a command ('ls') is not allowed",
      "env -i bash => 'env' running a command ('bash') is not allowed",
      "env -u HOME -- ls => 'env' running a command ('ls') is not allowed",
      "env -S 'ls -l' => 'env -S' is not allowed",
      "env --split-string='ls -l' => 'env --split-string' is not allowed",
      "sort -o out in => 'sort -o' is not allowed",
      "sort -rno out in => 'sort -o' is not allowed",
      "sort --output=out in => 'sort --output' is not allowed",
      "tree -o out => 'tree -o' is not allowed",
      "sar -o out 1 3 => 'sar -o' is not allowed",
      "ls; sed -i s/a/b/ f => 'sed -i' is not allowed",
      "sudo -u root sed -i s/a/b/ f => 'sed -i' is not allowed",
      "/usr/bin/find / -delete => 'find -delete' is not allowed",
  })
  void rule5_theFlagDenylist_refusesWritingOptions(String command, String expected) {
    assertThat(reason(command)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "ls -la /var/log",
      "cat /etc/passwd",
      "ls kill_switch",
      "ss -tcp",
      "netstat -tulpn",
      "grep -r 'error' /var/log/nginx/",
      "awk '$3 > 5' /proc/loadavg",
      "awk '{print $1}' /var/log/nginx/access.log | sort | uniq -c | sort -rn | head -20",
      "grep \">\" file",
      "echo a\\>b",
      "ps aux | grep nginx | head -5",
      "ls -la /var/log; df -h && free -m || uptime",
      "ls&&pwd",
      "ls|wc -l",
      "ls;pwd",
      "FOO=1 ls",
      "LANG=C sudo -u postgres ls -la /var/lib/postgresql",
      "sudo -n -u root cat /var/log/syslog",
      "sudo -uroot cat /etc/shadow",
      "sudo -- ls /root",
      "/usr/bin/ls -la",
      "test -f /etc/hosts && cat /etc/hosts",
      "[ -d /var/log ] && echo yes",
      "wc -l < /var/log/syslog",
      "< /etc/hosts grep localhost",
      "hostname < /dev/null",
      "hostname -f",
      "hostname -I",
      "docker ps -a",
      "docker logs --tail 100 web",
      "docker network ls",
      "docker volume ls",
      "kubectl get pods -n prod -o wide | grep -v Running",
      "kubectl config view",
      "kubectl cluster-info",
      "systemctl status nginx --no-pager",
      "systemctl list-units --failed",
      "apt list --installed",
      "yum info nginx",
      "dpkg -l",
      "dpkg --status nginx",
      "rpm -qa",
      "rpm --query nginx",
      "sed -n '1,5p' /etc/hosts",
      "sed -e 's/i/x/' f",
      "sed -E 's/[0-9]+/N/g' f",
      "find /var/log -name '*.log' -mtime -1 -size +10M",
      "ip addr show",
      "ip -br a",
      "ip route get 1.1.1.1",
      "ifconfig -a",
      "ifconfig eth0",
      "date +%s",
      "date -u",
      "date -Iseconds",
      "date -d yesterday",
      "journalctl -u nginx --since '1 hour ago' -n 50 --no-pager",
      "dmesg -T",
      "dmesg -l err",
      "env",
      "env FOO=1 BAR=2",
      "env -u HOME",
      "printenv PATH",
      "sort -rn -k2",
      "sort -t, -k2",
      "tree -L 2 /etc",
      "sar -u 1 3",
      "uptime; w; who; last -n 5; nproc; lscpu; getconf PAGESIZE",
      "df -h; du -sh /var/*; free -m; lsblk",
      "dig example.com +short; nslookup example.com; host example.com",
      "stat /etc/hosts; file /bin/ls; md5sum /etc/hosts; sha256sum /etc/hosts",
      "ps -eo pid,cmd | head -1; pgrep nginx; pstree -p; top -bn1 | head",
      "echo $HOME ${PATH}",
      "cat /proc/'loadavg'",
      "echo $'tab\\there'",
  })
  void readOnlyDiagnostics_pass(String command) {
    assertThat(ReadOnlyCommands.refusal(command)).as(command).isEmpty();
  }

  @Test
  void aNullCommand_isAnEmptyOne() {
    assertThat(reason(null)).isEqualTo("empty command");
  }
}
