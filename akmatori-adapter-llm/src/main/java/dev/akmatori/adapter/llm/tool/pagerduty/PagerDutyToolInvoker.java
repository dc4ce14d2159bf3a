package dev.akmatori.adapter.llm.tool.pagerduty;

import dev.akmatori.adapter.llm.tool.integration.Arguments;
import dev.akmatori.adapter.llm.tool.integration.Auth;
import dev.akmatori.adapter.llm.tool.integration.HttpTarget;
import dev.akmatori.adapter.llm.tool.integration.InstanceSettings;
import dev.akmatori.adapter.llm.tool.integration.IntegrationHttp;
import dev.akmatori.adapter.llm.tool.integration.Times;
import dev.akmatori.application.investigation.tool.AllowedInstance;
import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.application.investigation.tool.ToolInvoker;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.settings.ProxyService;
import dev.akmatori.domain.tool.ToolOperation;
import dev.akmatori.domain.tool.ToolTypeDefinition;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * §6.8 {@code pagerduty}: reads of incidents (with their notes and alerts), services, on-calls,
 * escalation policies and change events over the REST API v2 with {@code Authorization: Token
 * token=<t>}; writes are incident status changes, reassignment and notes as the given user, and
 * Events API v2 events. Results are PagerDuty's JSON; paged lists add {@code next_offset} when
 * {@code more} is true, and the lists without paging arguments (an incident's alerts, on-calls)
 * are read whole, up to 1,000 entries. W operations are refused here as well as by the gateway
 * unless the instance has {@code allow_write_operations}. Thread-safe.
 */
public final class PagerDutyToolInvoker implements ToolInvoker {
  private static final Set<String> STATUSES = Set.of("triggered", "acknowledged", "resolved");
  private static final Set<String> URGENCIES = Set.of("high", "low");

  private final IntegrationHttp http;

  public PagerDutyToolInvoker(IntegrationHttp http) {
    this.http = http;
  }

  @Override
  public Object invoke(
      ToolTypeDefinition type, ToolOperation operation, AllowedInstance instance,
      Map<String, Object> arguments, Duration timeout, Cancellation cancellation) {
    if (!operation.readOnly() && !instance.writesAllowed()) {
      // The gateway refuses this first (§5.4); kept here too, so that no other caller can write.
      throw new ToolCallException("operation 'pagerduty." + operation.name()
          + "' writes to the target and is disabled for instance '" + instance.logicalName() + "'");
    }
    InstanceSettings settings = InstanceSettings.of(instance);
    String token = settings.requiredSecret("pagerduty_api_token");
    HttpTarget target = HttpTarget.fromSettings(settings, "pagerduty_url", "pagerduty_", ProxyService.PAGERDUTY);
    Arguments args = new Arguments(arguments);
    if (operation.name().equals("send_event")) {
      HttpTarget events = target.withBaseUrl(PagerDutyEvents.eventsUrl(target.baseUrl()));
      // The Events API is authenticated by the routing key: the REST token stays at home.
      Auth hidden = Auth.hiding(token);
      return PagerDutyEvents.send(http.client(events, hidden), hidden.secrets(), args, cancellation);
    }
    Auth auth = Auth.header("Authorization", "Token token=" + token, token);
    PagerDutyApi api = new PagerDutyApi(http.client(target, auth), auth.secrets(), cancellation);
    PagerDutyWrites writes = new PagerDutyWrites(api);
    switch (operation.name()) {
      case "get_incidents":
        return api.page(incidents(api.url("incidents"), args), args);
      case "get_incident":
        return api.get(api.url("incidents", PagerDutyApi.id(args, "incident_id")).build());
      case "get_incident_notes":
        return api.get(api.url("incidents", PagerDutyApi.id(args, "incident_id"), "notes").build());
      case "get_incident_alerts":
        return api.all(api.url("incidents", PagerDutyApi.id(args, "incident_id"), "alerts"), "alerts");
      case "get_services":
        return api.page(named(api.url("services"), args), args);
      case "get_on_calls":
        return api.all(onCalls(api.url("oncalls"), args), "oncalls");
      case "get_escalation_policies":
        return api.page(named(api.url("escalation_policies"), args), args);
      case "list_recent_changes":
        return api.page(window(api.url("change_events"), args), args);
      case "acknowledge_incident":
        return writes.status(args, "acknowledged");
      case "resolve_incident":
        return writes.status(args, "resolved");
      case "reassign_incident":
        return writes.reassign(args);
      case "add_incident_note":
        return writes.note(args);
      default:
        throw new ToolCallException("pagerduty has no operation '" + operation.name() + "'");
    }
  }

  /** {@code statuses[]}, {@code urgencies[]}, {@code service_ids[]}, the window and {@code sort_by}. */
  private static HttpUrl.Builder incidents(HttpUrl.Builder url, Arguments args) {
    PagerDutyApi.addArray(url, "statuses", oneOf(args, "statuses", STATUSES, "triggered, acknowledged or resolved"));
    PagerDutyApi.addArray(url, "urgencies", oneOf(args, "urgencies", URGENCIES, "high or low"));
    PagerDutyApi.addArray(url, "service_ids", args.texts("service_ids"));
    window(url, args);
    args.optionalText("sort_by").ifPresent(v -> url.addQueryParameter("sort_by", v));
    return url;
  }

  private static HttpUrl.Builder onCalls(HttpUrl.Builder url, Arguments args) {
    PagerDutyApi.addArray(url, "schedule_ids", args.texts("schedule_ids"));
    PagerDutyApi.addArray(url, "escalation_policy_ids", args.texts("escalation_policy_ids"));
    return window(url, args);
  }

  private static HttpUrl.Builder named(HttpUrl.Builder url, Arguments args) {
    args.optionalText("query").ifPresent(v -> url.addQueryParameter("query", v));
    return url;
  }

  /** {@code since} and {@code until} in RFC 3339 (Unix seconds converted; other forms as given). */
  private static HttpUrl.Builder window(HttpUrl.Builder url, Arguments args) {
    args.optionalText("since").ifPresent(v -> url.addQueryParameter("since", Times.rfc3339OrAsIs(v)));
    args.optionalText("until").ifPresent(v -> url.addQueryParameter("until", Times.rfc3339OrAsIs(v)));
    return url;
  }

  private static List<String> oneOf(Arguments args, String name, Set<String> allowed, String expected) {
    List<String> values = args.texts(name);
    for (String value : values) {
      if (!allowed.contains(value.strip())) {
        throw Arguments.invalid(name, "'" + value + "' is not one of " + expected);
      }
    }
    return values;
  }
}
