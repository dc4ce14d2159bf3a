package dev.akmatori.adapter.persistence;

import dev.akmatori.domain.mcp.McpAuth;
import dev.akmatori.domain.mcp.McpAuthType;
import dev.akmatori.domain.mcp.McpServer;
import dev.akmatori.domain.mcp.McpServerId;
import dev.akmatori.domain.mcp.McpServerSpec;
import dev.akmatori.domain.mcp.McpTransport;
import dev.akmatori.domain.shared.Secret;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/** The {@code mcp_servers} row format: binds a spec's columns and maps a row back to a server. */
final class McpServerRows {
  static final String COLUMNS =
      "id, name, transport, url, command, args, env_vars, namespace_prefix, auth_type, auth_token,"
          + " auth_header_name, enabled, created_at, updated_at";

  private McpServerRows() {}

  /** Binds every settings column of {@code spec}; secret values go in as given (sealed). */
  static <S extends SqlStatement<S>> S bind(S statement, McpServerSpec spec) {
    Map<String, String> env = new LinkedHashMap<>();
    spec.envVars().forEach((key, value) -> env.put(key, value.reveal()));
    McpAuth auth = spec.auth();
    return statement
        .bind("name", spec.name())
        .bind("transport", spec.transport().wireName())
        .bind("url", spec.url())
        .bind("command", spec.command())
        .bind("args", JsonWriter.write(spec.args()))
        .bind("envVars", JsonWriter.write(env))
        .bind("namespacePrefix", spec.namespacePrefix())
        .bind("namespaceKey", spec.namespaceKey())
        .bind("authType", auth == null ? null : auth.type().wireName())
        .bind("authToken", auth == null ? null : auth.token().reveal())
        .bind("authHeaderName", auth == null ? null : auth.headerName())
        .bind("enabled", spec.enabled());
  }

  static McpServer map(ResultSet rs, StatementContext ctx) throws SQLException {
    McpServerSpec spec =
        new McpServerSpec(
            rs.getString("name"),
            McpTransport.fromWireName(rs.getString("transport")).orElseThrow(),
            rs.getString("url"),
            rs.getString("command"),
            strings(rs.getString("args")),
            secrets(rs.getString("env_vars")),
            rs.getString("namespace_prefix"),
            auth(rs),
            rs.getBoolean("enabled"));
    return new McpServer(
        new McpServerId(rs.getLong("id")),
        spec,
        Timestamps.read(rs, "created_at"),
        Timestamps.read(rs, "updated_at"));
  }

  private static McpAuth auth(ResultSet rs) throws SQLException {
    String type = rs.getString("auth_type");
    if (type == null) {
      return null;
    }
    return new McpAuth(
        McpAuthType.fromWireName(type).orElseThrow(),
        Secret.of(rs.getString("auth_token")),
        rs.getString("auth_header_name"));
  }

  private static List<String> strings(String json) {
    List<String> out = new ArrayList<>();
    for (Object item : (List<?>) JsonText.parse(json)) {
      out.add((String) item);
    }
    return out;
  }

  private static Map<String, Secret> secrets(String json) {
    Map<String, Secret> out = new LinkedHashMap<>();
    JsonText.parseObject(json).forEach((key, value) -> out.put(key, Secret.of((String) value)));
    return out;
  }
}
