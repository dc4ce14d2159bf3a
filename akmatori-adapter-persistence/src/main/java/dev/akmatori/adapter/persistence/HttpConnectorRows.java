package dev.akmatori.adapter.persistence;

import dev.akmatori.domain.connector.AuthMethod;
import dev.akmatori.domain.connector.ConnectorAuth;
import dev.akmatori.domain.connector.ConnectorParam;
import dev.akmatori.domain.connector.HttpConnector;
import dev.akmatori.domain.connector.HttpConnectorId;
import dev.akmatori.domain.connector.HttpConnectorSpec;
import dev.akmatori.domain.connector.HttpMethod;
import dev.akmatori.domain.connector.ParamLocation;
import dev.akmatori.domain.connector.ParamType;
import dev.akmatori.domain.connector.ToolDefinition;
import dev.akmatori.domain.tool.ToolTypeId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The {@code http_connectors} row format: binds a spec's columns ({@code auth_config} and {@code
 * tools} as JSON text in the API shape) and maps a row, joined with its tool type's id, back.
 */
final class HttpConnectorRows {
  static final String SELECT =
      """
      SELECT c.id, t.id AS tool_type_id, c.tool_type_name, c.description, c.base_url_field, c.auth_config,
          c.tools, c.enabled, c.created_at, c.updated_at
      FROM http_connectors c JOIN tool_types t ON t.connector_id = c.id
      """;

  private HttpConnectorRows() {}

  static <S extends SqlStatement<S>> S bind(S statement, HttpConnectorSpec spec) {
    return statement
        .bind("toolTypeName", spec.toolTypeName())
        .bind("nameKey", spec.nameKey())
        .bind("description", spec.description())
        .bind("baseUrlField", spec.baseUrlField())
        .bind("authConfig", spec.auth() == null ? null : JsonWriter.write(auth(spec.auth())))
        .bind("tools", JsonWriter.write(spec.tools().stream().map(HttpConnectorRows::tool).toList()))
        .bind("enabled", spec.enabled());
  }

  static HttpConnector map(ResultSet rs, StatementContext ctx) throws SQLException {
    String auth = rs.getString("auth_config");
    HttpConnectorSpec spec = new HttpConnectorSpec(
        rs.getString("tool_type_name"),
        rs.getString("description"),
        rs.getString("base_url_field"),
        auth == null ? null : auth(JsonText.parseObject(auth)),
        ((List<?>) JsonText.parse(rs.getString("tools"))).stream().map(HttpConnectorRows::tool).toList(),
        rs.getBoolean("enabled"));
    return new HttpConnector(
        new HttpConnectorId(rs.getLong("id")),
        new ToolTypeId(rs.getLong("tool_type_id")),
        spec,
        Timestamps.read(rs, "created_at"),
        Timestamps.read(rs, "updated_at"));
  }

  private static Map<String, Object> auth(ConnectorAuth auth) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("method", auth.method().wireName());
    json.put("token_field", auth.tokenField());
    json.put("header_name", auth.headerName());
    return json;
  }

  private static ConnectorAuth auth(Map<String, Object> json) {
    return new ConnectorAuth(
        AuthMethod.fromWireName((String) json.get("method")).orElseThrow(),
        (String) json.get("token_field"),
        (String) json.get("header_name"));
  }

  private static Map<String, Object> tool(ToolDefinition tool) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("name", tool.name());
    json.put("description", tool.description());
    json.put("http_method", tool.httpMethod().name());
    json.put("path", tool.path());
    json.put("params", tool.params().stream().map(HttpConnectorRows::param).toList());
    json.put("read_only", tool.readOnly());
    return json;
  }

  private static ToolDefinition tool(Object item) {
    Map<?, ?> json = (Map<?, ?>) item;
    return new ToolDefinition(
        (String) json.get("name"),
        (String) json.get("description"),
        HttpMethod.fromWireName((String) json.get("http_method")).orElseThrow(),
        (String) json.get("path"),
        ((List<?>) json.get("params")).stream().map(HttpConnectorRows::param).toList(),
        Boolean.TRUE.equals(json.get("read_only")));
  }

  private static Map<String, Object> param(ConnectorParam param) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("name", param.name());
    json.put("type", param.type().wireName());
    json.put("required", param.required());
    json.put("in", param.in().wireName());
    json.put("default", param.defaultValue());
    return json;
  }

  private static ConnectorParam param(Object item) {
    Map<?, ?> json = (Map<?, ?>) item;
    return new ConnectorParam(
        (String) json.get("name"),
        ParamType.fromWireName((String) json.get("type")).orElseThrow(),
        Boolean.TRUE.equals(json.get("required")),
        ParamLocation.fromWireName((String) json.get("in")).orElseThrow(),
        json.get("default"));
  }
}
