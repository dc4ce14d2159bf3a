package dev.akmatori.domain.connector;

import dev.akmatori.domain.shared.Violations;
import java.util.regex.Pattern;

/**
 * The {@code auth_config} of a connector (contract §3.8): how requests authenticate and which
 * instance setting holds the token. An omitted or empty {@code token_field} is {@code token}, an
 * omitted or empty {@code header_name} is {@code X-API-Key}; both are kept whatever the method.
 */
public record ConnectorAuth(AuthMethod method, String tokenField, String headerName) {
  public static final String DEFAULT_TOKEN_FIELD = "token";
  public static final String DEFAULT_HEADER_NAME = "X-API-Key";
  /** The settings of {@link AuthMethod#BASIC_AUTH}. */
  public static final String USERNAME = "username";

  public static final String PASSWORD = "password";

  /** RFC 9110 field-name characters; any other header name would make every request fail. */
  private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  public ConnectorAuth {
    tokenField = orDefault(tokenField, DEFAULT_TOKEN_FIELD);
    headerName = orDefault(headerName, DEFAULT_HEADER_NAME);
    Violations v = new Violations();
    collect(method, headerName, v);
    v.throwIfAny();
  }

  /** Records a missing ({@code null}) method and a header name that is no HTTP header name. */
  public static void collect(AuthMethod method, String headerName, Violations v) {
    if (method == null) {
      v.add("auth_config.method", "is required");
    }
    String header = orDefault(headerName, DEFAULT_HEADER_NAME);
    if (!HEADER_NAME.matcher(header).matches()) {
      v.add("auth_config.header_name", "must be a valid HTTP header name");
    }
  }

  static String orDefault(String value, String fallback) {
    return value == null || value.isEmpty() ? fallback : value;
  }
}
