package dev.akmatori.application.investigation.function;

import dev.akmatori.application.investigation.tool.ToolSession;
import dev.akmatori.application.investigation.tool.ToolTarget;
import dev.akmatori.application.model.FunctionSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code call_tool}: runs a built-in, HTTP-connector or MCP tool through the run's {@link
 * ToolSession}. Its {@code tool_call} event is named after the called tool, with the tool's own
 * arguments and the instance used.
 */
final class CallToolFunction implements AgentFunction {
  static final String NAME = "call_tool";

  private static final FunctionSpec SPEC = new FunctionSpec(
      NAME,
      "Run a tool by its '<namespace>.<operation>' name (see the tool catalogue, list_tools and"
          + " get_tool_detail) with its arguments. 'instance' picks a tool instance by logical name;"
          + " when omitted the first allowed instance is used. Prefer read-only operations.",
      Schemas.object(List.of("name"),
          "name", Schemas.string("Tool name, e.g. 'zabbix.get_problems' or 'github.repos.list'"),
          "arguments", Schemas.freeObject("The tool's arguments, as described by get_tool_detail"),
          "instance", Schemas.string("Logical name of the tool instance to use")));

  private final ToolSession tools;

  CallToolFunction(ToolSession tools) {
    this.tools = tools;
  }

  @Override
  public FunctionSpec spec() {
    return SPEC;
  }

  @Override
  public Object call(Map<String, Object> arguments, CallContext context) {
    String name = CallArguments.requiredString(arguments, "name").strip();
    Map<String, Object> toolArguments = CallArguments.optionalObject(arguments, "arguments");
    String instance = CallArguments.optionalString(arguments, "instance").orElse(null);
    ToolTarget target = tools.resolve(name, instance);
    target.instance().ifPresent(context::useInstance);
    return target.invoke(toolArguments, context.timeout(), context.cancellation());
  }

  @Override
  public String eventName(Map<String, Object> arguments) {
    Object name = arguments.get("name");
    return name instanceof String && !((String) name).isBlank() ? ((String) name).strip() : NAME;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Map<String, Object> eventArguments(Map<String, Object> arguments) {
    Object toolArguments = arguments.get("arguments");
    return toolArguments instanceof Map ? (Map<String, Object>) toolArguments : Map.of();
  }

  /** The tool's own limit (SSH) when the call resolves; the standard one otherwise. */
  @Override
  public Duration timeout(Map<String, Object> arguments, Duration standard) {
    Object name = arguments.get("name");
    Object instance = arguments.get("instance");
    if (!(name instanceof String)) {
      return standard;
    }
    try {
      return tools.resolve(((String) name).strip(), instance instanceof String ? (String) instance : null)
          .timeout(standard);
    } catch (RuntimeException e) {
      return standard; // the call itself reports the refusal or the failure
    }
  }
}
