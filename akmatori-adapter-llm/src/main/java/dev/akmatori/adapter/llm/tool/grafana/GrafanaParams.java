package dev.akmatori.adapter.llm.tool.grafana;

import dev.akmatori.adapter.llm.tool.integration.Arguments;
import dev.akmatori.adapter.llm.tool.integration.QueryValues;
import dev.akmatori.adapter.llm.tool.integration.Times;
import java.util.Map;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/** URL parameters of Grafana's GET endpoints; absent arguments are not sent. */
final class GrafanaParams {
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private GrafanaParams() {}

  /**
   * {@code /api/search}: {@code query}, {@code tag}, {@code type}, {@code limit}, and {@code
   * folder_id} as {@code folderIds} when numeric or {@code folderUIDs} otherwise.
   */
  static HttpUrl.Builder search(HttpUrl.Builder url, Arguments args) {
    args.optionalText("query").ifPresent(v -> url.addQueryParameter("query", v));
    args.optionalText("tag").ifPresent(v -> url.addQueryParameter("tag", v));
    args.optionalText("type").ifPresent(v -> url.addQueryParameter("type", v));
    args.optionalText("folder_id").ifPresent(v ->
        url.addQueryParameter(isNumber(v) ? "folderIds" : "folderUIDs", v));
    args.integer("limit").ifPresent(v -> url.addQueryParameter("limit", Long.toString(v)));
    return url;
  }

  /**
   * Alertmanager v2 {@code /alerts}: each {@code filter} entry as one {@code filter} matcher {@code
   * name="value"}, and the {@code silenced}, {@code inhibited}, {@code active} flags.
   */
  static HttpUrl.Builder alerts(HttpUrl.Builder url, Arguments args) {
    args.object("filter").orElse(Map.of()).forEach((name, value) ->
        url.addQueryParameter("filter", name + "=\"" + escape(QueryValues.text(value)) + "\""));
    for (String flag : new String[] {"silenced", "inhibited", "active"}) {
      args.flag(flag).ifPresent(v -> url.addQueryParameter(flag, v.toString()));
    }
    return url;
  }

  /**
   * {@code /api/annotations}: {@code from}/{@code to} in epoch milliseconds, the dashboard by id or
   * uid, {@code panelId}, one {@code tags} per tag, {@code limit}, {@code type}.
   */
  static HttpUrl.Builder annotations(HttpUrl.Builder url, Arguments args) {
    args.optionalText("from").ifPresent(v -> url.addQueryParameter("from", Times.epochMillisOrAsIs(v)));
    args.optionalText("to").ifPresent(v -> url.addQueryParameter("to", Times.epochMillisOrAsIs(v)));
    args.optionalText("dashboard_id").ifPresent(v ->
        url.addQueryParameter(isNumber(v) ? "dashboardId" : "dashboardUID", v));
    args.optionalText("panel_id").ifPresent(v -> url.addQueryParameter("panelId", v));
    args.texts("tags").forEach(tag -> url.addQueryParameter("tags", tag));
    args.integer("limit").ifPresent(v -> url.addQueryParameter("limit", Long.toString(v)));
    args.optionalText("type").ifPresent(v -> url.addQueryParameter("type", v));
    return url;
  }

  static boolean isNumber(String value) {
    return DIGITS.matcher(value).matches();
  }

  private static String escape(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
