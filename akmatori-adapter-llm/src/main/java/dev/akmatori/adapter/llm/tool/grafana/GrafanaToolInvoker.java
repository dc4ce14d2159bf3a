package dev.akmatori.adapter.llm.tool.grafana;

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
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * §6.6 {@code grafana} over its HTTP API with the service account token as Bearer: dashboard search
 * and models, panels, Grafana-managed alert rules and Alertmanager instances, data sources and
 * {@code /api/ds/query}, annotations; writes are silences and annotations. Results are Grafana's
 * JSON as is, except {@code get_dashboard_panels}. Thread-safe.
 */
public final class GrafanaToolInvoker implements ToolInvoker {
  private static final Pattern UID = Pattern.compile("[A-Za-z0-9._~-]{1,128}");

  private final IntegrationHttp http;

  public GrafanaToolInvoker(IntegrationHttp http) {
    this.http = http;
  }

  @Override
  public Object invoke(
      ToolTypeDefinition type, ToolOperation operation, AllowedInstance instance,
      Map<String, Object> arguments, Duration timeout, Cancellation cancellation) {
    InstanceSettings settings = InstanceSettings.of(instance);
    IntegrationClient client = http.client(
        HttpTarget.fromSettings(settings, "grafana_url", "grafana_", ProxyService.GRAFANA),
        Auth.bearer(settings.requiredSecret("grafana_api_token")));
    Arguments args = new Arguments(arguments);
    GrafanaQueries queries = new GrafanaQueries(client, cancellation);
    GrafanaWrites writes = new GrafanaWrites(client, cancellation);
    switch (operation.name()) {
      case "search_dashboards":
        return get(client, GrafanaParams.search(client.url("api", "search"), args), cancellation);
      case "get_dashboard":
        return get(client, client.url("api", "dashboards", "uid", uid(args, "uid")), cancellation);
      case "get_dashboard_panels":
        return DashboardPanels.of(
            get(client, client.url("api", "dashboards", "uid", uid(args, "uid")), cancellation));
      case "get_alert_rules":
        return get(client, client.url("api", "v1", "provisioning", "alert-rules"), cancellation);
      case "get_alert_rule":
        return get(client, client.url("api", "v1", "provisioning", "alert-rules", uid(args, "uid")), cancellation);
      case "get_alert_instances":
        return get(client, GrafanaParams.alerts(
            client.url("api", "alertmanager", "grafana", "api", "v2", "alerts"), args), cancellation);
      case "list_data_sources":
        return get(client, client.url("api", "datasources"), cancellation);
      case "query_data_source":
        return queries.dataSource(args);
      case "query_prometheus":
        return queries.prometheus(args);
      case "query_loki":
        return queries.loki(args);
      case "get_annotations":
        return get(client, GrafanaParams.annotations(client.url("api", "annotations"), args), cancellation);
      case "silence_alert":
        return writes.silence(args);
      case "create_annotation":
        return writes.annotation(args);
      default:
        throw new ToolCallException("grafana has no operation '" + operation.name() + "'");
    }
  }

  private static Object get(IntegrationClient client, HttpUrl.Builder url, Cancellation cancellation) {
    return client.json(new Request.Builder().url(url.build()).get().build(), cancellation);
  }

  /** A uid argument, checked to be one plain path segment. */
  static String uid(Arguments args, String name) {
    String uid = args.text(name);
    if (!UID.matcher(uid).matches() || uid.equals(".") || uid.equals("..")) {
      throw Arguments.invalid(name, "is not a Grafana uid");
    }
    return uid;
  }
}
