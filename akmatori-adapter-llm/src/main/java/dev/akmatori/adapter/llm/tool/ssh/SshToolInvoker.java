package dev.akmatori.adapter.llm.tool.ssh;

import dev.akmatori.application.investigation.tool.AllowedInstance;
import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.application.investigation.tool.ToolInvoker;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.application.tool.ToolInstances;
import dev.akmatori.domain.tool.SshCredential;
import dev.akmatori.domain.tool.ToolInstanceId;
import dev.akmatori.domain.tool.ToolOperation;
import dev.akmatori.domain.tool.ToolTypeDefinition;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The {@code ssh} tool (contract §6.1) over JSch: {@code execute_command}, {@code
 * test_connectivity} and {@code get_server_info} on an instance's hosts in parallel. Keys are read
 * decrypted at call time; host keys are checked against {@code <data-dir>/ssh/known_hosts} by the
 * instance's policy; hosts without write permission only run commands that pass the read-only
 * rules. Per-host failures are results, not exceptions. Thread-safe.
 */
public final class SshToolInvoker implements ToolInvoker {
  /** The built-in type this invoker serves, the key for {@code ToolInvokers.builtins}. */
  public static final String TYPE = "ssh";
  /** Added to the command and connection timeouts so per-host timeouts are reported first. */
  static final Duration GRACE = Duration.ofSeconds(5);

  /** Where the decrypted keys of an instance come from. */
  interface KeySource {
    List<SshCredential> keysOf(long instanceId);
  }

  private final KeySource keys;
  private final SshConnector connector;

  /** Keys from {@code instances}; known hosts in {@code <dataDir>/ssh/known_hosts}. */
  public SshToolInvoker(ToolInstances instances, Path dataDir) {
    this(id -> instances.sshCredentials(new ToolInstanceId(id)), dataDir.resolve("ssh").resolve("known_hosts"));
  }

  SshToolInvoker(KeySource keys, Path knownHosts) {
    this.keys = keys;
    this.connector = new SshConnector(new KnownHostsFile(knownHosts));
  }

  @Override
  public Object invoke(ToolTypeDefinition type, ToolOperation operation, AllowedInstance instance,
      Map<String, Object> arguments, Duration timeout, Cancellation cancellation) {
    SshOperation op = SshOperation.of(operation.name());
    String command = op.command(arguments);
    SshSettings settings = SshSettings.from(instance.type().settingsSchema(), instance.settings());
    List<Target> targets = Target.resolve(settings, servers(arguments.get("servers")));
    if (targets.isEmpty()) {
      throw new ToolCallException("instance '" + instance.logicalName().value() + "' has no SSH hosts configured");
    }
    List<SshCredential> credentials = credentials(instance);
    return new SshCall().run(targets,
        (timer, track) -> new HostRun(op, command, settings, credentials, connector, timer, track),
        cancellation);
  }

  /** The command timeout plus the connection timeout (and a little grace) of the instance. */
  @Override
  public Duration callTimeout(AllowedInstance instance, Duration standard) {
    SshSettings settings = SshSettings.from(instance.type().settingsSchema(), instance.settings());
    return settings.commandTimeout().plus(settings.connectionTimeout()).plus(GRACE);
  }

  private List<SshCredential> credentials(AllowedInstance instance) {
    try {
      return keys.keysOf(instance.id());
    } catch (RuntimeException e) {
      throw new ToolCallException("the SSH keys of instance '" + instance.logicalName().value() + "' could not be read", e);
    }
  }

  private static List<String> servers(Object value) {
    return value instanceof List ? ((List<?>) value).stream().map(String::valueOf).toList() : List.of();
  }
}
