package dev.akmatori.adapter.llm.tool.zabbix;

import dev.akmatori.application.investigation.tool.ToolCallException;
import java.util.Locale;
import java.util.Map;

/**
 * A JSON-RPC error object of the Zabbix API, {@code {"code", "message", "data"}}, e.g. {@code
 * -32602 "Invalid params." "Session terminated, re-login, please."}.
 */
final class ZabbixFault extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Object code;
  private final String data;

  private ZabbixFault(Object code, String message, String data) {
    super(message);
    this.code = code;
    this.data = data;
  }

  static ZabbixFault of(Map<?, ?> error) {
    Object message = error.get("message");
    Object data = error.get("data");
    return new ZabbixFault(error.get("code"), message == null ? "" : String.valueOf(message),
        data == null ? "" : String.valueOf(data));
  }

  /** The session is gone: Zabbix says {@code Not authorised} or {@code Session terminated}. */
  boolean sessionExpired() {
    String text = (getMessage() + " " + data).toLowerCase(Locale.ROOT);
    return text.contains("not authorised") || text.contains("not authorized")
        || text.contains("session terminated");
  }

  /** The tool error: {@code <code> <message> <data>}. */
  ToolCallException toToolError() {
    String text = (code + " " + getMessage() + " " + data).strip();
    return new ToolCallException(text, this);
  }
}
