package dev.akmatori.adapter.llm.tool.integration;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import okhttp3.FormBody;
import okhttp3.HttpUrl;

/**
 * Free-form {@code params} objects as query parameters or form fields: texts, numbers and flags as
 * their text, an array as one parameter per item ({@code match[]}), null skipped; nested objects
 * are sent as their JSON text.
 */
public final class QueryValues {
  private QueryValues() {}

  /** Adds every parameter of {@code params} to {@code url}. */
  public static HttpUrl.Builder addTo(HttpUrl.Builder url, Map<String, ?> params) {
    forEach(params, url::addQueryParameter);
    return url;
  }

  /** A form body of {@code params}. */
  public static FormBody form(Map<String, ?> params) {
    FormBody.Builder form = new FormBody.Builder();
    forEach(params, form::add);
    return form.build();
  }

  /** Calls {@code sink} once per name and value, arrays expanded. */
  public static void forEach(Map<String, ?> params, BiConsumer<String, String> sink) {
    if (params == null) {
      return;
    }
    params.forEach((name, value) -> {
      if (value instanceof List) {
        ((List<?>) value).stream().filter(v -> v != null).forEach(v -> sink.accept(name, text(v)));
      } else if (value != null) {
        sink.accept(name, text(value));
      }
    });
  }

  /** A scalar as query text: numbers plainly, objects as JSON. */
  public static String text(Object value) {
    if (value instanceof Number) {
      return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
    }
    return value instanceof Map || value instanceof List ? Json.write(value) : String.valueOf(value);
  }
}
