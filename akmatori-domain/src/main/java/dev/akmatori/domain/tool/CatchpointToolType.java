package dev.akmatori.domain.tool;

import static dev.akmatori.domain.tool.Args.none;
import static dev.akmatori.domain.tool.Args.pageNumber;
import static dev.akmatori.domain.tool.Args.pageSize;
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

/** §6.7 {@code catchpoint}: synthetic monitoring tests, their alerts, performance and outages. */
final class CatchpointToolType {
  private CatchpointToolType() {}

  static ToolTypeDefinition definition() {
    SchemaBuilder settings = object()
        .property("catchpoint_url", url("Catchpoint REST API base URL")
            .defaultValue("https://io.catchpoint.com/api"))
        .property("catchpoint_api_token", string().secret().description("API token, sent as a Bearer token"))
        .required("catchpoint_api_token");
    return new ToolTypeDefinition(
        "catchpoint",
        ToolKind.BUILTIN,
        "Catchpoint synthetic monitoring: tests, alerts, performance, errors, nodes and Internet outages.",
        withWriteSwitch(withHttpCommon(settings, "catchpoint_")).build(),
        List.of(
            read("get_alerts", "List alerts raised in a time window, optionally by severity or test.",
                window(none().property("severity", text("Severity filter, e.g. critical or warning")))
                    .property("test_ids", testIds()).property("page_number", pageNumber())
                    .property("page_size", pageSize())),
            read("get_alert_details", "Get the full details of specific alerts.",
                none().property("alert_ids", strings("Alert ids")).required("alert_ids")),
            read("get_test_performance", "Get aggregated performance metrics of tests over a time window.",
                window(none().property("test_ids", testIds()))
                    .property("metrics", strings("Metrics to return, e.g. response_time"))
                    .property("dimensions", strings("Dimensions to group by, e.g. city or isp"))
                    .required("test_ids")),
            read("get_test_performance_raw", "Get raw per-run measurements of tests.",
                window(none().property("test_ids", testIds()))
                    .property("node_ids", strings("Only runs from these nodes"))
                    .property("page_number", pageNumber()).property("page_size", pageSize())
                    .required("test_ids")),
            read("get_tests", "List configured tests, optionally by type, folder or status.",
                none().property("test_ids", testIds())
                    .property("test_type", text("Test type, e.g. web or api"))
                    .property("folder_id", text("Only tests in this folder"))
                    .property("status", text("Test status, e.g. active or inactive"))
                    .property("page_number", pageNumber()).property("page_size", pageSize())),
            read("get_test_details", "Get the configuration of specific tests.",
                none().property("test_ids", testIds()).required("test_ids")),
            read("get_test_errors", "List errors that tests recorded in a time window.",
                window(none().property("test_ids", testIds()))
                    .property("page_number", pageNumber()).property("page_size", pageSize())),
            read("get_internet_outages",
                "List Internet outages Catchpoint detected (ISPs, clouds, CDNs), optionally by country.",
                window(none()).property("asn", text("Not supported: Catchpoint's outages API cannot filter by"
                    + " autonomous system, so a value is refused; filter by country instead"))
                    .property("country", text("Country name or code"))
                    .property("page_number", pageNumber()).property("page_size", pageSize())),
            read("get_nodes", "List Catchpoint monitoring nodes (the locations tests run from).",
                none().property("page_number", pageNumber()).property("page_size", pageSize())),
            read("get_node_alerts", "List alerts raised for monitoring nodes in a time window.",
                window(none().property("node_ids", strings("Only these nodes")))
                    .property("page_number", pageNumber()).property("page_size", pageSize())),
            write("acknowledge_alerts",
                "Acknowledge or assign alerts in Catchpoint; changes their state, so it needs write permission.",
                none().property("alert_ids", strings("Alert ids"))
                    .property("action", text("Action to apply, e.g. acknowledge"))
                    .property("assignee", text("User to assign the alerts to"))
                    .required("alert_ids", "action")),
            write("run_instant_test",
                "Run a test once, now, from Catchpoint nodes; uses test runs, so it needs write permission.",
                none().property("test_id", text("Test id")).required("test_id"))));
  }

  /** Adds the time window after the arguments declared so far, keeping the catalogue's order. */
  private static SchemaBuilder window(SchemaBuilder args) {
    return args.property("start_time", time("Window start")).property("end_time", time("Window end"));
  }

  private static SchemaBuilder testIds() {
    return strings("Test ids");
  }
}
