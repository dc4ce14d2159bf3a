package dev.akmatori.domain.tool;

import static dev.akmatori.domain.tool.Args.count;
import static dev.akmatori.domain.tool.Args.fields;
import static dev.akmatori.domain.tool.Args.flag;
import static dev.akmatori.domain.tool.Args.limit;
import static dev.akmatori.domain.tool.Args.read;
import static dev.akmatori.domain.tool.Args.strings;
import static dev.akmatori.domain.tool.Args.text;
import static dev.akmatori.domain.tool.Args.time;
import static dev.akmatori.domain.tool.Args.write;
import static dev.akmatori.domain.tool.CommonSettings.url;
import static dev.akmatori.domain.tool.CommonSettings.withHttpCommon;
import static dev.akmatori.domain.tool.CommonSettings.withWriteSwitch;
import static dev.akmatori.domain.tool.SchemaBuilder.array;
import static dev.akmatori.domain.tool.SchemaBuilder.integer;
import static dev.akmatori.domain.tool.SchemaBuilder.object;
import static dev.akmatori.domain.tool.SchemaBuilder.oneOfTypes;
import static dev.akmatori.domain.tool.SchemaBuilder.string;

import java.util.List;

/** §6.2 {@code zabbix}: hosts, problems, items, history and triggers over the JSON-RPC API. */
final class ZabbixToolType {
  private ZabbixToolType() {}

  static ToolTypeDefinition definition() {
    SchemaBuilder settings = object()
        .property("zabbix_url", url("Zabbix frontend or API URL, e.g. https://zbx.example.com/zabbix"))
        .property("auth_method", string().enumOf("token", "credentials").defaultValue("token")
            .description("Authenticate with an API token or with username and password"))
        .property("zabbix_token", string().secret().description("API token (auth_method token)"))
        .property("zabbix_username", string().description("User name (auth_method credentials)"))
        .property("zabbix_password", string().secret().description("Password (auth_method credentials)"))
        .required("zabbix_url");
    return new ToolTypeDefinition(
        "zabbix",
        ToolKind.BUILTIN,
        "Zabbix monitoring: hosts, current problems, items, collected history and triggers.",
        withWriteSwitch(withHttpCommon(settings, "zabbix_")).build(),
        List.of(
            read("get_hosts", "List monitored hosts, with optional exact filters or substring search.",
                object().property("output", output())
                    .property("filter", fields("Exact-match filters, e.g. {\"host\": [\"web-01\"]}"))
                    .property("search", fields("Substring search, e.g. {\"name\": \"web\"}"))
                    .property("start_search", startSearch())
                    .property("limit", limit())),
            read("get_problems", "List current problems (unresolved trigger events), newest first.",
                object().property("recent", flag("Also include recently resolved problems"))
                    .property("severity_min", integer().range(0, 5)
                        .description("Minimum severity: 0 not classified … 5 disaster"))
                    .property("hostids", hostIds())
                    .property("limit", limit())),
            read("get_history", "Read the values collected for items over a time window.",
                object().property("itemids", strings("Ids of the items to read"))
                    .property("history", integer().range(0, 4).description(
                        "Value type: 0 float, 1 character, 2 log, 3 unsigned integer, 4 text"))
                    .property("time_from", time("Window start"))
                    .property("time_till", time("Window end"))
                    .property("limit", limit())
                    .property("sortfield", text("Field to sort by, e.g. clock"))
                    .property("sortorder", string().enumOf("ASC", "DESC").description("Sort order"))
                    .required("itemids")),
            read("get_items", "List items (metrics) of hosts, with optional filters or search.",
                object().property("hostids", hostIds())
                    .property("filter", fields("Exact-match filters, e.g. {\"key_\": \"system.cpu.load\"}"))
                    .property("search", fields("Substring search, e.g. {\"name\": \"CPU\"}"))
                    .property("start_search", startSearch())
                    .property("output", output())
                    .property("limit", limit())),
            read("get_items_batch",
                "Search items for several names at once (e.g. CPU, memory, disk); results are de-duplicated.",
                object().property("searches", strings("Item name fragments, one search each"))
                    .property("hostids", hostIds())
                    .property("start_search", startSearch())
                    .property("output", output())
                    .property("limit_per_search", count("Maximum items returned per search"))
                    .required("searches")),
            read("get_triggers", "List triggers of hosts, optionally only those in problem state.",
                object().property("hostids", hostIds())
                    .property("only_true", flag("Only triggers currently in problem state"))
                    .property("min_severity", count("Minimum severity, 0 (not classified) to 5 (disaster)"))
                    .property("output", output())),
            write("api_request",
                "Call any Zabbix API method directly; it may change Zabbix, so it needs write permission.",
                object().property("method", text("Zabbix API method, e.g. hostgroup.get"))
                    .property("params", fields("Parameters of the method"))
                    .required("method"))));
  }

  private static SchemaBuilder output() {
    return oneOfTypes("string", "array").items(string())
        .description("Fields to return: \"extend\" for all, or a list of field names");
  }

  private static SchemaBuilder hostIds() {
    return array(string()).description("Only these host ids");
  }

  private static SchemaBuilder startSearch() {
    return flag("Match search values only at the start of fields");
  }
}
