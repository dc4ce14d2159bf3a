package dev.akmatori.adapter.llm.tool.pagerduty;

import dev.akmatori.adapter.llm.tool.integration.ApiReply;
import dev.akmatori.adapter.llm.tool.integration.Arguments;
import dev.akmatori.adapter.llm.tool.integration.IntegrationClient;
import dev.akmatori.adapter.llm.tool.integration.Json;
import dev.akmatori.application.model.Cancellation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * One call's view of the REST API v2: every request carries {@code Accept:
 * application/vnd.pagerduty+json;version=2} (the token is added by the client's auth), writes
 * carry {@code From: <requester_email>} and a JSON body, and a non-2xx reply becomes the tool error
 * of {@link PagerDutyErrors}. Paging is PagerDuty's classic one: {@code limit} (at most 100),
 * {@code offset}, and {@code more} in the reply.
 */
final class PagerDutyApi {
  static final String ACCEPT = "application/vnd.pagerduty+json;version=2";
  static final MediaType JSON = MediaType.get("application/json");
  /** PagerDuty's largest page. */
  static final int MAX_LIMIT = 100;
  /** PagerDuty refuses {@code offset + limit} above this (classic paging cap). */
  static final long MAX_RECORDS = 10_000;
  /** Pages read by the operations without paging arguments: at most 1,000 entries. */
  static final int MAX_PAGES = 10;

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final Pattern EMAIL = Pattern.compile("[\\p{Graph}&&[^@]]+@[\\p{Graph}&&[^@]]+");

  private final IntegrationClient client;
  private final List<String> secrets;
  private final Cancellation cancellation;

  PagerDutyApi(IntegrationClient client, List<String> secrets, Cancellation cancellation) {
    this.client = client;
    this.secrets = secrets;
    this.cancellation = cancellation;
  }

  HttpUrl.Builder url(String... segments) {
    return client.url(segments);
  }

  Object get(HttpUrl url) {
    return send(new Request.Builder().url(url).get());
  }

  Object put(HttpUrl url, String from, Map<String, Object> body) {
    return send(new Request.Builder().url(url).header("From", from)
        .put(RequestBody.create(Json.write(body), JSON)));
  }

  Object post(HttpUrl url, String from, Map<String, Object> body) {
    return send(new Request.Builder().url(url).header("From", from)
        .post(RequestBody.create(Json.write(body), JSON)));
  }

  private Object send(Request.Builder request) {
    ApiReply reply = client.send(request.header("Accept", ACCEPT).build(), cancellation);
    if (!reply.isSuccessful()) {
      throw PagerDutyErrors.failure(reply, secrets);
    }
    return client.json(reply);
  }

  /**
   * One page of a list: {@code limit} (1–100; more is read as 100) and {@code offset} (≥ 0) when
   * given. The reply is PagerDuty's as is, plus {@code next_offset} when {@code more} is true.
   */
  Object page(HttpUrl.Builder url, Arguments args) {
    Optional<Long> limit = args.integer("limit").map(PagerDutyApi::limit);
    Optional<Long> offset = args.integer("offset");
    if (offset.isPresent() && offset.get() < 0) {
      throw Arguments.invalid("offset", "must not be negative");
    }
    if (offset.orElse(0L) + limit.orElse(25L) > MAX_RECORDS) {
      throw Arguments.invalid("offset", "offset + limit must not exceed " + MAX_RECORDS
          + " (PagerDuty's paging limit); narrow the filters instead");
    }
    limit.ifPresent(v -> url.addQueryParameter("limit", Long.toString(v)));
    offset.ifPresent(v -> url.addQueryParameter("offset", Long.toString(v)));
    Object reply = get(url.build());
    if (reply instanceof Map && Boolean.TRUE.equals(((Map<?, ?>) reply).get("more"))) {
      Map<String, Object> out = copy((Map<?, ?>) reply);
      long used = number(out.get("limit")).orElse(limit.orElse(25L));
      long from = number(out.get("offset")).orElse(offset.orElse(0L));
      out.put("next_offset", from + used);
      return out;
    }
    return reply;
  }

  /**
   * Every page of a list, 100 at a time, for operations that take no paging arguments: {@code
   * {<key>: [...], "count": n, "more": false}}; after {@value #MAX_PAGES} pages {@code more} is
   * true and the rest is left out.
   */
  Map<String, Object> all(HttpUrl.Builder url, String key) {
    HttpUrl base = url.build();
    List<Object> items = new ArrayList<>();
    boolean more = true;
    for (int page = 0; more && page < MAX_PAGES; page++) {
      HttpUrl pageUrl = base.newBuilder()
          .setQueryParameter("limit", Integer.toString(MAX_LIMIT))
          .setQueryParameter("offset", Integer.toString(items.size()))
          .build();
      Object reply = get(pageUrl);
      Map<?, ?> body = reply instanceof Map ? (Map<?, ?>) reply : Map.of();
      List<?> got = body.get(key) instanceof List ? (List<?>) body.get(key) : List.of();
      items.addAll(got);
      more = Boolean.TRUE.equals(body.get("more")) && !got.isEmpty();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put(key, items);
    out.put("count", items.size());
    out.put("more", more);
    return out;
  }

  /** Adds {@code <name>[]=<value>} once per value, the brackets unescaped as PagerDuty documents. */
  static HttpUrl.Builder addArray(HttpUrl.Builder url, String name, List<String> values) {
    for (String value : values) {
      String text = value.strip();
      if (!text.isEmpty()) {
        url.addEncodedQueryParameter(name + "[]", URLEncoder.encode(text, StandardCharsets.UTF_8));
      }
    }
    return url;
  }

  /** A path id argument (incident, policy), checked to be one plain PagerDuty id. */
  static String id(Arguments args, String name) {
    String id = args.text(name);
    if (!ID.matcher(id).matches()) {
      throw Arguments.invalid(name, "is not a PagerDuty id");
    }
    return id;
  }

  /** {@code requester_email}, the PagerDuty user a change is made as ({@code From} header). */
  static String requester(Arguments args) {
    String email = args.text("requester_email");
    if (!EMAIL.matcher(email).matches()) {
      throw Arguments.invalid("requester_email", "must be the email address of a PagerDuty user");
    }
    return email;
  }

  private static long limit(long value) {
    if (value < 1) {
      throw Arguments.invalid("limit", "must be at least 1");
    }
    return Math.min(value, MAX_LIMIT);
  }

  private static Optional<Long> number(Object value) {
    return value instanceof Number ? Optional.of(((Number) value).longValue()) : Optional.empty();
  }

  private static Map<String, Object> copy(Map<?, ?> map) {
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(String.valueOf(k), v));
    return out;
  }
}
