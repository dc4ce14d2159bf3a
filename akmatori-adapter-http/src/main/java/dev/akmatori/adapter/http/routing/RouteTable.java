package dev.akmatori.adapter.http.routing;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * Every route the server serves, recorded as it is registered. It answers which methods a path
 * supports (the {@code Allow} header of a 405), which routes declared a body limit of their own,
 * and lets a test compare the routes with the OpenAPI document. Written while the app is
 * configured, read by request threads afterwards.
 */
public final class RouteTable {
  private final List<Entry> entries = new CopyOnWriteArrayList<>();

  void add(String method, String template) {
    add(method, template, OptionalLong.empty());
  }

  void add(String method, String template, OptionalLong maxBodyBytes) {
    add(method, template, maxBodyBytes, null);
  }

  void add(String method, String template, OptionalLong maxBodyBytes, String tooLargeMessage) {
    entries.add(new Entry(new Route(method, template), compile(template), maxBodyBytes, tooLargeMessage));
  }

  /** The routes in registration order. */
  public List<Route> routes() {
    return entries.stream().map(Entry::route).toList();
  }

  /** The methods served at {@code path} (one trailing slash ignored), sorted; empty if unknown. */
  public Set<String> allowedMethods(String path) {
    String normalized = RequestPaths.normalize(path);
    Set<String> methods = new TreeSet<>();
    for (Entry e : entries) {
      if (e.pattern().matcher(normalized).matches()) {
        methods.add(e.route().method());
      }
    }
    return methods;
  }

  /**
   * The body limit the route serving {@code method} at {@code path} declared; empty when it
   * declared none or no route serves it (the server-wide limit applies then).
   */
  public OptionalLong maxBodyBytes(String method, String path) {
    String normalized = RequestPaths.normalize(path);
    for (Entry e : entries) {
      if (e.route().method().equals(method) && e.pattern().matcher(normalized).matches()) {
        return e.maxBodyBytes();
      }
    }
    return OptionalLong.empty();
  }

  /**
   * The message of the 413 the route serving {@code method} at {@code path} declared for a body
   * over its limit; empty for the standard message.
   */
  public Optional<String> tooLargeMessage(String method, String path) {
    String normalized = RequestPaths.normalize(path);
    for (Entry e : entries) {
      if (e.route().method().equals(method) && e.pattern().matcher(normalized).matches()) {
        return Optional.ofNullable(e.tooLargeMessage());
      }
    }
    return Optional.empty();
  }

  /**
   * The template of the route serving {@code method} at {@code path} (one trailing slash ignored);
   * failing that, of the first route at that path for another method (a 405, or a request turned
   * away before routing); empty when no route has that path.
   */
  public Optional<String> template(String method, String path) {
    String normalized = RequestPaths.normalize(path);
    String other = null;
    for (Entry e : entries) {
      if (e.pattern().matcher(normalized).matches()) {
        if (e.route().method().equals(method)) {
          return Optional.of(e.route().template());
        }
        other = other == null ? e.route().template() : other;
      }
    }
    return Optional.ofNullable(other);
  }

  /** {@code {name}} matches one non-empty segment; everything else is literal. */
  private static Pattern compile(String template) {
    StringBuilder regex = new StringBuilder();
    for (String segment : template.substring(1).split("/", -1)) {
      regex.append('/');
      boolean parameter = segment.startsWith("{") && segment.endsWith("}");
      regex.append(parameter ? "[^/]+" : Pattern.quote(segment));
    }
    return Pattern.compile(regex.toString());
  }

  private record Entry(Route route, Pattern pattern, OptionalLong maxBodyBytes, String tooLargeMessage) {}
}
