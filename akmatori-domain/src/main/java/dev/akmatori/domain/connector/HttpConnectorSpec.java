package dev.akmatori.domain.connector;

import dev.akmatori.domain.shared.Text;
import dev.akmatori.domain.shared.Violations;
import dev.akmatori.domain.tool.ToolTypeDefinition;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The validated settings of an HTTP connector (contract §3.8). Every rule is checked at once and all
 * failures are thrown together as a {@code ValidationException} keyed by field path: {@code
 * tool_type_name} 1–128 characters matching {@code ^[A-Za-z][A-Za-z0-9_-]*$}; {@code base_url_field}
 * required, at most 128; {@code description} at most 1024; at least one tool, names unique. The
 * settings the registered tool type declares must not collide, so {@code token_field} differs from
 * {@code base_url_field}, and with basic auth {@code base_url_field} is neither {@code username} nor
 * {@code password}. {@code auth} is null when the connector sends no credentials.
 */
public record HttpConnectorSpec(
    String toolTypeName,
    String description,
    String baseUrlField,
    ConnectorAuth auth,
    List<ToolDefinition> tools,
    boolean enabled) {
  public static final int MAX_NAME = 128;
  public static final int MAX_BASE_URL_FIELD = 128;
  public static final int MAX_DESCRIPTION = 1024;

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

  public HttpConnectorSpec {
    description = description == null ? "" : description;
    tools = tools == null ? null : List.copyOf(tools);
    Violations v = new Violations();
    collect(toolTypeName, description, baseUrlField, auth, tools == null ? null : names(tools), v);
    v.throwIfAny();
  }

  /**
   * Records the connector-level failures; {@code toolNames} are the names of the tools as sent, in
   * order ({@code null} when {@code tools} is absent), so duplicates are reported at their index.
   */
  public static void collect(
      String toolTypeName, String description, String baseUrlField, ConnectorAuth auth, List<String> toolNames,
      Violations v) {
    checkName(toolTypeName, v);
    if (Text.isBlank(baseUrlField)) {
      v.add("base_url_field", "is required");
    } else if (Text.length(baseUrlField) > MAX_BASE_URL_FIELD) {
      v.add("base_url_field", "must be at most " + MAX_BASE_URL_FIELD + " characters");
    }
    if (description != null && Text.length(description) > MAX_DESCRIPTION) {
      v.add("description", "must be at most " + MAX_DESCRIPTION + " characters");
    }
    checkTools(toolNames, v);
    checkSettingNames(baseUrlField, auth, v);
  }

  private static void checkName(String name, Violations v) {
    if (Text.isBlank(name)) {
      v.add("tool_type_name", "is required");
    } else if (Text.length(name) > MAX_NAME) {
      v.add("tool_type_name", "must be at most " + MAX_NAME + " characters");
    } else if (!NAME.matcher(name).matches()) {
      v.add("tool_type_name", "must start with a letter and contain only letters, digits, '_' or '-'");
    }
  }

  private static void checkTools(List<String> names, Violations v) {
    if (names == null) {
      v.add("tools", "is required");
      return;
    }
    if (names.isEmpty()) {
      v.add("tools", "at least one tool definition is required");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (name != null && !name.isBlank() && !seen.add(name)) {
        v.add("tools[" + i + "].name", "duplicate tool name '" + name + "'");
      }
    }
  }

  /** The registered type's settings are one object: its property names must be distinct. */
  private static void checkSettingNames(String baseUrlField, ConnectorAuth auth, Violations v) {
    if (auth == null || Text.isBlank(baseUrlField)) {
      return;
    }
    if (auth.method().usesToken() && auth.tokenField().equals(baseUrlField)) {
      v.add("auth_config.token_field", "must differ from base_url_field");
    } else if (auth.method() == AuthMethod.BASIC_AUTH
        && (baseUrlField.equals(ConnectorAuth.USERNAME) || baseUrlField.equals(ConnectorAuth.PASSWORD))) {
      v.add("base_url_field", "must not be username or password with basic_auth");
    }
  }

  private static List<String> names(List<ToolDefinition> tools) {
    return tools.stream().map(ToolDefinition::name).toList();
  }

  /** The key under which tool type names are unique: the name lower-cased. */
  public String nameKey() {
    return nameKey(toolTypeName);
  }

  /** The case-insensitive comparison key of a namespace (§5.4: unique regardless of case). */
  public static String nameKey(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /** The tool of exactly this name (the part after the first dot of a call), or null. */
  public ToolDefinition tool(String name) {
    return tools.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
  }

  /** The tool type this connector registers: its settings schema and one operation per tool. */
  public ToolTypeDefinition toolType() {
    return ConnectorToolType.of(this);
  }
}
