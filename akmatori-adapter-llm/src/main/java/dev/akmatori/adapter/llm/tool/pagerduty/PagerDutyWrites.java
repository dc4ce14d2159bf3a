package dev.akmatori.adapter.llm.tool.pagerduty;

import dev.akmatori.adapter.llm.tool.integration.Arguments;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The W operations on incidents, each made as the PagerDuty user of {@code requester_email} (the
 * {@code From} header): {@code PUT /incidents/{id}} with an {@code incident_reference} carrying a
 * new {@code status}, new {@code assignments} or an {@code escalation_policy}, and {@code POST
 * /incidents/{id}/notes}. Every argument is checked before anything is sent. The gateway runs
 * these only on instances with {@code allow_write_operations}.
 */
final class PagerDutyWrites {
  private final PagerDutyApi api;

  PagerDutyWrites(PagerDutyApi api) {
    this.api = api;
  }

  /** {@code acknowledged} or {@code resolved}. */
  Object status(Arguments args, String status) {
    String id = PagerDutyApi.id(args, "incident_id");
    String from = PagerDutyApi.requester(args);
    Map<String, Object> incident = reference();
    incident.put("status", status);
    return api.put(api.url("incidents", id).build(), from, Map.of("incident", incident));
  }

  /**
   * To the users of {@code assignee_ids}, or to {@code escalation_policy_id} instead when it is
   * given: PagerDuty refuses {@code assignments} and an {@code escalation_policy} in one update, and
   * the catalogue requires {@code assignee_ids} (non-empty) even then, so the policy wins and the
   * users are not sent.
   */
  Object reassign(Arguments args) {
    String id = PagerDutyApi.id(args, "incident_id");
    String from = PagerDutyApi.requester(args);
    Optional<String> policy = args.optionalText("escalation_policy_id");
    Map<String, Object> incident = reference();
    if (policy.isPresent()) {
      incident.put("escalation_policy", Map.of("id", policy.get(), "type", "escalation_policy_reference"));
    } else {
      List<Map<String, Object>> assignments = new ArrayList<>();
      args.texts("assignee_ids").stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(user ->
          assignments.add(Map.of("assignee", Map.of("id", user, "type", "user_reference"))));
      if (assignments.isEmpty()) {
        throw Arguments.invalid("assignee_ids", "must name at least one user (or give escalation_policy_id)");
      }
      incident.put("assignments", assignments);
    }
    return api.put(api.url("incidents", id).build(), from, Map.of("incident", incident));
  }

  Object note(Arguments args) {
    String id = PagerDutyApi.id(args, "incident_id");
    String from = PagerDutyApi.requester(args);
    String content = args.text("content");
    return api.post(api.url("incidents", id, "notes").build(), from, Map.of("note", Map.of("content", content)));
  }

  private static Map<String, Object> reference() {
    Map<String, Object> incident = new LinkedHashMap<>();
    incident.put("type", "incident_reference");
    return incident;
  }
}
