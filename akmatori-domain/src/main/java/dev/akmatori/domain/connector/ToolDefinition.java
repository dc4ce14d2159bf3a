package dev.akmatori.domain.connector;

import dev.akmatori.domain.shared.Text;
import dev.akmatori.domain.shared.Violations;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One tool of a connector (the ToolDef of contract §3.8), called by the agent as {@code
 * <tool_type_name>.<name>}: an HTTP method and a path that may hold {@code {{param}}} placeholders,
 * its parameters in order, and whether it only reads. Read-only tools must use GET.
 */
public record ToolDefinition(
    String name, String description, HttpMethod httpMethod, String path, List<ConnectorParam> params,
    boolean readOnly) {

  /** Throws a {@code ValidationException} with paths relative to the tool ({@code http_method}, …). */
  public ToolDefinition {
    description = description == null ? "" : description;
    params = params == null ? List.of() : List.copyOf(params);
    Violations v = new Violations();
    collect(name, httpMethod, path, readOnly, params.stream().map(ConnectorParam::name).toList(), v, "");
    v.throwIfAny();
  }

  /**
   * Records the failures of a tool under {@code prefix} (e.g. {@code tools[2].}): a blank name or
   * path, a missing or unknown ({@code null}) method, a read-only tool not using GET, and every
   * parameter whose name an earlier one already took ({@code params[j].name}).
   */
  public static void collect(
      String name, HttpMethod method, String path, boolean readOnly, List<String> paramNames, Violations v,
      String prefix) {
    if (Text.isBlank(name)) {
      v.add(prefix + "name", "is required");
    }
    if (method == null) {
      v.add(prefix + "http_method", "must be one of " + HttpMethod.CHOICES);
    }
    if (Text.isBlank(path)) {
      v.add(prefix + "path", "is required");
    }
    if (readOnly && method != null && method != HttpMethod.GET) {
      v.add(prefix + "read_only", "read-only tools must use GET");
    }
    Set<String> seen = new HashSet<>();
    for (int j = 0; j < paramNames.size(); j++) {
      String param = paramNames.get(j);
      if (param != null && !param.isBlank() && !seen.add(param)) {
        v.add(prefix + "params[" + j + "].name", "duplicate param name '" + param + "'");
      }
    }
  }

  /** The parameter of exactly this name, or null. */
  public ConnectorParam param(String paramName) {
    return params.stream().filter(p -> Objects.equals(p.name(), paramName)).findFirst().orElse(null);
  }
}
