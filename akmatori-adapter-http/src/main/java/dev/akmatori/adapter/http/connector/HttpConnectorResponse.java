package dev.akmatori.adapter.http.connector;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.akmatori.domain.connector.ConnectorAuth;
import dev.akmatori.domain.connector.ConnectorParam;
import dev.akmatori.domain.connector.HttpConnector;
import dev.akmatori.domain.connector.HttpConnectorSpec;
import dev.akmatori.domain.connector.ToolDefinition;
import java.time.Instant;
import java.util.List;

/**
 * The HttpConnector shape of contract §3.8: {@code tools} always a bare array, every field of
 * ToolDef and Param present ({@code default} null when the param has none), {@code auth_config}
 * with its defaults filled in, or null.
 */
record HttpConnectorResponse(
    long id,
    String toolTypeName,
    long toolTypeId,
    String description,
    String baseUrlField,
    AuthConfig authConfig,
    List<Tool> tools,
    boolean enabled,
    Instant createdAt,
    Instant updatedAt) {

  static HttpConnectorResponse from(HttpConnector connector) {
    HttpConnectorSpec s = connector.spec();
    return new HttpConnectorResponse(
        connector.id().value(),
        s.toolTypeName(),
        connector.toolTypeId().value(),
        s.description(),
        s.baseUrlField(),
        AuthConfig.from(s.auth()),
        s.tools().stream().map(Tool::from).toList(),
        s.enabled(),
        connector.createdAt(),
        connector.updatedAt());
  }

  /** {@code {"method", "token_field", "header_name"}}. */
  record AuthConfig(String method, String tokenField, String headerName) {
    static AuthConfig from(ConnectorAuth auth) {
      return auth == null ? null : new AuthConfig(auth.method().wireName(), auth.tokenField(), auth.headerName());
    }
  }

  /** A ToolDef: {@code {"name", "description", "http_method", "path", "params", "read_only"}}. */
  record Tool(String name, String description, String httpMethod, String path, List<Param> params, boolean readOnly) {
    static Tool from(ToolDefinition tool) {
      return new Tool(tool.name(), tool.description(), tool.httpMethod().name(), tool.path(),
          tool.params().stream().map(Param::from).toList(), tool.readOnly());
    }
  }

  /** A Param: {@code {"name", "type", "required", "in", "default"}}. */
  record Param(String name, String type, boolean required, String in, @JsonProperty("default") Object defaultValue) {
    static Param from(ConnectorParam param) {
      return new Param(param.name(), param.type().wireName(), param.required(), param.in().wireName(),
          param.defaultValue());
    }
  }
}
