package dev.akmatori.domain.mcp;

import dev.akmatori.domain.shared.Secret;
import dev.akmatori.domain.shared.Violations;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The {@code auth_config} of an MCP server, used only by the HTTP transports: a required secret
 * token, and for {@link McpAuthType#HEADER} the header that carries it. {@code headerName} is kept
 * as given (it may be {@code ""} for bearer tokens).
 */
public record McpAuth(McpAuthType type, Secret token, String headerName) {
  /** RFC 9110 field-name characters; anything else would make every request fail. */
  private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  public McpAuth {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(token, "token");
    headerName = headerName == null ? "" : headerName;
    Violations v = new Violations();
    check(type, token, headerName, v);
    v.throwIfAny();
  }

  /** Adds the failures of these values to {@code v}; a null type is reported, not thrown. */
  static void check(McpAuthType type, Secret token, String headerName, Violations v) {
    if (token == null || token.isEmpty()) {
      v.add("auth_config.token", "is required");
    }
    String header = headerName == null ? "" : headerName;
    if (type == McpAuthType.HEADER && header.isBlank()) {
      v.add("auth_config.header_name", "is required for header auth");
    } else if (type == McpAuthType.HEADER && !HEADER_NAME.matcher(header).matches()) {
      v.add("auth_config.header_name", "must be a valid HTTP header name");
    }
  }

  /** The request header that carries the token: {@code Authorization} or {@code header_name}. */
  public String requestHeaderName() {
    return type == McpAuthType.BEARER_TOKEN ? "Authorization" : headerName;
  }

  /** The header value: {@code Bearer <token>} or the bare token. Secret: never log it. */
  public String requestHeaderValue() {
    return type == McpAuthType.BEARER_TOKEN ? "Bearer " + token.reveal() : token.reveal();
  }

  /** The same settings with {@code f} applied to the token's value (sealing or opening it). */
  public McpAuth mapToken(UnaryOperator<String> f) {
    return new McpAuth(type, Secret.of(f.apply(token.reveal())), headerName);
  }
}
