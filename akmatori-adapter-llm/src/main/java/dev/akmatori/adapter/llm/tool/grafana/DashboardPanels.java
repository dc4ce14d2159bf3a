package dev.akmatori.adapter.llm.tool.grafana;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code get_dashboard_panels}: the panels of a dashboard model ({@code GET
 * /api/dashboards/uid/<uid>} → {@code dashboard.panels}), rows flattened (the panels nested in a
 * collapsed row and in the legacy {@code rows[].panels} too), each as {@code {id, title, type,
 * description?, row?, datasource, targets}} so their queries can be re-run.
 */
final class DashboardPanels {
  private DashboardPanels() {}

  static Map<String, Object> of(Object reply) {
    Map<?, ?> dashboard = reply instanceof Map && ((Map<?, ?>) reply).get("dashboard") instanceof Map
        ? (Map<?, ?>) ((Map<?, ?>) reply).get("dashboard") : Map.of();
    List<Map<String, Object>> panels = new ArrayList<>();
    collect(dashboard.get("panels"), null, panels);
    if (dashboard.get("rows") instanceof List) {
      for (Object row : (List<?>) dashboard.get("rows")) {
        if (row instanceof Map) {
          collect(((Map<?, ?>) row).get("panels"), ((Map<?, ?>) row).get("title"), panels);
        }
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("uid", dashboard.get("uid"));
    out.put("title", dashboard.get("title"));
    out.put("panels", panels);
    return out;
  }

  private static void collect(Object list, Object rowTitle, List<Map<String, Object>> into) {
    if (!(list instanceof List)) {
      return;
    }
    for (Object item : (List<?>) list) {
      if (!(item instanceof Map)) {
        continue;
      }
      Map<?, ?> panel = (Map<?, ?>) item;
      if ("row".equals(panel.get("type"))) {
        collect(panel.get("panels"), panel.get("title"), into);
        continue;
      }
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("id", panel.get("id"));
      summary.put("title", panel.get("title"));
      summary.put("type", panel.get("type"));
      if (panel.get("description") != null && !"".equals(panel.get("description"))) {
        summary.put("description", panel.get("description"));
      }
      if (rowTitle != null) {
        summary.put("row", rowTitle);
      }
      summary.put("datasource", panel.get("datasource"));
      summary.put("targets", panel.get("targets") == null ? List.of() : panel.get("targets"));
      into.add(summary);
      collect(panel.get("panels"), rowTitle, into);
    }
  }
}
