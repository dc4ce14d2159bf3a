package dev.akmatori.adapter.llm.tool.victoriametrics;

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
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * §6.3 {@code victoria_metrics}: the Prometheus-compatible query API of VictoriaMetrics (single
 * node or a vmselect tenant root) or Prometheus itself. Query operations are {@code GET}s with URL
 * parameters, absent arguments not sent; results are the API's JSON as is ({@code status}, {@code
 * data}, {@code warnings}). Thread-safe.
 */
public final class VictoriaMetricsToolInvoker implements ToolInvoker {
  private final IntegrationHttp http;

  public VictoriaMetricsToolInvoker(IntegrationHttp http) {
    this.http = http;
  }

  @Override
  public Object invoke(
      ToolTypeDefinition type, ToolOperation operation, AllowedInstance instance,
      Map<String, Object> arguments, Duration timeout, Cancellation cancellation) {
    InstanceSettings settings = InstanceSettings.of(instance);
    IntegrationClient client = http.client(
        HttpTarget.fromSettings(settings, "vm_url", "vm_", ProxyService.VICTORIA_METRICS), auth(settings));
    Arguments args = new Arguments(arguments);
    switch (operation.name()) {
      case "instant_query":
        return query(client, client.url("api", "v1", "query"), args, cancellation,
            "query", "time", "step", "timeout");
      case "range_query":
        return query(client, client.url("api", "v1", "query_range"), args, cancellation,
            "query", "start", "end", "step", "timeout");
      case "series":
        return matching(client, client.url("api", "v1", "series"), args, cancellation);
      case "label_values":
        return matching(client, client.url("api", "v1", "label", labelName(args), "values"), args,
            cancellation);
      case "api_request":
        return new VmApiRequest(client, instance.writesAllowed()).send(args, cancellation);
      default:
        throw new ToolCallException("victoria_metrics has no operation '" + operation.name() + "'");
    }
  }

  /** Auth per {@code vm_auth_method}; {@code bearer_token} without a token sends none. */
  static Auth auth(InstanceSettings settings) {
    String method = settings.text("vm_auth_method").orElse("bearer_token");
    switch (method) {
      case "none":
        return Auth.NONE;
      case "basic_auth":
        return Auth.basic(settings.text("vm_username").orElse(""), settings.secret("vm_password").orElse(""));
      case "bearer_token":
        return Auth.bearer(settings.secret("vm_bearer_token").orElse(""));
      default:
        throw new ToolCallException("setting 'vm_auth_method' has an unknown value '" + method + "'");
    }
  }

  private static Object query(
      IntegrationClient client, HttpUrl.Builder url, Arguments args, Cancellation cancellation,
      String... names) {
    for (String name : names) {
      args.optionalText(name).ifPresent(value -> url.addQueryParameter(name, value));
    }
    return PrometheusReplies.data(client, new Request.Builder().url(url.build()).get().build(), cancellation);
  }

  private static Object matching(
      IntegrationClient client, HttpUrl.Builder url, Arguments args, Cancellation cancellation) {
    args.texts("match").forEach(selector -> url.addQueryParameter("match[]", selector));
    return query(client, url, args, cancellation, "start", "end");
  }

  /** The label name as one path segment; dot segments would be resolved away, so they are refused. */
  private static String labelName(Arguments args) {
    String name = args.text("label_name");
    if (name.equals(".") || name.equals("..")) {
      throw Arguments.invalid("label_name", "is not a label name");
    }
    return name;
  }
}
