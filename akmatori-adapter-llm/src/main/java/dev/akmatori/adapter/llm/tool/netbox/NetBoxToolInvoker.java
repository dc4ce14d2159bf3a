package dev.akmatori.adapter.llm.tool.netbox;

import dev.akmatori.adapter.llm.tool.integration.Arguments;
import dev.akmatori.adapter.llm.tool.integration.Auth;
import dev.akmatori.adapter.llm.tool.integration.HttpTarget;
import dev.akmatori.adapter.llm.tool.integration.InstanceSettings;
import dev.akmatori.adapter.llm.tool.integration.IntegrationClient;
import dev.akmatori.adapter.llm.tool.integration.IntegrationHttp;
import dev.akmatori.adapter.llm.tool.integration.QueryValues;
import dev.akmatori.application.investigation.tool.AllowedInstance;
import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.application.investigation.tool.ToolInvoker;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.settings.ProxyService;
import dev.akmatori.domain.tool.ToolOperation;
import dev.akmatori.domain.tool.ToolTypeDefinition;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * §6.9 {@code netbox}, read-only: every operation is a GET of the NetBox REST API with {@code
 * Authorization: Token <netbox_api_token>}. List operations map to their endpoint ({@code
 * get_devices} → {@code /api/dcim/devices/}, …) and send every argument as a NetBox filter plus
 * {@code limit}/{@code offset}; {@code get_device} reads {@code /api/dcim/devices/<id>/}; {@code
 * api_request} GETs any path under {@code /api/} behind {@link NetBoxApiPath}. Results are NetBox's
 * JSON as is. Thread-safe.
 */
public final class NetBoxToolInvoker implements ToolInvoker {
  private static final Pattern ID = Pattern.compile("\\d{1,19}");

  private final IntegrationHttp http;

  public NetBoxToolInvoker(IntegrationHttp http) {
    this.http = http;
  }

  @Override
  public Object invoke(
      ToolTypeDefinition type, ToolOperation operation, AllowedInstance instance,
      Map<String, Object> arguments, Duration timeout, Cancellation cancellation) {
    InstanceSettings settings = InstanceSettings.of(instance);
    String token = settings.requiredSecret("netbox_api_token");
    Auth auth = Auth.header("Authorization", "Token " + token, token);
    IntegrationClient client = http.client(
        HttpTarget.fromSettings(settings, "netbox_url", "netbox_", ProxyService.NETBOX), auth);
    NetBoxApi api = new NetBoxApi(client, auth.secrets(), cancellation);
    Map<String, Object> given = arguments == null ? Map.of() : arguments;
    Arguments args = new Arguments(given);
    switch (operation.name()) {
      case "get_device":
        return api.get(api.url(List.of("dcim", "devices", id(args))).build());
      case "api_request":
        return api.get(apiRequest(api, args));
      default:
        List<String> endpoint = NetBoxEndpoints.list(operation.name()).orElseThrow(() ->
            new ToolCallException("netbox has no operation '" + operation.name() + "'"));
        return api.get(NetBoxQuery.filters(api.url(endpoint), given).build());
    }
  }

  /** {@code path} under {@code /api/}, {@code query_params} as filters, explicit paging last. */
  private static HttpUrl apiRequest(NetBoxApi api, Arguments args) {
    List<String> segments = NetBoxApiPath.segments(args.text("path"));
    HttpUrl.Builder url = api.url(segments.subList(1, segments.size()));
    Map<String, Object> params = new LinkedHashMap<>(args.object("query_params").orElse(Map.of()));
    QueryValues.addTo(url, params);
    return NetBoxQuery.paging(url, args).build();
  }

  private static String id(Arguments args) {
    String id = args.text("id");
    if (!ID.matcher(id).matches()) {
      throw Arguments.invalid("id", "must be a numeric NetBox device id");
    }
    return id;
  }
}
