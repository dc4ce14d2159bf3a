package dev.akmatori.domain.tool;

import static dev.akmatori.domain.tool.Args.count;
import static dev.akmatori.domain.tool.Args.fields;
import static dev.akmatori.domain.tool.Args.read;
import static dev.akmatori.domain.tool.Args.text;
import static dev.akmatori.domain.tool.Args.write;
import static dev.akmatori.domain.tool.CommonSettings.url;
import static dev.akmatori.domain.tool.CommonSettings.withHttpCommon;
import static dev.akmatori.domain.tool.CommonSettings.withWriteSwitch;
import static dev.akmatori.domain.tool.SchemaBuilder.object;
import static dev.akmatori.domain.tool.SchemaBuilder.oneOfTypes;
import static dev.akmatori.domain.tool.SchemaBuilder.string;

import java.util.List;

/** §6.3 {@code victoria_metrics}: MetricsQL/PromQL queries over the Prometheus-compatible API. */
final class VictoriaMetricsToolType {
  private VictoriaMetricsToolType() {}

  static ToolTypeDefinition definition() {
    SchemaBuilder settings = object()
        .property("vm_url", url("Prometheus-compatible API root: http://vm:8428 for a single node,"
            + " http://vmselect:8481/select/<tenant>/prometheus for a cluster"))
        .property("vm_auth_method", string().enumOf("none", "bearer_token", "basic_auth")
            .defaultValue("bearer_token").description("How requests authenticate"))
        .property("vm_bearer_token", string().secret().description("Token (vm_auth_method bearer_token)"))
        .property("vm_username", string().description("User name (vm_auth_method basic_auth)"))
        .property("vm_password", string().secret().description("Password (vm_auth_method basic_auth)"))
        .required("vm_url");
    return new ToolTypeDefinition(
        "victoria_metrics",
        ToolKind.BUILTIN,
        "VictoriaMetrics or any Prometheus-compatible TSDB: instant and range queries, series and labels.",
        withWriteSwitch(withHttpCommon(settings, "vm_")).build(),
        List.of(
            read("instant_query", "Evaluate a MetricsQL/PromQL expression at one point in time.",
                object().property("query", query())
                    .property("time", time("Evaluation time, now when omitted"))
                    .property("step", count("Lookback step in seconds"))
                    .property("timeout", count("Query timeout in seconds"))
                    .required("query")),
            read("range_query",
                "Evaluate a MetricsQL/PromQL expression over a time range; returns points per series.",
                object().property("query", query())
                    .property("start", time("Range start"))
                    .property("end", time("Range end"))
                    .property("step", count("Resolution step in seconds"))
                    .property("timeout", count("Query timeout in seconds"))
                    .required("query", "start", "end", "step")),
            read("label_values", "List the values of one label, optionally for matching series only.",
                object().property("label_name", text("Label whose values to list, e.g. job"))
                    .property("match", match())
                    .property("start", time("Range start"))
                    .property("end", time("Range end"))
                    .required("label_name")),
            read("series", "List the series (label sets) that match selectors in a time range.",
                object().property("match", match())
                    .property("start", time("Range start"))
                    .property("end", time("Range end"))
                    .required("match")),
            write("api_request",
                "Call any VictoriaMetrics API path (admin, delete, …); it may change data, so it needs"
                    + " write permission.",
                object().property("path", text("Path under vm_url, e.g. api/v1/status/tsdb"))
                    .property("method", string().enumOf("GET", "POST").defaultValue("GET")
                        .description("HTTP method"))
                    .property("params", fields("Query parameters (GET) or form fields (POST)"))
                    .required("path"))));
  }

  private static SchemaBuilder query() {
    return text("MetricsQL or PromQL expression, e.g. rate(http_requests_total[5m])");
  }

  /** Times here also take the relative forms VictoriaMetrics understands. */
  private static SchemaBuilder time(String description) {
    return text(description + " (RFC 3339, Unix seconds or relative such as -1h)");
  }

  private static SchemaBuilder match() {
    return oneOfTypes("string", "array").items(string())
        .description("Series selector or list of selectors, e.g. up{job=\"node\"}");
  }
}
