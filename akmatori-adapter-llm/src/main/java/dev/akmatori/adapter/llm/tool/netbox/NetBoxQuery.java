package dev.akmatori.adapter.llm.tool.netbox;

import dev.akmatori.adapter.llm.tool.integration.Arguments;
import dev.akmatori.adapter.llm.tool.integration.QueryValues;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * Query parameters of NetBox list calls. Every argument of a list operation is a NetBox filter
 * ({@code name}, {@code site}, {@code status}, {@code tag}, {@code q}, {@code site_id}, {@code
 * name__ic}, …) sent under its own name: texts as given, numbers plainly, flags as {@code
 * true}/{@code false}, an array as one parameter per item (NetBox ORs repeated filters). Blank
 * texts are not sent. {@code limit} and {@code offset} must be whole numbers ≥ 0.
 */
final class NetBoxQuery {
  private static final Set<String> PAGING = Set.of("limit", "offset");

  private NetBoxQuery() {}

  /** Adds every argument as a filter, then the paging. */
  static HttpUrl.Builder filters(HttpUrl.Builder url, Map<String, Object> arguments) {
    Arguments args = new Arguments(arguments);
    arguments.forEach((name, value) -> {
      if (PAGING.contains(name) || value == null) {
        return;
      }
      if (value instanceof Map || (value instanceof List && ((List<?>) value).stream().anyMatch(
          v -> v instanceof Map || v instanceof List))) {
        throw Arguments.invalid(name, "a NetBox filter must be a string, number, boolean or array of them");
      }
      QueryValues.forEach(Map.of(name, value), (n, v) -> {
        if (!v.isBlank()) {
          url.addQueryParameter(n, v);
        }
      });
    });
    return paging(url, args);
  }

  /** {@code limit} and {@code offset}, when given. */
  static HttpUrl.Builder paging(HttpUrl.Builder url, Arguments args) {
    for (String name : List.of("limit", "offset")) {
      args.integer(name).ifPresent(value -> {
        if (value < 0) {
          throw Arguments.invalid(name, "must not be negative");
        }
        url.setQueryParameter(name, Long.toString(value));
      });
    }
    return url;
  }
}
