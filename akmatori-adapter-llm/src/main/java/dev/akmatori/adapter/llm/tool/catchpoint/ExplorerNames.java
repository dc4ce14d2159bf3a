package dev.akmatori.adapter.llm.tool.catchpoint;

import dev.akmatori.adapter.llm.tool.integration.Arguments;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code metrics} and {@code dimensions} of {@code get_test_performance} as the numeric {@code
 * metricIds} / {@code dimensionIds} the explorer endpoints take. Numbers pass as given; a name
 * ({@code response_time}, {@code "DNS (ms)"}, {@code city}) is looked up, case and separators and a
 * parenthesised unit ignored, in {@code GET /v2/tests/explorer/enumeration} — read once per call,
 * and only when a name was given. The lookup collects every {@code {id, name}} object in the arrays
 * whose key mentions {@code metric} (resp. {@code dimension}), wherever they sit under {@code data},
 * so small changes of that reply's layout do not break it.
 */
final class ExplorerNames {
  private final Supplier<Object> enumeration;
  private Object fetched;

  ExplorerNames(Supplier<Object> enumeration) {
    this.enumeration = enumeration;
  }

  /** The comma-joined ids of the {@code argument} list, or empty when it is absent. */
  Optional<String> ids(Arguments args, String argument, String kind) {
    List<String> given = CatchpointParams.texts(args, argument);
    if (given.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Long> known = null;
    Set<String> ids = new LinkedHashSet<>();
    for (String value : given) {
      if (value.matches("-?\\d{1,19}")) {
        ids.add(value);
        continue;
      }
      if (known == null) {
        known = named(kind);
        if (known.isEmpty()) {
          throw Arguments.invalid(argument, "'" + value + "' is not a numeric " + kind + " id, and Catchpoint's"
              + " explorer enumeration lists no " + kind + " names to look it up");
        }
      }
      Long id = known.entrySet().stream()
          .filter(e -> CatchpointParams.normalise(e.getKey()).equals(CatchpointParams.normalise(value)))
          .map(Map.Entry::getValue).findFirst().orElse(null);
      if (id == null) {
        throw Arguments.invalid(argument, "unknown Catchpoint " + kind + " '" + value + "'; known: " + sample(known));
      }
      ids.add(Long.toString(id));
    }
    return Optional.of(String.join(",", ids));
  }

  private Map<String, Long> named(String kind) {
    if (fetched == null) {
      fetched = enumeration.get();
    }
    Map<String, Long> out = new LinkedHashMap<>();
    collect(fetched, false, kind, out);
    return out;
  }

  private static void collect(Object node, boolean inList, String kind, Map<String, Long> out) {
    if (node instanceof Map) {
      Map<?, ?> map = (Map<?, ?>) node;
      if (inList && map.get("id") instanceof Number && map.get("name") instanceof String) {
        out.putIfAbsent((String) map.get("name"), ((Number) map.get("id")).longValue());
      }
      map.forEach((key, value) -> collect(value,
          value instanceof List && String.valueOf(key).toLowerCase(Locale.ROOT).contains(kind), kind, out));
    } else if (node instanceof List) {
      for (Object item : (List<?>) node) {
        collect(item, inList, kind, out);
      }
    }
  }

  private static String sample(Map<String, Long> known) {
    List<String> names = new ArrayList<>();
    known.forEach((name, id) -> names.add(name + " (" + id + ")"));
    String shown = String.join(", ", names.subList(0, Math.min(30, names.size())));
    return names.size() > 30 ? shown + ", …" : shown;
  }
}
