package dev.akmatori.adapter.llm.tool.zabbix;

import dev.akmatori.adapter.llm.tool.integration.InstanceSettings;
import dev.akmatori.adapter.llm.tool.zabbix.ZabbixRpc.Style;
import dev.akmatori.application.investigation.tool.ToolCallException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Authenticated calls for one tool call (contract §6.2). The version comes from the cache or from
 * {@code apiinfo.version}, sent without any credential. {@code token} auth sends the token as a
 * Bearer header on ≥ 6.4, else in the {@code auth} field; {@code credentials} auth logs in with
 * {@code user.login} ({@code username} ≥ 5.4, {@code user} before), caches the session id and sends
 * it like a token. A call with a cached session that Zabbix calls expired logs in once more and is
 * repeated once.
 */
final class ZabbixConnection {
  private final ZabbixRpc rpc;
  private final ZabbixSessions sessions;
  private final ZabbixSessions.Key key;
  private final InstanceSettings settings;

  ZabbixConnection(ZabbixRpc rpc, ZabbixSessions sessions, ZabbixSessions.Key key, InstanceSettings settings) {
    this.rpc = rpc;
    this.sessions = sessions;
    this.key = key;
    this.settings = settings;
  }

  /** Calls {@code method} with the instance's credential. */
  Object call(String method, Object params) {
    try {
      if (method.equals("apiinfo.version")) {
        return rpc.call(method, List.of(), Style.NONE, null);
      }
      ZabbixVersion version = version();
      Style style = version.takesBearer() ? Style.BEARER : Style.FIELD;
      if (!"credentials".equals(settings.text("auth_method").orElse("token"))) {
        return rpc.call(method, params, style, settings.requiredSecret("zabbix_token"));
      }
      Optional<String> cached = sessions.session(key);
      String session = cached.orElseGet(() -> login(version));
      try {
        return rpc.call(method, params, style, session);
      } catch (ZabbixFault fault) {
        if (cached.isEmpty() || !fault.sessionExpired()) {
          throw fault;
        }
        sessions.forgetSession(key, session);
        return rpc.call(method, params, style, login(version));
      }
    } catch (ZabbixFault fault) {
      throw fault.toToolError();
    }
  }

  private ZabbixVersion version() {
    return sessions.version(key).orElseGet(() -> {
      ZabbixVersion version = ZabbixVersion.parse(rpc.call("apiinfo.version", List.of(), Style.NONE, null));
      sessions.rememberVersion(key, version);
      return version;
    });
  }

  private String login(ZabbixVersion version) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put(version.loginUserField(), settings.required("zabbix_username"));
    params.put("password", settings.requiredSecret("zabbix_password"));
    Object session = rpc.call("user.login", params, Style.NONE, null);
    if (!(session instanceof String) || ((String) session).isEmpty()) {
      throw new ToolCallException("Zabbix user.login returned no session id");
    }
    sessions.rememberSession(key, (String) session);
    return (String) session;
  }
}
