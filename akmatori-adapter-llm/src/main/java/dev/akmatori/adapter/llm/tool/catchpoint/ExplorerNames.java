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
 * and only when a name was given. The published layout of that reply is {@code data: {sections:
 * [{section, enumeration: [{id, name}]}]}} (Catchpoint's v2 OpenAPI, {@code EnumerationResponse});
 * the lookup collects every {@code {id, name}} object in the arrays of a section whose name mentions
 * {@code metric} (resp. {@code dimension}), and in any array whose key does, wherever they sit under
 * {@code data}, so small changes of that layout do not break it.
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
    Set<String> ids = new LinkedHashSet<>();
    for (String value : given) {
      ids.add(value.matches("-?\\d{1,19}") ? value : Long.toString(id(argument, value, kind)));
    }
    return Optional.of(String.join(",", ids));
  }

  /** The id of the {@code kind} called {@code name}; an unknown name is an error about {@code argument}. */
  long id(String argument, String name, String kind) {
    Map<String, Long> known = named(kind);
    if (known.isEmpty()) {
      throw Arguments.invalid(argument, "'" + name + "' is not a numeric " + kind + " id, and Catchpoint's"
          + " explorer enumeration lists no " + kind + " names to look it up");
    }
    return known.entrySet().stream()
        .filter(e -> CatchpointParams.normalise(e.getKey()).equals(CatchpointParams.normalise(name)))
        .map(Map.Entry::getValue).findFirst()
        .orElseThrow(() -> Arguments.invalid(argument, "unknown Catchpoint " + kind + " '" + name + "'; known: "
            + sample(known)));
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
      boolean section = map.get("section") instanceof String && mentions(map.get("section"), kind);
      map.forEach((key, value) -> collect(value,
          value instanceof List && (section || mentions(key, kind)), kind, out));
    } else if (node instanceof List) {
      for (Object item : (List<?>) node) {
        collect(item, inList, kind, out);
      }
    }
  }

  private static boolean mentions(Object key, String kind) {
    return String.valueOf(key).toLowerCase(Locale.ROOT).contains(kind);
  }

  private static String sample(Map<String, Long> known) {
    List<String> names = new ArrayList<>();
    known.forEach((name, id) -> names.add(name + " (" + id + ")"));
    String shown = String.join(", ", names.subList(0, Math.min(30, names.size())));
    return names.size() > 30 ? shown + ", …" : shown;
  }
}
