package dev.akmatori.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One scrape of {@code /metrics} as Prometheus would do it (API key as bearer), parsed into series. */
final class MetricsScrape {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)\\})? (\\S+)");
  private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  private final Map<String, Double> series = new HashMap<>();
  final String contentType;
  final String text;

  private MetricsScrape(String contentType, String text) {
    this.contentType = contentType;
    this.text = text;
    for (String line : text.split("\n")) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Matcher m = SAMPLE.matcher(line);
      if (!m.matches()) {
        throw new AssertionError("not an exposition line: " + line);
      }
      Map<String, String> labels = new TreeMap<>();
      if (m.group(2) != null) {
        Matcher l = LABEL.matcher(m.group(2));
        while (l.find()) {
          labels.put(l.group(1), l.group(2));
        }
      }
      series.put(m.group(1) + labels, Double.parseDouble(m.group(3).replace("+Inf", "Infinity")));
    }
  }

  static MetricsScrape of(Application app, String apiKey) throws Exception {
    HttpResponse<String> r = CLIENT.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/metrics"))
            .header("Authorization", "Bearer " + apiKey)
            .timeout(Duration.ofSeconds(30))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new AssertionError("scrape answered " + r.statusCode() + ": " + r.body());
    }
    return new MetricsScrape(r.headers().firstValue("Content-Type").orElse(""), r.body());
  }

  /** The value of series {@code name} with exactly {@code labels} (k1, v1, …); NaN when absent. */
  double value(String name, String... labels) {
    Map<String, String> wanted = new TreeMap<>();
    for (int i = 0; i < labels.length; i += 2) {
      wanted.put(labels[i], labels[i + 1]);
    }
    return series.getOrDefault(name + wanted, Double.NaN);
  }
}
