package dev.akmatori.adapter.llm.tool.catchpoint;

import static dev.akmatori.adapter.llm.tool.catchpoint.CatchpointParams.ALERT_ID;
import static dev.akmatori.adapter.llm.tool.catchpoint.CatchpointParams.NUMERIC_ID;

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
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;

/**
 * §6.7 {@code catchpoint} over the Catchpoint REST API v2 ({@code catchpoint_url}, default {@code
 * https://io.catchpoint.com/api}) with the API token as Bearer. Reads: alerts ({@code
 * /v2/tests/alerts}), tests ({@code /v2/tests}), aggregated and raw performance ({@code
 * /v2/tests/explorer/aggregated|raw}), recent errors ({@code /v2/tests/errors/raw}), Internet
 * Weather outages ({@code /v2/iw/outages}) and nodes ({@code /v2/nodes/all}); node alerts are the
 * test alerts with node details, kept to the given nodes. Writes ({@link CatchpointWrites}) are
 * refused here too unless the instance has {@code allow_write_operations}. Results are {@code
 * {"data": …}} ({@link CatchpointApi}). Thread-safe.
 */
public final class CatchpointToolInvoker implements ToolInvoker {
  private final IntegrationHttp http;
  private final Clock clock;

  public CatchpointToolInvoker(IntegrationHttp http) {
    this(http, Clock.systemUTC());
  }

  CatchpointToolInvoker(IntegrationHttp http, Clock clock) {
    this.http = Objects.requireNonNull(http, "http");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Object invoke(
      ToolTypeDefinition type, ToolOperation operation, AllowedInstance instance,
      Map<String, Object> arguments, Duration timeout, Cancellation cancellation) {
    if (!operation.readOnly() && !instance.writesAllowed()) {
      throw new ToolCallException("operation 'catchpoint." + operation.name()
          + "' writes to the target and is disabled for instance '" + instance.logicalName().value() + "'");
    }
    InstanceSettings settings = InstanceSettings.of(instance);
    Auth auth = Auth.bearer(settings.requiredSecret("catchpoint_api_token"));
    IntegrationClient client = http.client(
        HttpTarget.fromSettings(settings, "catchpoint_url", "catchpoint_", ProxyService.CATCHPOINT), auth);
    CatchpointApi api = new CatchpointApi(client, auth.secrets(), cancellation);
    Arguments args = new Arguments(arguments);
    switch (operation.name()) {
      case "get_alerts":
        return api.get(alerts(api.url("v2", "tests", "alerts"), args));
      case "get_alert_details":
        return api.get(api.url("v2", "tests", "alerts", required(args, "alert_ids", ALERT_ID)));
      case "get_test_performance":
        return performance(api, args);
      case "get_test_performance_raw":
        return api.get(performanceRaw(api.url("v2", "tests", "explorer", "raw"), args));
      case "get_tests":
        return tests(api, args);
      case "get_test_details":
        return api.get(api.url("v2", "tests", required(args, "test_ids", NUMERIC_ID)));
      case "get_test_errors":
        return api.get(errors(api.url("v2", "tests", "errors", "raw"), args));
      case "get_internet_outages":
        return api.get(outages(api.url("v2", "iw", "outages"), args));
      case "get_nodes":
        return api.get(paged(api.url("v2", "nodes", "all"), args));
      case "get_node_alerts":
        return nodeAlerts(api, args);
      case "acknowledge_alerts":
        return new CatchpointWrites(api).acknowledge(args);
      case "run_instant_test":
        return new CatchpointWrites(api).runInstantTest(args);
      default:
        throw new ToolCallException("catchpoint has no operation '" + operation.name() + "'");
    }
  }

  private static String required(Arguments args, String name, Pattern shape) {
    return CatchpointParams.ids(args, name, shape, true).orElseThrow();
  }

  private HttpUrl.Builder alerts(HttpUrl.Builder url, Arguments args) {
    CatchpointParams.severity(url, args);
    CatchpointParams.window(url, args, clock);
    CatchpointParams.ids(url, "testIds", args, "test_ids", NUMERIC_ID);
    CatchpointParams.paging(url, args);
    return url;
  }

  private Object performance(CatchpointApi api, Arguments args) {
    HttpUrl.Builder url = api.url("v2", "tests", "explorer", "aggregated");
    url.addQueryParameter("testIds", required(args, "test_ids", NUMERIC_ID));
    CatchpointParams.window(url, args, clock);
    ExplorerNames names = new ExplorerNames(() -> api.get(api.url("v2", "tests", "explorer", "enumeration")
        .addQueryParameter("includeMetrics", "true").addQueryParameter("includeDimensions", "true")));
    names.ids(args, "metrics", "metric").ifPresent(ids -> url.addQueryParameter("metricIds", ids));
    names.ids(args, "dimensions", "dimension").ifPresent(ids -> url.addQueryParameter("dimensionIds", ids));
    return api.get(url);
  }

  /** {@code nodeIds} and the paging are not in Catchpoint's published parameters of this endpoint. */
  private HttpUrl.Builder performanceRaw(HttpUrl.Builder url, Arguments args) {
    url.addQueryParameter("testIds", required(args, "test_ids", NUMERIC_ID));
    CatchpointParams.window(url, args, clock);
    CatchpointParams.ids(url, "nodeIds", args, "node_ids", NUMERIC_ID);
    CatchpointParams.paging(url, args);
    return url;
  }

  /** By ids ({@code /v2/tests/<ids>}), or filtered ({@code /v2/tests?typeIds&parentFolderIds&statusId}). */
  private static Object tests(CatchpointApi api, Arguments args) {
    if (args.has("test_ids") && !args.texts("test_ids").isEmpty()) {
      List<String> filters = List.of("test_type", "folder_id", "status").stream()
          .filter(args::has).collect(Collectors.toList());
      if (!filters.isEmpty()) {
        throw Arguments.invalid("test_ids", "cannot be combined with " + String.join(", ", filters)
            + "; Catchpoint reads tests either by id or by filter");
      }
      return api.get(api.url("v2", "tests", required(args, "test_ids", NUMERIC_ID)));
    }
    HttpUrl.Builder url = api.url("v2", "tests");
    CatchpointParams.testType(url, args);
    args.optionalText("folder_id").ifPresent(folder -> {
      if (!NUMERIC_ID.matcher(folder).matches()) {
        throw Arguments.invalid("folder_id", "must be a numeric Catchpoint folder id");
      }
      url.addQueryParameter("parentFolderIds", folder);
    });
    CatchpointParams.status(url, args);
    CatchpointParams.paging(url, args);
    return api.get(url);
  }

  private HttpUrl.Builder errors(HttpUrl.Builder url, Arguments args) {
    CatchpointParams.ids(url, "testIds", args, "test_ids", NUMERIC_ID);
    CatchpointParams.window(url, args, clock);
    CatchpointParams.paging(url, args);
    return url;
  }

  /** {@code asn} and the paging are not in Catchpoint's published parameters of this endpoint. */
  private HttpUrl.Builder outages(HttpUrl.Builder url, Arguments args) {
    CatchpointParams.window(url, args, clock);
    args.optionalText("asn").ifPresent(asn -> {
      String number = asn.replaceFirst("(?i)^AS", "");
      if (!number.matches("\\d{1,10}")) {
        throw Arguments.invalid("asn", "must be an autonomous system number such as 13335 or AS13335");
      }
      url.addQueryParameter("asn", number);
    });
    args.optionalText("country").ifPresent(country -> url.addQueryParameter("country", country));
    CatchpointParams.paging(url, args);
    return url;
  }

  private static HttpUrl.Builder paged(HttpUrl.Builder url, Arguments args) {
    CatchpointParams.paging(url, args);
    return url;
  }

  /**
   * {@code /v2/tests/alerts?includeNodeDetails=true} in the window; with {@code node_ids}, only the
   * alerts whose {@code node.id} is one of them (the filter applies to the page Catchpoint returned).
   */
  @SuppressWarnings("unchecked")
  private Object nodeAlerts(CatchpointApi api, Arguments args) {
    Set<String> nodes = CatchpointParams.ids(args, "node_ids", NUMERIC_ID, false)
        .map(ids -> Set.of(ids.split(","))).orElse(Set.of());
    HttpUrl.Builder url = api.url("v2", "tests", "alerts").addQueryParameter("includeNodeDetails", "true");
    CatchpointParams.window(url, args, clock);
    CatchpointParams.paging(url, args);
    Map<String, Object> result = api.get(url);
    if (!nodes.isEmpty() && result.get("data") instanceof Map
        && ((Map<String, Object>) result.get("data")).get("alerts") instanceof List) {
      Map<String, Object> data = new LinkedHashMap<>((Map<String, Object>) result.get("data"));
      data.put("alerts", ((List<?>) data.get("alerts")).stream()
          .filter(alert -> alert instanceof Map && ((Map<?, ?>) alert).get("node") instanceof Map
              && nodes.contains(String.valueOf(((Map<?, ?>) ((Map<?, ?>) alert).get("node")).get("id"))))
          .collect(Collectors.toList()));
      result.put("data", data);
    }
    return result;
  }
}
