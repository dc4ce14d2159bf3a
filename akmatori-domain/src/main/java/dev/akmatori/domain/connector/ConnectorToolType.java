package dev.akmatori.domain.connector;

import static dev.akmatori.domain.tool.SchemaBuilder.bool;
import static dev.akmatori.domain.tool.SchemaBuilder.integer;
import static dev.akmatori.domain.tool.SchemaBuilder.number;
import static dev.akmatori.domain.tool.SchemaBuilder.object;
import static dev.akmatori.domain.tool.SchemaBuilder.string;

import dev.akmatori.domain.tool.SchemaBuilder;
import dev.akmatori.domain.tool.ToolKind;
import dev.akmatori.domain.tool.ToolOperation;
import dev.akmatori.domain.tool.ToolTypeDefinition;

/**
 * The tool type a connector registers (contract §3.8 "Registered tool type"): settings {@code
 * {<base_url_field>: string uri, required}} plus the credentials of its auth method (secrets
 * flagged), and one operation per tool whose input schema is built from its params.
 */
final class ConnectorToolType {
  private ConnectorToolType() {}

  static ToolTypeDefinition of(HttpConnectorSpec spec) {
    return new ToolTypeDefinition(
        spec.toolTypeName(),
        ToolKind.HTTP_CONNECTOR,
        spec.description(),
        settings(spec).build(),
        spec.tools().stream().map(ConnectorToolType::operation).toList());
  }

  private static SchemaBuilder settings(HttpConnectorSpec spec) {
    SchemaBuilder schema = object()
        .property(spec.baseUrlField(), string().format("uri"))
        .required(spec.baseUrlField());
    ConnectorAuth auth = spec.auth();
    if (auth == null) {
      return schema;
    }
    if (auth.method().usesToken()) {
      return schema.property(auth.tokenField(), string().secret()).required(auth.tokenField());
    }
    return schema
        .property(ConnectorAuth.USERNAME, string())
        .property(ConnectorAuth.PASSWORD, string().secret())
        .required(ConnectorAuth.USERNAME, ConnectorAuth.PASSWORD);
  }

  /** Each param a property of its type, described {@code Parameter (<in>)}, with its default. */
  private static ToolOperation operation(ToolDefinition tool) {
    SchemaBuilder input = object();
    for (ConnectorParam param : tool.params()) {
      SchemaBuilder property = type(param.type()).description("Parameter (" + param.in().wireName() + ")");
      if (param.hasDefault()) {
        property.defaultValue(param.defaultValue());
      }
      input.property(param.name(), property);
      if (param.required() && !param.hasDefault()) {
        input.required(param.name());
      }
    }
    return new ToolOperation(tool.name(), tool.description(), tool.readOnly(), input.build());
  }

  private static SchemaBuilder type(ParamType type) {
    return switch (type) {
      case STRING -> string();
      case INTEGER -> integer();
      case NUMBER -> number();
      case BOOLEAN -> bool();
    };
  }
}
