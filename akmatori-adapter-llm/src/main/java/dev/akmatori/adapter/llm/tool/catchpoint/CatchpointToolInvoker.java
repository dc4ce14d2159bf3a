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
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
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
        return performanceRaw(api, args);
      case "get_tests":
        return tests(api, args);
      case "get_test_details":
        return api.get(api.url("v2", "tests", required(args, "test_ids", NUMERIC_ID)));
      case "get_test_errors":
        return api.get(errors(api.url("v2", "tests", "errors", "raw"), args));
      case "get_internet_outages":
        return outages(api, args);
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
    ExplorerNames names = explorerNames(api);
    names.ids(args, "metrics", "metric").ifPresent(ids -> url.addQueryParameter("metricIds", ids));
    names.ids(args, "dimensions", "dimension").ifPresent(ids -> url.addQueryParameter("dimensionIds", ids));
    return api.get(url);
  }

  private static ExplorerNames explorerNames(CatchpointApi api) {
    return new ExplorerNames(() -> api.get(api.url("v2", "tests", "explorer", "enumeration")
        .addQueryParameter("includeMetrics", "true").addQueryParameter("includeDimensions", "true")));
  }

  /**
   * The published parameters of {@code /v2/tests/explorer/raw} have neither node ids nor paging: with
   * {@code node_ids} the records are broken down by the {@code Node} dimension (its id read from the
   * explorer enumeration) and kept for those nodes; {@code page_number}/{@code page_size} page the
   * records here ({@link RawPerformance}).
   */
  private Object performanceRaw(CatchpointApi api, Arguments args) {
    HttpUrl.Builder url = api.url("v2", "tests", "explorer", "raw");
    url.addQueryParameter("testIds", required(args, "test_ids", NUMERIC_ID));
    CatchpointParams.window(url, args, clock);
    Set<Long> nodes = CatchpointParams.ids(args, "node_ids", NUMERIC_ID, false)
        .map(ids -> Stream.of(ids.split(",")).map(Long::valueOf).collect(Collectors.toSet())).orElse(Set.of());
    Optional<LocalPage> page = LocalPage.of(args);
    if (!nodes.isEmpty()) {
      url.addQueryParameter("dimensionIds", Long.toString(explorerNames(api).id("node_ids", "Node", "dimension")));
    }
    return RawPerformance.narrow(api.get(url), nodes, page);
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

  /**
   * {@code /v2/iw/outages} publishes {@code startTimeUtc}, {@code endTimeUtc}, {@code serviceName},
   * {@code city}, {@code country}, {@code region} and {@code ongoing}; its reply ({@code {outages:
   * [{serviceId, serviceName, locations}], hasMore, next, previous}}) names no ASN, so an {@code
   * asn} cannot be applied and is refused rather than silently ignored; paging is done here.
   */
  @SuppressWarnings("unchecked")
  private Object outages(CatchpointApi api, Arguments args) {
    HttpUrl.Builder url = api.url("v2", "iw", "outages");
    CatchpointParams.window(url, args, clock);
    if (args.optionalText("asn").isPresent()) {
      throw Arguments.invalid("asn", "Catchpoint's Internet Weather outages API cannot filter by autonomous system;"
          + " leave asn out and filter by country, or look for the provider's service name in the outages");
    }
    args.optionalText("country").ifPresent(country -> url.addQueryParameter("country", country));
    Optional<LocalPage> page = LocalPage.of(args);
    Map<String, Object> result = api.get(url);
    if (page.isEmpty() || !(result.get("data") instanceof Map)
        || !(((Map<String, Object>) result.get("data")).get("outages") instanceof List)) {
      return result;
    }
    Map<String, Object> data = new LinkedHashMap<>((Map<String, Object>) result.get("data"));
    List<?> all = (List<?>) data.get("outages");
    data.put("outages", IntStream.range(0, all.size()).filter(i -> page.get().contains(i))
        .mapToObj(all::get).collect(Collectors.toList()));
    Map<String, Object> paged = new LinkedHashMap<>(result);
    paged.put("data", data);
    paged.put("page", page.get().describe(all.size()));
    return paged;
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
