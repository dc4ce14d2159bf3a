package dev.akmatori.adapter.llm.tool.ssh;

import dev.akmatori.application.investigation.tool.AllowedInstance;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.application.tool.CreateToolInstance;
import dev.akmatori.application.tool.ToolFixture;
import dev.akmatori.domain.shared.Secret;
import dev.akmatori.domain.tool.BuiltinToolTypes;
import dev.akmatori.domain.tool.SshKeyDraft;
import dev.akmatori.domain.tool.ToolInstance;
import dev.akmatori.domain.tool.ToolTypeDefinition;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@code ssh} tool instance over the application's real tool services (in-memory stores, a
 * test cipher): keys are stored encrypted and read back decrypted by {@code ToolInstances}, the
 * invoker is built as the launcher builds it, and settings are whatever a test passes.
 */
final class SshTestbed {
  static final ToolTypeDefinition SSH = BuiltinToolTypes.byName("ssh").orElseThrow();

  final ToolFixture tools = new ToolFixture();
  final Path dataDir;
  final ToolInstance instance;
  final SshToolInvoker invoker;

  SshTestbed(Path dataDir) {
    this.dataDir = dataDir;
    this.instance = tools.tools.create(new CreateToolInstance(1L, "Fleet", null, Map.of(), true)).instance();
    this.invoker = new SshToolInvoker(tools.instances, dataDir);
  }

  /** Stores a key for the instance and returns its id. */
  String addKey(String name, TestKeys key, boolean makeDefault) {
    return tools.keys.create(instance.id(), new SshKeyDraft(name, Secret.of(key.privateKey())), makeDefault)
        .id().value();
  }

  Path knownHosts() {
    return dataDir.resolve("ssh").resolve("known_hosts");
  }

  AllowedInstance allowed(Map<String, Object> settings) {
    return new AllowedInstance(instance.id().value(), instance.name(), instance.logicalName(), SSH, settings);
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> call(String operation, Map<String, Object> arguments, Map<String, Object> settings,
      Cancellation cancellation) {
    return (Map<String, Object>) invoker.invoke(SSH, SSH.operation(operation).orElseThrow(), allowed(settings),
        arguments, Duration.ofMinutes(5), cancellation);
  }

  Map<String, Object> call(String operation, Map<String, Object> arguments, Map<String, Object> settings) {
    return call(operation, arguments, settings, Cancellation.NONE);
  }

  /** The results of a call. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> results(Map<String, Object> reply) {
    return (List<Map<String, Object>>) reply.get("results");
  }

  /** An {@code ssh_hosts[]} entry on 127.0.0.1 as the current user; {@code extra} key/value pairs. */
  static Map<String, Object> host(String hostname, int port, Object... extra) {
    Map<String, Object> host = new LinkedHashMap<>();
    host.put("hostname", hostname);
    host.put("address", "127.0.0.1");
    host.put("user", SshdPeer.user());
    host.put("port", port);
    for (int i = 0; i < extra.length; i += 2) {
      host.put((String) extra[i], extra[i + 1]);
    }
    return host;
  }

  /** Settings with these hosts and extra top-level key/value pairs. */
  static Map<String, Object> settings(List<Map<String, Object>> hosts, Object... extra) {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("ssh_hosts", hosts);
    for (int i = 0; i < extra.length; i += 2) {
      settings.put((String) extra[i], extra[i + 1]);
    }
    return settings;
  }
}
