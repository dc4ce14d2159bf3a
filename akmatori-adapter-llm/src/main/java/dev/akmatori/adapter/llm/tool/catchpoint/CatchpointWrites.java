package dev.akmatori.adapter.llm.tool.catchpoint;

import dev.akmatori.adapter.llm.tool.integration.Arguments;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The two W operations. {@code acknowledge_alerts}: {@code PATCH /v2/tests/alerts} with one {@code
 * AlertUpdateModel} per alert — {@code acknowledge} sets {@code acknowledgeAlert: true}, {@code
 * unacknowledge} false, {@code drop} sets {@code dropAlert: true}, {@code assign} sets {@code
 * assignToContactByEmail} (an {@code assignee} given with another action is assigned as well).
 * {@code run_instant_test}: {@code POST /v2/instanttests/<test_id>} with an empty body, so the
 * test runs from its own nodes. The invoker runs them only when the instance allows writes.
 */
final class CatchpointWrites {
  private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+");
  private static final String ACTIONS = "acknowledge, unacknowledge, assign, drop";

  private final CatchpointApi api;

  CatchpointWrites(CatchpointApi api) {
    this.api = api;
  }

  Object acknowledge(Arguments args) {
    String ids = CatchpointParams.ids(args, "alert_ids", CatchpointParams.ALERT_ID, true).orElseThrow();
    String action = args.text("action").toLowerCase(Locale.ROOT);
    String assignee = args.optionalText("assignee").orElse(null);
    if (assignee != null && !EMAIL.matcher(assignee).matches()) {
      throw Arguments.invalid("assignee", "must be the e-mail address of a Catchpoint contact");
    }
    List<Map<String, Object>> updates = new ArrayList<>();
    for (String id : ids.split(",")) {
      Map<String, Object> update = new LinkedHashMap<>();
      update.put("alertId", id);
      switch (action) {
        case "acknowledge":
        case "ack":
          update.put("acknowledgeAlert", true);
          break;
        case "unacknowledge":
        case "unack":
          update.put("acknowledgeAlert", false);
          break;
        case "drop":
          update.put("dropAlert", true);
          break;
        case "assign":
          if (assignee == null) {
            throw Arguments.invalid("assignee", "is required for action assign");
          }
          break;
        default:
          throw Arguments.invalid("action", "must be one of " + ACTIONS);
      }
      if (assignee != null) {
        update.put("assignToContactByEmail", assignee);
      }
      updates.add(update);
    }
    return api.patch(api.url("v2", "tests", "alerts"), updates);
  }

  Object runInstantTest(Arguments args) {
    String testId = args.text("test_id");
    if (!CatchpointParams.NUMERIC_ID.matcher(testId).matches()) {
      throw Arguments.invalid("test_id", "must be a numeric Catchpoint test id");
    }
    return api.post(api.url("v2", "instanttests", testId), Map.of());
  }
}
