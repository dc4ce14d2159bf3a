package dev.akmatori.adapter.llm.tool.zabbix;

import dev.akmatori.adapter.llm.tool.integration.Arguments;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code get_items_batch}: one {@code item.get} per search text (name or key containing it), each
 * keeping at most {@code limit_per_search} (default 10) items not already returned by an earlier
 * search. Result: {@code {"results": [{"search", "items", "count"}], "total_unique"}}.
 */
final class ItemsBatch {
  static final long DEFAULT_LIMIT_PER_SEARCH = 10;

  private ItemsBatch() {}

  static Map<String, Object> search(ZabbixConnection zabbix, Arguments args) {
    List<String> searches = args.texts("searches");
    if (searches.isEmpty()) {
      throw Arguments.invalid("searches", "must hold at least one search text");
    }
    long limit = Math.max(1, args.integer("limit_per_search").orElse(DEFAULT_LIMIT_PER_SEARCH));
    Set<Object> seen = new HashSet<>();
    List<Map<String, Object>> results = new ArrayList<>();
    for (String text : searches) {
      Object found = zabbix.call("item.get", ZabbixParams.batchSearch(args, text, limit));
      List<Object> items = new ArrayList<>();
      if (found instanceof List) {
        for (Object item : (List<?>) found) {
          Object id = item instanceof Map ? ((Map<?, ?>) item).get("itemid") : item;
          if (items.size() < limit && (id == null || seen.add(id))) {
            items.add(item);
          }
        }
      }
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("search", text);
      result.put("items", items);
      result.put("count", items.size());
      results.add(result);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("results", results);
    out.put("total_unique", seen.size());
    return out;
  }
}
