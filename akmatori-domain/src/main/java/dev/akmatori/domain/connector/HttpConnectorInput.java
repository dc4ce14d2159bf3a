package dev.akmatori.domain.connector;

import dev.akmatori.domain.shared.Violations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * HTTP connector fields as a client sent them, not yet validated; null means "not provided". Used
 * for creation ({@link #toNewSpec}) and for partial updates ({@link #applyTo}): {@code tools} and an
 * {@code auth_config} object replace the stored value whole, {@code clearAuthConfig} (JSON {@code
 * auth_config: null}) removes it, and the merged record is validated again as a whole. {@code
 * inputErrors} are fields the adapter could not read (wrong JSON type, unknown field); they are
 * reported together with the rule violations, and win when both name the same field.
 */
public record HttpConnectorInput(
    String toolTypeName,
    String description,
    String baseUrlField,
    AuthInput authConfig,
    boolean clearAuthConfig,
    List<ToolInput> tools,
    Boolean enabled,
    Map<String, String> inputErrors) {

  /** The {@code auth_config} object as sent. */
  public record AuthInput(String method, String tokenField, String headerName) {}

  /** One ToolDef as sent; {@code params} null when absent, {@code readOnly} null means true. */
  public record ToolInput(
      String name, String description, String httpMethod, String path, List<ParamInput> params, Boolean readOnly) {
    public ToolInput {
      params = params == null ? null : new ArrayList<>(params);
    }
  }

  /** One Param as sent; {@code type} null means string, {@code defaultValue} null means none. */
  public record ParamInput(String name, String type, Boolean required, String in, Object defaultValue) {}

  public HttpConnectorInput {
    tools = tools == null ? null : new ArrayList<>(tools);
    inputErrors = inputErrors == null ? Map.of() : Map.copyOf(inputErrors);
  }

  /** The settings of a new connector, {@code enabled} true unless sent; every failure at once. */
  public HttpConnectorSpec toNewSpec() {
    return apply(null);
  }

  /** The merged settings of an update of {@code current}, re-validated whole. */
  public HttpConnectorSpec applyTo(HttpConnectorSpec current) {
    return apply(current);
  }

  private HttpConnectorSpec apply(HttpConnectorSpec current) {
    Violations v = new Violations();
    inputErrors.forEach(v::add);
    String name = pick(toolTypeName, current == null ? null : current.toolTypeName());
    String text = pick(description, current == null ? null : current.description());
    String baseUrl = pick(baseUrlField, current == null ? null : current.baseUrlField());
    ConnectorAuth auth = auth(current, v);
    List<ToolDefinition> defs = tools == null ? (current == null ? null : current.tools()) : ToolInputs.parse(tools, v);
    List<String> names = tools == null
        ? (defs == null ? null : defs.stream().map(ToolDefinition::name).toList())
        : tools.stream().map(ToolInput::name).toList();
    HttpConnectorSpec.collect(name, text, baseUrl, auth, names, v);
    v.throwIfAny();
    boolean on = enabled != null ? enabled : current == null || current.enabled();
    return new HttpConnectorSpec(name, text, baseUrl, auth, defs, on);
  }

  /** Absent keeps the stored value, {@code null} clears it, an object replaces it. */
  private ConnectorAuth auth(HttpConnectorSpec current, Violations v) {
    if (clearAuthConfig) {
      return null;
    }
    if (authConfig == null) {
      return current == null ? null : current.auth();
    }
    AuthMethod method = null;
    if (authConfig.method() != null) {
      method = AuthMethod.fromWireName(authConfig.method()).orElse(null);
      if (method == null) {
        v.add("auth_config.method", "must be one of " + AuthMethod.CHOICES);
      }
    }
    Violations own = new Violations();
    ConnectorAuth.collect(method, authConfig.headerName(), own);
    if (ToolInputs.moveInto(own, v)) {
      return null;
    }
    return new ConnectorAuth(method, authConfig.tokenField(), authConfig.headerName());
  }

  private static String pick(String given, String stored) {
    return given != null ? given : stored;
  }
}
