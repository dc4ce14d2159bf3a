package dev.akmatori.adapter.llm.tool.ssh;

import dev.akmatori.application.investigation.tool.ToolCallException;
import java.util.Map;

/** The three operations of §6.1 and the command each runs. */
enum SshOperation {
  EXECUTE_COMMAND,
  TEST_CONNECTIVITY,
  GET_SERVER_INFO;

  /** Hostname, OS, kernel and uptime, each on a labelled line; works without /etc/os-release. */
  static final String SERVER_INFO_COMMAND =
      "printf 'hostname: %s\\n' \"$(hostname 2>/dev/null || uname -n)\"; "
          + "printf 'os: %s\\n' \"$(. /etc/os-release 2>/dev/null && printf '%s' \"$PRETTY_NAME\" || uname -s)\"; "
          + "printf 'kernel: %s\\n' \"$(uname -srm)\"; "
          + "printf 'uptime: %s\\n' \"$(uptime 2>/dev/null || cat /proc/uptime)\"";

  static SshOperation of(String name) {
    switch (name) {
      case "execute_command":
        return EXECUTE_COMMAND;
      case "test_connectivity":
        return TEST_CONNECTIVITY;
      case "get_server_info":
        return GET_SERVER_INFO;
      default:
        throw new ToolCallException("unknown operation 'ssh." + name + "'");
    }
  }

  /** The command to run, or null for a connectivity test (connect and log in, nothing more). */
  String command(Map<String, Object> arguments) {
    switch (this) {
      case EXECUTE_COMMAND:
        Object command = arguments.get("command");
        if (!(command instanceof String) || ((String) command).isBlank()) {
          throw new ToolCallException("invalid arguments: command: is required");
        }
        return (String) command;
      case GET_SERVER_INFO:
        return SERVER_INFO_COMMAND;
      default:
        return null;
    }
  }
}
