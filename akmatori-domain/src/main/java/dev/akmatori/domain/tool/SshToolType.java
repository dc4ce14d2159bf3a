package dev.akmatori.domain.tool;

import static dev.akmatori.domain.tool.Args.read;
import static dev.akmatori.domain.tool.Args.strings;
import static dev.akmatori.domain.tool.Args.text;
import static dev.akmatori.domain.tool.Args.write;
import static dev.akmatori.domain.tool.SchemaBuilder.array;
import static dev.akmatori.domain.tool.SchemaBuilder.bool;
import static dev.akmatori.domain.tool.SchemaBuilder.integer;
import static dev.akmatori.domain.tool.SchemaBuilder.object;
import static dev.akmatori.domain.tool.SchemaBuilder.string;

import java.util.List;

/** §6.1 {@code ssh}: shell commands on configured hosts, guarded by per-host write switches. */
final class SshToolType {
  static final String NAME = "ssh";
  static final String SSH_HOSTS = "ssh_hosts";
  static final String SSH_KEYS = "ssh_keys";

  private SshToolType() {}

  static ToolTypeDefinition definition() {
    return new ToolTypeDefinition(
        NAME,
        ToolKind.BUILTIN,
        "Linux servers over SSH: run diagnostic shell commands on configured hosts in parallel."
            + " Hosts without write permission accept only read-only commands.",
        settings(),
        List.of(
            write("execute_command",
                "Run a shell command on the selected servers in parallel and return stdout, stderr"
                    + " and exit code per server. Hosts that do not allow writes accept only"
                    + " read-only diagnostic commands (ls, cat, grep, ps, df, journalctl, …).",
                servers(object().property("command", text("Shell command to run")).required("command"))),
            read("test_connectivity",
                "Check that each selected server can be reached and logged into over SSH.",
                servers(object())),
            read("get_server_info",
                "Report hostname, OS, kernel and uptime of each selected server.",
                servers(object()))));
  }

  private static SchemaBuilder servers(SchemaBuilder args) {
    return args.property("servers",
        strings("Hostnames or addresses to target; every configured host when omitted"));
  }

  private static SettingsSchema settings() {
    return object()
        .property(SSH_KEYS, array(key()).description(
            "SSH keys of this instance, managed through /api/tools/{id}/ssh-keys (private keys are"
                + " never shown); ignored in settings requests"))
        .property(SSH_HOSTS, array(host()).description("Hosts the agent may connect to"))
        .property("ssh_command_timeout", integer().range(5, 600).defaultValue(120)
            .description("Seconds a command may run before it is stopped"))
        .property("ssh_connection_timeout", integer().range(5, 60).defaultValue(30)
            .description("Seconds allowed to establish a connection"))
        .property("ssh_known_hosts_policy", string().enumOf("strict", "auto_add", "ignore")
            .defaultValue("auto_add")
            .description("Host keys: strict requires a known key, auto_add stores new keys and"
                + " rejects changed ones, ignore accepts any key"))
        .property("ssh_debug", bool().defaultValue(false).description("Log SSH session details"))
        .property("allow_adhoc_connections", bool().defaultValue(false)
            .description("Allow targets that are not configured hosts, with the ad-hoc defaults"))
        .property("adhoc_default_user", string().defaultValue("root")
            .description("User for ad-hoc targets"))
        .property("adhoc_default_port", integer().defaultValue(22)
            .description("SSH port for ad-hoc targets"))
        .property("adhoc_allow_write_commands", bool().defaultValue(false)
            .description("Let ad-hoc targets run commands outside the read-only rules"))
        .managed(SSH_KEYS)
        .build();
  }

  private static SchemaBuilder host() {
    return object()
        .property("hostname", string()
            .description("Unique name of the host; the agent targets the host by it"))
        .property("address", string().description("IP address or DNS name to connect to"))
        .property("user", string().defaultValue("root").description("SSH user"))
        .property("port", integer().range(1, 65535).defaultValue(22).description("SSH port"))
        .property("key_id", string()
            .description("Id of the SSH key to use; the instance's default key when empty"))
        .property("jumphost_address", string()
            .description("Jump host to connect through first, if any"))
        .property("jumphost_user", string()
            .description("User on the jump host; the host's user when empty"))
        .property("jumphost_port", integer().defaultValue(22).description("SSH port of the jump host"))
        .property("allow_write_commands", bool().defaultValue(false)
            .description("Let this host run commands outside the read-only rules"))
        .required("hostname", "address");
  }

  private static SchemaBuilder key() {
    return object()
        .property("id", string().description("Key id (UUID)"))
        .property("name", string().description("Key name, unique within the instance"))
        .property("is_default", bool().description("Used by hosts that name no key_id"))
        .property("created_at", string().description("Creation time (RFC 3339)"));
  }
}
