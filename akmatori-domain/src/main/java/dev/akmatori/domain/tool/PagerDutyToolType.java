package dev.akmatori.domain.tool;

import static dev.akmatori.domain.tool.Args.fields;
import static dev.akmatori.domain.tool.Args.limit;
import static dev.akmatori.domain.tool.Args.none;
import static dev.akmatori.domain.tool.Args.offset;
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

/** §6.8 {@code pagerduty}: incidents, services, on-call and changes; incident actions and events. */
final class PagerDutyToolType {
  private PagerDutyToolType() {}

  static ToolTypeDefinition definition() {
    SchemaBuilder settings = object()
        .property("pagerduty_api_token", string().secret()
            .description("REST API token, sent as Authorization: Token token=<token>"))
        .property("pagerduty_url", url("PagerDuty REST API base URL").defaultValue("https://api.pagerduty.com"))
        .required("pagerduty_api_token");
    return new ToolTypeDefinition(
        "pagerduty",
        ToolKind.BUILTIN,
        "PagerDuty: incidents, alerts, notes, services, on-call and recent changes; can acknowledge,"
            + " resolve, reassign and annotate incidents and send events.",
        withWriteSwitch(withHttpCommon(settings, "pagerduty_")).build(),
        List.of(
            read("get_incidents", "List incidents, filtered by status, urgency, service or time window.",
                none().property("statuses", strings("triggered, acknowledged and/or resolved"))
                    .property("urgencies", strings("high and/or low"))
                    .property("service_ids", strings("Only incidents of these services"))
                    .property("since", time("Window start")).property("until", time("Window end"))
                    .property("sort_by", text("Sort field and order, e.g. created_at:desc"))
                    .property("limit", limit()).property("offset", offset())),
            read("get_incident", "Get one incident with status, service, assignees and escalation policy.",
                incident()),
            read("get_incident_notes", "List the notes on an incident's timeline.", incident()),
            read("get_incident_alerts", "List the alerts grouped into an incident.", incident()),
            read("get_services", "List services, optionally matching a name.", named()),
            read("get_on_calls", "List who is on call, optionally for some schedules or escalation policies.",
                none().property("schedule_ids", strings("Only these schedules"))
                    .property("escalation_policy_ids", strings("Only these escalation policies"))
                    .property("since", time("Window start")).property("until", time("Window end"))),
            read("get_escalation_policies", "List escalation policies, optionally matching a name.", named()),
            read("list_recent_changes", "List recent change events (deploys, configuration changes).",
                none().property("since", time("Window start")).property("until", time("Window end"))
                    .property("limit", limit()).property("offset", offset())),
            write("acknowledge_incident", "Acknowledge an incident as the given PagerDuty user.", asUser(incident())),
            write("resolve_incident", "Resolve an incident as the given PagerDuty user.", asUser(incident())),
            write("reassign_incident", "Reassign an incident to users, or to an escalation policy.",
                asUser(incident())
                    .property("assignee_ids", strings("Ids of the users to assign"))
                    .property("escalation_policy_id", text("Escalation policy to assign instead"))
                    .required("assignee_ids")),
            write("add_incident_note", "Add a note to an incident's timeline.",
                asUser(incident()).property("content", text("Note text")).required("content")),
            write("send_event", "Send an Events API v2 event that triggers, acknowledges or resolves an alert.",
                none().property("routing_key", text("Integration key of the target service"))
                    .property("event_action", text("trigger, acknowledge or resolve"))
                    .property("dedup_key", text("Key tying events to the same alert"))
                    .property("summary", text("Alert summary, needed to trigger"))
                    .property("severity", text("critical, error, warning or info"))
                    .property("source", text("Affected system, e.g. a host name"))
                    .property("component", text("Affected component"))
                    .property("group", text("Logical group of components"))
                    .property("class", text("Class or type of the event"))
                    .property("custom_details", fields("Extra details shown with the alert"))
                    .required("routing_key", "event_action"))));
  }

  private static SchemaBuilder incident() {
    return none().property("incident_id", text("Incident id")).required("incident_id");
  }

  private static SchemaBuilder asUser(SchemaBuilder args) {
    return args.property("requester_email", text("Email of the PagerDuty user the change is made as"))
        .required("requester_email");
  }

  private static SchemaBuilder named() {
    return none().property("query", text("Name filter"))
        .property("limit", limit()).property("offset", offset());
  }
}
