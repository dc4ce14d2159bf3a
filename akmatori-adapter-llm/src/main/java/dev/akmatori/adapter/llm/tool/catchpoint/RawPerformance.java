package dev.akmatori.adapter.llm.tool.catchpoint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reply of {@code GET /v2/tests/explorer/raw} narrowed to the given nodes and page. Its
 * published shape is the envelope's {@code data: {responseItems: [{metrics, dimensions, items:
 * [{dateTime, values, dimensions: [{type: {id, name}, id, name}]}], summaryItems, hasMoreRecords}],
 * hasMore, next, previous}}; the endpoint takes neither node ids nor paging, so the caller asks for
 * the {@code Node} dimension and this keeps the records whose {@code Node} dimension is one of the
 * nodes, then the page of them (counted across all response items, in reply order). A {@code data}
 * that holds {@code items} itself is read as one response item.
 */
final class RawPerformance {
  private RawPerformance() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> narrow(Map<String, Object> result, Set<Long> nodes, Optional<LocalPage> page) {
    if (nodes.isEmpty() && page.isEmpty() || !(result.get("data") instanceof Map)) {
      return result;
    }
    Map<String, Object> data = new LinkedHashMap<>((Map<String, Object>) result.get("data"));
    long[] seen = {0};
    if (data.get("responseItems") instanceof List) {
      List<Object> responseItems = new ArrayList<>();
      for (Object item : (List<?>) data.get("responseItems")) {
        responseItems.add(item instanceof Map ? narrowItem((Map<String, Object>) item, nodes, page, seen) : item);
      }
      data.put("responseItems", responseItems);
    } else {
      data = narrowItem(data, nodes, page, seen);
    }
    Map<String, Object> narrowed = new LinkedHashMap<>(result);
    narrowed.put("data", data);
    page.ifPresent(p -> narrowed.put("page", p.describe(seen[0])));
    return narrowed;
  }

  private static Map<String, Object> narrowItem(
      Map<String, Object> responseItem, Set<Long> nodes, Optional<LocalPage> page, long[] seen) {
    Map<String, Object> out = new LinkedHashMap<>(responseItem);
    if (responseItem.get("items") instanceof List) {
      List<Object> kept = new ArrayList<>();
      for (Object record : (List<?>) responseItem.get("items")) {
        if (!onNodes(record, nodes)) {
          continue;
        }
        if (page.map(p -> p.contains(seen[0])).orElse(true)) {
          kept.add(record);
        }
        seen[0]++;
      }
      out.put("items", kept);
    }
    if (!nodes.isEmpty() && responseItem.get("summaryItems") instanceof List) {
      out.put("summaryItems", ((List<?>) responseItem.get("summaryItems")).stream()
          .filter(record -> onNodes(record, nodes)).toList());
    }
    return out;
  }

  /** Whether a record's {@code Node} dimension is one of {@code nodes} (always, when none are given). */
  private static boolean onNodes(Object record, Set<Long> nodes) {
    if (nodes.isEmpty()) {
      return true;
    }
    if (!(record instanceof Map) || !(((Map<?, ?>) record).get("dimensions") instanceof List)) {
      return false;
    }
    for (Object dimension : (List<?>) ((Map<?, ?>) record).get("dimensions")) {
      if (dimension instanceof Map && isNode(((Map<?, ?>) dimension).get("type"))
          && ((Map<?, ?>) dimension).get("id") instanceof Number
          && nodes.contains(((Number) ((Map<?, ?>) dimension).get("id")).longValue())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNode(Object type) {
    return type instanceof Map && ((Map<?, ?>) type).get("name") instanceof String
        && CatchpointParams.normalise((String) ((Map<?, ?>) type).get("name")).equals("node");
  }
}
