package dev.akmatori.adapter.llm.tool.zabbix;

import dev.akmatori.adapter.llm.tool.integration.Arguments;
import dev.akmatori.adapter.llm.tool.integration.Times;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code params} of each read operation's API method. Outputs default to a few useful fields
 * (Zabbix rejects unknown field names, so only fields every supported version has); absent
 * arguments are not sent; times given in RFC 3339 become the Unix seconds Zabbix expects.
 */
final class ZabbixParams {
  static final List<String> HOST_FIELDS = List.of("hostid", "host", "name", "status");
  static final List<String> ITEM_FIELDS = List.of(
      "itemid", "hostid", "name", "key_", "value_type", "lastvalue", "lastclock", "units", "state", "status");
  static final List<String> TRIGGER_FIELDS =
      List.of("triggerid", "description", "priority", "status", "value", "state", "lastchange");

  private ZabbixParams() {}

  static Map<String, Object> hosts(Arguments args) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("output", args.raw("output").orElse(HOST_FIELDS));
    params.put("selectInterfaces", List.of("ip", "dns", "port", "type"));
    searchAndFilter(params, args);
    args.integer("limit").ifPresent(v -> params.put("limit", v));
    return params;
  }

  static Map<String, Object> problems(Arguments args) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("output", "extend");
    params.put("selectTags", "extend");
    params.put("sortfield", List.of("eventid"));
    params.put("sortorder", "DESC");
    args.flag("recent").filter(Boolean::booleanValue).ifPresent(v -> params.put("recent", true));
    args.integer("severity_min").ifPresent(min -> {
      List<Integer> severities = new ArrayList<>();
      for (int s = (int) Math.max(0, min); s <= 5; s++) {
        severities.add(s);
      }
      params.put("severities", severities);
    });
    ids(params, args, "hostids");
    args.integer("limit").ifPresent(v -> params.put("limit", v));
    return params;
  }

  static Map<String, Object> history(Arguments args) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("output", "extend");
    params.put("history", args.integer("history").orElse(0L));
    params.put("itemids", args.texts("itemids"));
    args.optionalText("time_from").ifPresent(t -> params.put("time_from", Times.unixSecondsOrAsIs(t)));
    args.optionalText("time_till").ifPresent(t -> params.put("time_till", Times.unixSecondsOrAsIs(t)));
    params.put("sortfield", args.optionalText("sortfield").orElse("clock"));
    params.put("sortorder", args.optionalText("sortorder").orElse("DESC"));
    args.integer("limit").ifPresent(v -> params.put("limit", v));
    return params;
  }

  static Map<String, Object> items(Arguments args) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("output", args.raw("output").orElse(ITEM_FIELDS));
    ids(params, args, "hostids");
    searchAndFilter(params, args);
    args.integer("limit").ifPresent(v -> params.put("limit", v));
    return params;
  }

  /** One search of a batch: name or key containing {@code text}, twice the limit to survive de-duplication. */
  static Map<String, Object> batchSearch(Arguments args, String text, long limitPerSearch) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("output", args.raw("output").orElse(ITEM_FIELDS));
    ids(params, args, "hostids");
    params.put("search", Map.of("name", text, "key_", text));
    params.put("searchByAny", true);
    args.flag("start_search").filter(Boolean::booleanValue).ifPresent(v -> params.put("startSearch", true));
    params.put("limit", limitPerSearch * 2);
    return params;
  }

  static Map<String, Object> triggers(Arguments args) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("output", args.raw("output").orElse(TRIGGER_FIELDS));
    params.put("selectHosts", List.of("hostid", "host", "name"));
    params.put("expandDescription", true);
    ids(params, args, "hostids");
    args.flag("only_true").filter(Boolean::booleanValue).ifPresent(v -> params.put("only_true", true));
    args.integer("min_severity").ifPresent(v -> params.put("min_severity", v));
    params.put("sortfield", "priority");
    params.put("sortorder", "DESC");
    return params;
  }

  private static void searchAndFilter(Map<String, Object> params, Arguments args) {
    args.object("filter").ifPresent(v -> params.put("filter", v));
    args.object("search").ifPresent(v -> params.put("search", v));
    args.flag("start_search").filter(Boolean::booleanValue).ifPresent(v -> params.put("startSearch", true));
  }

  private static void ids(Map<String, Object> params, Arguments args, String name) {
    List<String> ids = args.texts(name);
    if (!ids.isEmpty()) {
      params.put(name, ids);
    }
  }
}
