package dev.akmatori.domain.tool.ssh;

import java.util.List;
import java.util.Set;

/** Rule 5 of §6.1: arguments that turn an allowed command into one that writes or runs others. */
final class FlagDenylist {
  private static final Set<String> FIND_ACTIONS = Set.of(
      "-delete", "-exec", "-execdir", "-ok", "-okdir", "-fprint", "-fprint0", "-fprintf", "-fls");
  private static final Set<String> IP_VERBS = Set.of(
      "set", "add", "append", "change", "replace", "del", "delete", "flush", "exec");

  private FlagDenylist() {}

  /** Throws {@link Refusal} when {@code invocation}'s arguments are on the denylist. */
  static void check(Invocation invocation) {
    String command = invocation.command();
    List<String> args = invocation.args();
    switch (command) {
      case "sed":
        refuse(command, Options.shortIn(args, "i", "efl"), Options.longIn(args, "in-place"));
        break;
      case "find":
        args.stream().filter(FIND_ACTIONS::contains).findFirst()
            .ifPresent(action -> refuseWith("'find " + action + "' is not allowed"));
        break;
      case "awk":
        if (args.stream().anyMatch(a -> a.replaceAll("\\s", "").contains("system("))) {
          refuseWith("'awk' with system() is not allowed");
        }
        break;
      case "ip":
        args.stream().filter(IP_VERBS::contains).findFirst()
            .ifPresent(verb -> refuseWith("'ip " + verb + "' is not allowed"));
        break;
      case "ifconfig":
        if (Options.operands(args).size() > 1) {
          refuseWith("'ifconfig' with more than one argument is not allowed");
        }
        break;
      case "hostname":
        refuse(command, Options.shortIn(args, "F", ""), Options.longIn(args, "file"));
        if (!Options.operands(args).isEmpty()) {
          refuseWith("'hostname' with a new name is not allowed");
        }
        break;
      case "date":
        refuse(command, Options.shortIn(args, "s", "dfIr"), Options.longIn(args, "set"));
        break;
      case "journalctl":
        refuse(command, (char) 0, Options.longIn(args, "vacuum*", "rotate"));
        break;
      case "dmesg":
        refuse(command, Options.shortIn(args, "Cc", "Ffln"), Options.longIn(args, "clear", "read-clear"));
        break;
      case "env":
        EnvArguments.check(args);
        break;
      case "sort":
        refuse(command, Options.shortIn(args, "o", "ktST"), Options.longIn(args, "output"));
        break;
      case "tree":
      case "sar":
        refuse(command, Options.shortIn(args, "o", ""), null);
        break;
      default:
        break;
    }
  }

  private static void refuse(String command, char shortOption, String longOption) {
    if (shortOption != 0) {
      refuseWith("'" + command + " -" + shortOption + "' is not allowed");
    }
    if (longOption != null) {
      refuseWith("'" + command + " " + longOption + "' is not allowed");
    }
  }

  private static void refuseWith(String reason) {
    throw new Refusal(reason);
  }
}
