package dev.akmatori.application.investigation.tool;

import dev.akmatori.application.investigation.SecretRedactor;
import dev.akmatori.application.metrics.ToolCallMetrics;
import dev.akmatori.domain.shared.ValidationException;
import dev.akmatori.domain.tool.LogicalName;
import dev.akmatori.domain.tool.ToolKind;
import dev.akmatori.domain.tool.ToolOperation;
import dev.akmatori.domain.tool.ToolTypeDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One run's view of the callable tools (contract §5.4): the allowlisted built-in and connector
 * operations, read fresh at every call so credentials are current, and the MCP tools of the servers
 * that answered when the run started. Every secret it reads is handed to the run's redactor.
 */
public final class ToolSession {
  /** The {@code tool_type} label of MCP servers' tools (contract §3.11 lists the built-in types). */
  public static final String MCP_TOOL_TYPE = "mcp";

  private final ToolAllowlist allowlist;
  private final ToolInvokers invokers;
  private final McpToolSource mcp;
  private final McpCatalogue catalogue;
  private final SecretRedactor redactor;
  private final ToolCallMetrics metrics;

  ToolSession(
      ToolAllowlist allowlist, ToolInvokers invokers, McpToolSource mcp, McpCatalogue catalogue,
      SecretRedactor redactor, ToolCallMetrics metrics) {
    this.allowlist = allowlist;
    this.invokers = invokers;
    this.mcp = mcp;
    this.catalogue = catalogue;
    this.redactor = redactor;
    this.metrics = metrics;
  }

  /** Every callable tool: allowlisted operations by type (lowest instance id first), then MCP tools. */
  public List<CallableTool> tools() {
    List<CallableTool> tools = new ArrayList<>();
    byType(instances()).values().forEach(allowed -> {
      ToolTypeDefinition type = allowed.get(0).type();
      List<String> names = allowed.stream().map(i -> i.logicalName().value()).collect(Collectors.toList());
      CallableTool.Origin origin = type.kind() == ToolKind.BUILTIN
          ? CallableTool.Origin.BUILTIN : CallableTool.Origin.HTTP_CONNECTOR;
      for (ToolOperation op : type.operations()) {
        tools.add(new CallableTool(type.name() + "." + op.name(), op.description(), op.readOnly(),
            op.inputSchema().toMap(), names, origin));
      }
    });
    for (McpCatalogue.Server server : catalogue.servers()) {
      for (McpTool tool : server.tools()) {
        tools.add(new CallableTool(server.ref().namespacePrefix() + "." + tool.name(),
            tool.description(), tool.readOnly(), tool.inputSchema(), List.of(), CallableTool.Origin.MCP));
      }
    }
    return tools;
  }

  /** The callable tool of exactly this name (namespace compared ignoring case). */
  public Optional<CallableTool> tool(String name) {
    Optional<ToolName> parsed = ToolName.parse(name);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    String namespace = parsed.get().namespace().toLowerCase(Locale.ROOT);
    String operation = parsed.get().operation();
    return tools().stream()
        .filter(t -> {
          ToolName n = ToolName.parse(t.name()).orElseThrow();
          return n.namespace().toLowerCase(Locale.ROOT).equals(namespace) && n.operation().equals(operation);
        })
        .findFirst();
  }

  /**
   * What runs {@code name}: an MCP tool, or the operation on the instance named {@code instance}
   * (the allowed instance of that type with the lowest id when null or blank).
   *
   * @throws ToolCallException {@code tool '<name>' is not available to this investigation}, {@code
   *     instance '<x>' is not assigned to an enabled skill}, the write refusal, or a missing invoker
   */
  public ToolTarget resolve(String name, String instance) {
    ToolName parsed = ToolName.parse(name).orElseThrow(() -> notAvailable(name));
    Optional<McpCatalogue.Server> server = catalogue.server(parsed.namespace());
    if (server.isPresent()) {
      McpTool tool = server.get().tool(parsed.operation()).orElseThrow(() -> notAvailable(name));
      return new MeasuredToolTarget(new McpTarget(mcp, server.get().ref(), tool.name()), MCP_TOOL_TYPE, metrics);
    }
    List<AllowedInstance> allowed = instances().stream()
        .filter(i -> i.type().name().equalsIgnoreCase(parsed.namespace()))
        .sorted(Comparator.comparingLong(AllowedInstance::id))
        .collect(Collectors.toList());
    if (allowed.isEmpty()) {
      throw notAvailable(name);
    }
    ToolTypeDefinition type = allowed.get(0).type();
    ToolOperation operation = type.operation(parsed.operation()).orElseThrow(() -> notAvailable(name));
    AllowedInstance chosen = choose(allowed, instance);
    ToolInvoker invoker = invokers.forType(type).orElseThrow(() ->
        new ToolCallException("tool type '" + type.name() + "' has no invoker on this server"));
    InstanceTarget target = new InstanceTarget(operation, chosen, invoker);
    target.checkWriteAllowed();
    return new MeasuredToolTarget(target, type.name(), metrics);
  }

  private static AllowedInstance choose(List<AllowedInstance> allowed, String instance) {
    if (instance == null || instance.isBlank()) {
      return allowed.get(0);
    }
    String wanted = slug(instance);
    return allowed.stream()
        .filter(i -> i.logicalName().value().equals(instance) || i.logicalName().value().equals(wanted))
        .findFirst()
        .orElseThrow(() ->
            new ToolCallException("instance '" + instance + "' is not assigned to an enabled skill"));
  }

  private static String slug(String instance) {
    try {
      return LogicalName.from(instance).value();
    } catch (ValidationException e) {
      return instance;
    }
  }

  private List<AllowedInstance> instances() {
    List<AllowedInstance> instances = allowlist.allowedInstances();
    instances.forEach(i -> SecretValues.collect(i, redactor::add));
    return instances;
  }

  /** Instances grouped by type name, types in the order of their lowest instance id. */
  private static Map<String, List<AllowedInstance>> byType(List<AllowedInstance> instances) {
    Map<String, List<AllowedInstance>> grouped = new LinkedHashMap<>();
    instances.stream()
        .sorted(Comparator.comparingLong(AllowedInstance::id))
        .forEach(i -> grouped.computeIfAbsent(i.type().name(), n -> new ArrayList<>()).add(i));
    return grouped;
  }

  private static ToolCallException notAvailable(String name) {
    return new ToolCallException("tool '" + name + "' is not available to this investigation");
  }
}
