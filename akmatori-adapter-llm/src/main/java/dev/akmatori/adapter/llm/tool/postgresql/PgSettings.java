package dev.akmatori.adapter.llm.tool.postgresql;

import dev.akmatori.adapter.llm.tool.sql.SqlSettings;
import dev.akmatori.application.investigation.tool.AllowedInstance;
import dev.akmatori.application.investigation.tool.ToolCallException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Connection settings of one {@code postgresql} instance (§6.4), defaults applied. The host must be
 * a plain host name or IP address, so nothing can be smuggled into the JDBC URL.
 */
record PgSettings(
    String host, int port, String database, String username, String password, String sslMode,
    int timeoutSeconds) {
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._-]+|\\[?[0-9A-Fa-f:.]+]?");
  private static final Set<String> SSL_MODES = Set.of("disable", "require", "verify-ca", "verify-full");

  PgSettings {
    if (!HOST.matcher(host).matches()) {
      throw new ToolCallException("pg_host is not a host name or IP address: " + host);
    }
    if (port < 1 || port > 65535) {
      throw new ToolCallException("pg_port must be between 1 and 65535");
    }
    if (!SSL_MODES.contains(sslMode)) {
      throw new ToolCallException("pg_ssl_mode must be one of disable, require, verify-ca, verify-full");
    }
    if (timeoutSeconds < 1) {
      throw new ToolCallException("pg_timeout must be positive");
    }
  }

  static PgSettings from(AllowedInstance instance) {
    SqlSettings settings = new SqlSettings(instance);
    return new PgSettings(
        settings.text("pg_host"),
        settings.integer("pg_port"),
        settings.text("pg_database"),
        settings.text("pg_username"),
        settings.optionalText("pg_password"),
        settings.text("pg_ssl_mode"),
        settings.integer("pg_timeout"));
  }

  /** The JDBC URL: host, port and database only; everything else travels as properties. */
  String url() {
    String address = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    return "jdbc:postgresql://" + address + ":" + port + "/"
        + URLEncoder.encode(database, StandardCharsets.UTF_8);
  }

  /** Where the database is, for error messages. */
  String where() {
    return host + ":" + port + "/" + database;
  }

  @Override
  public String toString() {
    return "PgSettings[" + username + "@" + where() + ", sslmode=" + sslMode + ", timeout="
        + timeoutSeconds + "s]";
  }
}
