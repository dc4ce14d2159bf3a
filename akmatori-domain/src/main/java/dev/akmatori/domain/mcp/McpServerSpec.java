package dev.akmatori.domain.mcp;

import dev.akmatori.domain.shared.Secret;
import dev.akmatori.domain.shared.Text;
import dev.akmatori.domain.shared.Violations;
import dev.akmatori.domain.tool.HttpUrls;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The validated settings of an MCP server (contract §3.9). Every rule is checked at once and all
 * failures are thrown together as a {@code ValidationException} keyed by field path: name trimmed
 * 1–128; {@code url} an http(s) URL for HTTP transports and empty for stdio; {@code command}
 * required for stdio and empty otherwise; env keys {@code ^[A-Za-z_][A-Za-z0-9_]*$} and never
 * {@code AKMATORI_*}; namespace prefix 1–64 matching {@code ^[A-Za-z][A-Za-z0-9_-]*$}. Env values
 * and the auth token are secrets; absent url, command, args and env become empty.
 */
public record McpServerSpec(
    String name,
    McpTransport transport,
    String url,
    String command,
    List<String> args,
    Map<String, Secret> envVars,
    String namespacePrefix,
    McpAuth auth,
    boolean enabled) {
  public static final int MAX_NAME = 128;
  public static final int MAX_PREFIX = 64;
  /** Variables of the server itself; a child process must never see one (§3.9). */
  public static final String RESERVED_ENV_PREFIX = "AKMATORI_";

  private static final Pattern ENV_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

  public McpServerSpec {
    Violations v = new Violations();
    name = Text.requiredTrimmed(name, "name", MAX_NAME, v);
    url = url == null ? "" : url;
    command = command == null ? "" : command;
    args = args == null ? List.of() : List.copyOf(args);
    envVars = copy(envVars);
    checkTransport(transport, url, command, v);
    envVars.forEach((key, value) -> checkEnvVar(key, value, v));
    checkPrefix(namespacePrefix, v);
    v.throwIfAny();
  }

  private static void checkTransport(McpTransport transport, String url, String command, Violations v) {
    if (transport == null) {
      v.add("transport", "is required");
      return;
    }
    String wire = transport.wireName();
    if (transport.isHttp()) {
      if (url.isBlank()) {
        v.add("url", "is required for " + wire + " transport");
      } else if (!HttpUrls.isValid(url)) {
        v.add("url", "must be an http or https URL");
      }
      if (!command.isEmpty()) {
        v.add("command", "must be empty for " + wire + " transport");
      }
    } else {
      if (!url.isEmpty()) {
        v.add("url", "must be empty for stdio transport");
      }
      if (command.isBlank()) {
        v.add("command", "is required for stdio transport");
      }
    }
  }

  private static void checkEnvVar(String key, Secret value, Violations v) {
    String field = "env_vars." + key;
    if (!ENV_KEY.matcher(key).matches()) {
      v.add(field, "must match ^[A-Za-z_][A-Za-z0-9_]*$");
    } else if (key.toUpperCase(Locale.ROOT).startsWith(RESERVED_ENV_PREFIX)) {
      v.add(field, "must not start with " + RESERVED_ENV_PREFIX);
    }
    if (value == null) {
      v.add(field, "must be a string");
    }
  }

  private static void checkPrefix(String prefix, Violations v) {
    if (Text.isBlank(prefix)) {
      v.add("namespace_prefix", "is required");
    } else if (Text.length(prefix) > MAX_PREFIX) {
      v.add("namespace_prefix", "must be at most " + MAX_PREFIX + " characters");
    } else if (!PREFIX.matcher(prefix).matches()) {
      v.add("namespace_prefix", "must start with a letter and contain only letters, digits, '_' or '-'");
    }
  }

  private static Map<String, Secret> copy(Map<String, Secret> env) {
    // Insertion order is kept (clients see their own order); null values are reported, not thrown.
    return env == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(env));
  }

  /** The key under which namespace prefixes are unique: the prefix lower-cased. */
  public String namespaceKey() {
    return namespaceKey(namespacePrefix);
  }

  /** The case-insensitive comparison key of any namespace (prefix, type or connector name). */
  public static String namespaceKey(String namespace) {
    return namespace.toLowerCase(Locale.ROOT);
  }

  /** The same settings with {@code f} applied to every secret value (sealing or opening them). */
  public McpServerSpec mapSecrets(UnaryOperator<String> f) {
    Map<String, Secret> env = new LinkedHashMap<>();
    envVars.forEach((key, value) -> env.put(key, Secret.of(f.apply(value.reveal()))));
    McpAuth mapped = auth == null ? null : auth.mapToken(f);
    return new McpServerSpec(name, transport, url, command, args, env, namespacePrefix, mapped, enabled);
  }
}
