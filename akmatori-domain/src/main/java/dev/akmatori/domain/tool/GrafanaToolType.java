package dev.akmatori.domain.tool;

import static dev.akmatori.domain.tool.Args.count;
import static dev.akmatori.domain.tool.Args.fields;
import static dev.akmatori.domain.tool.Args.flag;
import static dev.akmatori.domain.tool.Args.limit;
import static dev.akmatori.domain.tool.Args.none;
import static dev.akmatori.domain.tool.Args.objects;
import static dev.akmatori.domain.tool.Args.read;
import static dev.akmatori.domain.tool.Args.strings;
import static dev.akmatori.domain.tool.Args.text;
import static dev.akmatori.domain.tool.Args.time;
import static dev.akmatori.domain.tool.Args.write;
import static dev.akmatori.domain.tool.CommonSettings.url;
import static dev.akmatori.domain.tool.CommonSettings.withHttpCommon;
import static dev.akmatori.domain.tool.CommonSettings.withWriteSwitch;
import static dev.akmatori.domain.tool.SchemaBuilder.object;
import static dev.akmatori.domain.tool.SchemaBuilder.string;

import java.util.List;

/** §6.6 {@code grafana}: dashboards, alerting, data source queries and annotations. */
final class GrafanaToolType {
  private GrafanaToolType() {}

  static ToolTypeDefinition definition() {
    SchemaBuilder settings = object()
        .property("grafana_url", url("Grafana base URL, e.g. https://grafana.example.com"))
        .property("grafana_api_token", string().secret()
            .description("Service account token, sent as a Bearer token"))
        .required("grafana_url", "grafana_api_token");
    return new ToolTypeDefinition(
        "grafana",
        ToolKind.BUILTIN,
        "Grafana: dashboards and panels, alert rules and instances, Prometheus/Loki/data source queries,"
            + " annotations; silences and annotations can be written.",
        withWriteSwitch(withHttpCommon(settings, "grafana_")).build(),
        List.of(
            read("search_dashboards", "Search dashboards and folders by title, tag or folder.",
                none().property("query", text("Text to find in titles"))
                    .property("tag", text("Only items with this tag"))
                    .property("type", text("dash-db for dashboards, dash-folder for folders"))
                    .property("folder_id", text("Only items in this folder"))
                    .property("limit", limit())),
            read("get_dashboard", "Get the full JSON model of a dashboard.", uid("Dashboard uid")),
            read("get_dashboard_panels",
                "List the panels of a dashboard with their titles, types, data sources and queries.",
                uid("Dashboard uid")),
            read("get_alert_rules", "List all Grafana-managed alert rules.", none()),
            read("get_alert_rule", "Get one alert rule with its queries and conditions.", uid("Alert rule uid")),
            read("get_alert_instances", "List alert instances known to Grafana's Alertmanager.",
                none().property("filter", fields("Label filters, e.g. {\"alertname\": \"HighCPU\"}"))
                    .property("silenced", flag("Include silenced alerts"))
                    .property("inhibited", flag("Include inhibited alerts"))
                    .property("active", flag("Include active alerts"))),
            read("list_data_sources", "List configured data sources with their uid, name and type.", none()),
            read("query_data_source", "Run queries in a data source's own format through Grafana's query API.",
                datasource().property("queries",
                        objects("Queries, e.g. [{\"refId\": \"A\", \"expr\": \"up\"}]"))
                    .property("from", time("Range start")).property("to", time("Range end"))
                    .required("datasource_uid", "queries")),
            read("query_prometheus", "Run a PromQL query through a Prometheus data source.",
                datasource().property("expr", text("PromQL expression"))
                    .property("start", time("Range start")).property("end", time("Range end"))
                    .property("step", count("Resolution step in seconds"))
                    .property("instant", flag("Evaluate at a single point in time"))
                    .property("range", flag("Evaluate over the time range"))
                    .property("from", time("Range start, alternative to start"))
                    .property("to", time("Range end, alternative to end"))
                    .required("datasource_uid", "expr")),
            read("query_loki", "Run a LogQL query through a Loki data source.",
                datasource().property("expr", text("LogQL expression, e.g. {app=\"web\"} |= \"error\""))
                    .property("limit", count("Maximum log lines"))
                    .property("direction", text("backward (newest first) or forward"))
                    .property("start", time("Range start")).property("end", time("Range end"))
                    .property("from", time("Range start, alternative to start"))
                    .property("to", time("Range end, alternative to end"))
                    .required("datasource_uid", "expr")),
            read("get_annotations", "List annotations (deploys, incidents, notes) in a time range.",
                none().property("from", time("Range start")).property("to", time("Range end"))
                    .property("dashboard_id", text("Only annotations of this dashboard"))
                    .property("panel_id", text("Only annotations of this panel"))
                    .property("tags", strings("Only annotations with these tags"))
                    .property("limit", limit())
                    .property("type", text("alert or annotation"))),
            write("silence_alert",
                "Create an Alertmanager silence: notifications of matching alerts stop until ends_at.",
                none().property("matchers", objects("Label matchers, e.g. [{\"name\": \"alertname\","
                        + " \"value\": \"HighCPU\", \"isRegex\": false, \"isEqual\": true}]"))
                    .property("starts_at", time("Silence start"))
                    .property("ends_at", time("Silence end"))
                    .property("created_by", text("Who creates the silence"))
                    .property("comment", text("Why the alerts are silenced"))
                    .required("matchers", "starts_at", "ends_at", "created_by", "comment")),
            write("create_annotation", "Add an annotation, globally or on a dashboard panel, e.g. to mark an incident.",
                none().property("text", text("Annotation text"))
                    .property("dashboard_id", text("Dashboard to annotate"))
                    .property("panel_id", text("Panel to annotate"))
                    .property("tags", strings("Tags of the annotation"))
                    .property("time", time("Start time; now when omitted"))
                    .property("time_end", time("End time, for a region annotation"))
                    .required("text"))));
  }

  private static SchemaBuilder uid(String description) {
    return none().property("uid", text(description)).required("uid");
  }

  private static SchemaBuilder datasource() {
    return none().property("datasource_uid", text("Data source uid (see list_data_sources)"));
  }
}
