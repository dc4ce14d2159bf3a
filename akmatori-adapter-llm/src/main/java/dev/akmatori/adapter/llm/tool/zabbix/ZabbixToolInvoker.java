package dev.akmatori.adapter.llm.tool.zabbix;

import dev.akmatori.adapter.llm.tool.integration.Arguments;
import dev.akmatori.adapter.llm.tool.integration.Auth;
import dev.akmatori.adapter.llm.tool.integration.HttpTarget;
import dev.akmatori.adapter.llm.tool.integration.InstanceSettings;
import dev.akmatori.adapter.llm.tool.integration.IntegrationClient;
import dev.akmatori.adapter.llm.tool.integration.IntegrationHttp;
import dev.akmatori.application.investigation.tool.AllowedInstance;
import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.application.investigation.tool.ToolInvoker;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.settings.ProxyService;
import dev.akmatori.domain.tool.ToolOperation;
import dev.akmatori.domain.tool.ToolTypeDefinition;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * §6.2 {@code zabbix}: hosts, problems, history, items and triggers over the JSON-RPC API, plus
 * {@code api_request} for any method. The version and {@code credentials} sessions are cached per
 * instance for the life of the process. Thread-safe.
 */
public final class ZabbixToolInvoker implements ToolInvoker {
  private static final Pattern METHOD = Pattern.compile("[A-Za-z]+\\.[A-Za-z]+");
  private static final String API_PATH = "/api_jsonrpc.php";

  private final IntegrationHttp http;
  private final ZabbixSessions sessions = new ZabbixSessions();
  private final AtomicLong ids = new AtomicLong();

  public ZabbixToolInvoker(IntegrationHttp http) {
    this.http = http;
  }

  @Override
  public Object invoke(
      ToolTypeDefinition type, ToolOperation operation, AllowedInstance instance,
      Map<String, Object> arguments, Duration timeout, Cancellation cancellation) {
    InstanceSettings settings = InstanceSettings.of(instance);
    HttpTarget target = HttpTarget.fromSettings(settings, "zabbix_url", "zabbix_", ProxyService.ZABBIX);
    target = target.withBaseUrl(HttpTarget.parseUrl("zabbix_url", endpoint(settings.required("zabbix_url"))));
    IntegrationClient client = http.client(target, Auth.hiding(
        settings.secret("zabbix_token").orElse(null), settings.secret("zabbix_password").orElse(null)));
    ZabbixConnection zabbix = new ZabbixConnection(new ZabbixRpc(client, ids, cancellation), sessions,
        new ZabbixSessions.Key(instance.id(), settings.fingerprint()), settings);
    Arguments args = new Arguments(arguments);
    switch (operation.name()) {
      case "get_hosts":
        return zabbix.call("host.get", ZabbixParams.hosts(args));
      case "get_problems":
        return zabbix.call("problem.get", ZabbixParams.problems(args));
      case "get_history":
        return zabbix.call("history.get", ZabbixParams.history(args));
      case "get_items":
        return zabbix.call("item.get", ZabbixParams.items(args));
      case "get_items_batch":
        return ItemsBatch.search(zabbix, args);
      case "get_triggers":
        return zabbix.call("trigger.get", ZabbixParams.triggers(args));
      case "api_request":
        return zabbix.call(apiMethod(args, instance.writesAllowed()), args.object("params").orElse(Map.of()));
      default:
        throw new ToolCallException("zabbix has no operation '" + operation.name() + "'");
    }
  }

  /**
   * The API URL for a frontend or API URL (contract §6.2): one trailing {@code /} removed, then
   * {@code /api_jsonrpc.php} appended unless already there.
   */
  static String endpoint(String url) {
    String base = url.strip();
    if (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return base.endsWith(API_PATH) ? base : base + API_PATH;
  }

  /**
   * The method of {@code api_request}; without {@code allow_write_operations} only {@code *.get}
   * methods (and {@code apiinfo.version}) pass, whatever guard ran before.
   */
  static String apiMethod(Arguments args, boolean writesAllowed) {
    String method = args.text("method");
    if (!METHOD.matcher(method).matches()) {
      throw Arguments.invalid("method", "must be a Zabbix API method such as host.get");
    }
    if (!writesAllowed && !method.endsWith(".get") && !method.equals("apiinfo.version")) {
      throw new ToolCallException("method '" + method + "' may change Zabbix; only *.get methods are allowed"
          + " unless allow_write_operations is true");
    }
    return method;
  }
}
