package dev.akmatori.domain.mcp;

import dev.akmatori.domain.shared.Secret;
import dev.akmatori.domain.shared.ValidationException;
import dev.akmatori.domain.shared.Violations;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * MCP server fields as a client sent them, not yet validated; null means "not provided". Used for
 * creation ({@link #toNewSpec}) and for partial updates ({@link #applyTo}): {@code args} and
 * {@code env_vars} replace the stored value whole, an env value or token starting with {@code ****}
 * keeps the stored one (§1.7), {@code clearAuthConfig} (JSON {@code auth_config: null}) removes the
 * auth settings. {@code inputErrors} are fields the adapter could not read (wrong JSON type, unknown
 * field); they are reported together with the rule violations.
 */
public record McpServerInput(
    String name,
    String transport,
    String url,
    String command,
    List<String> args,
    Map<String, String> envVars,
    String namespacePrefix,
    AuthInput authConfig,
    boolean clearAuthConfig,
    Boolean enabled,
    Map<String, String> inputErrors) {

  /** The {@code auth_config} object as sent; null fields are "not provided". */
  public record AuthInput(String type, String token, String headerName) {}

  public McpServerInput {
    args = args == null ? null : List.copyOf(args);
    envVars = envVars == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(envVars));
    inputErrors = inputErrors == null ? Map.of() : Map.copyOf(inputErrors);
  }

  /** The settings of a new server: defaults for what is absent, every failure reported at once. */
  public McpServerSpec toNewSpec() {
    return apply(null);
  }

  /** The merged settings of an update of {@code current} (clear secrets), re-validated whole. */
  public McpServerSpec applyTo(McpServerSpec current) {
    return apply(current);
  }

  private McpServerSpec apply(McpServerSpec current) {
    Violations v = new Violations();
    inputErrors.forEach(v::add);
    McpTransport type = transport(current, v);
    Map<String, Secret> env = envVars(current, v);
    McpAuth auth = auth(current, v);
    McpServerSpec spec = null;
    try {
      spec = new McpServerSpec(
          pick(name, current == null ? null : current.name()),
          type,
          pick(url, current == null ? null : current.url()),
          pick(command, current == null ? null : current.command()),
          args != null ? args : current == null ? null : current.args(),
          env,
          pick(namespacePrefix, current == null ? null : current.namespacePrefix()),
          auth,
          enabled != null ? enabled : current == null || current.enabled());
    } catch (ValidationException e) {
      v.addAll(e);
    }
    v.throwIfAny();
    return spec;
  }

  private McpTransport transport(McpServerSpec current, Violations v) {
    if (transport == null) {
      return current == null ? null : current.transport();
    }
    McpTransport parsed = McpTransport.fromWireName(transport).orElse(null);
    if (parsed == null) {
      v.add("transport", "must be one of " + McpTransport.CHOICES);
    }
    return parsed;
  }

  /** Replaces the whole map; masked values keep the stored value of the same key. */
  private Map<String, Secret> envVars(McpServerSpec current, Violations v) {
    Map<String, Secret> stored = current == null ? Map.of() : current.envVars();
    if (envVars == null) {
      return stored;
    }
    Map<String, Secret> env = new LinkedHashMap<>();
    envVars.forEach((key, value) -> {
      boolean masked = value != null && value.startsWith(Secret.MASK_PREFIX);
      if (masked && !stored.containsKey(key)) {
        v.add("env_vars." + key, "is masked but no value is stored for it");
      }
      env.put(key, value == null ? null : stored.getOrDefault(key, Secret.empty()).updatedWith(value));
    });
    return env;
  }

  /** Absent keeps, {@code null} clears, an object is merged field by field over the stored one. */
  private McpAuth auth(McpServerSpec current, Violations v) {
    McpAuth stored = current == null ? null : current.auth();
    if (clearAuthConfig) {
      return null;
    }
    if (authConfig == null) {
      return stored;
    }
    McpAuthType type = authType(stored, v);
    Secret token = (stored == null ? Secret.empty() : stored.token()).updatedWith(authConfig.token());
    String header = pick(authConfig.headerName(), stored == null ? null : stored.headerName());
    Violations auth = new Violations();
    McpAuth.check(type, token, header, auth);
    if (type == null || !auth.isEmpty()) {
      auth.asMap().forEach(v::add);
      return null;
    }
    return new McpAuth(type, token, header);
  }

  private McpAuthType authType(McpAuth stored, Violations v) {
    String wire = authConfig.type();
    if (wire == null) {
      if (stored == null) {
        v.add("auth_config.type", "is required");
      }
      return stored == null ? null : stored.type();
    }
    McpAuthType type = McpAuthType.fromWireName(wire).orElse(null);
    if (type == null) {
      v.add("auth_config.type", "must be one of " + McpAuthType.CHOICES);
    }
    return type;
  }

  private static String pick(String given, String stored) {
    return given != null ? given : stored;
  }
}
