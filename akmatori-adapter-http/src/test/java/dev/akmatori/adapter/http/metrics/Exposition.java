package dev.akmatori.adapter.http.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Prometheus text exposition (format 0.0.4) parsed line by line: {@code # TYPE} lines give the
 * families, sample lines {@code name{k="v",…} value} the series. Any other line fails the parse, so a
 * test also checks the format.
 */
final class Exposition {
  private static final Pattern TYPE = Pattern.compile("# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)");
  private static final Pattern HELP = Pattern.compile("# HELP [a-zA-Z_:][a-zA-Z0-9_:]* .*");
  private static final Pattern SAMPLE =
      Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)\\})? (-?[0-9.eE+-]+|NaN|\\+Inf|-Inf)");
  private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\",?");

  /** One series: metric name, labels (sorted) and value. */
  record Sample(String name, Map<String, String> labels, double value) {}

  final Map<String, String> types = new HashMap<>();
  final List<Sample> samples = new ArrayList<>();

  static Exposition parse(String text) {
    Exposition e = new Exposition();
    for (String line : text.split("\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      Matcher type = TYPE.matcher(line);
      if (type.matches()) {
        e.types.put(type.group(1), type.group(2));
        continue;
      }
      if (HELP.matcher(line).matches()) {
        continue;
      }
      Matcher sample = SAMPLE.matcher(line);
      if (!sample.matches()) {
        throw new AssertionError("not an exposition line: " + line);
      }
      e.samples.add(new Sample(sample.group(1), labels(sample.group(2), line), Double.parseDouble(sample.group(3).replace("+Inf", "Infinity").replace("-Inf", "-Infinity"))));
    }
    return e;
  }

  private static Map<String, String> labels(String text, String line) {
    Map<String, String> labels = new TreeMap<>();
    if (text == null || text.isEmpty()) {
      return labels;
    }
    Matcher m = LABEL.matcher(text);
    int end = 0;
    while (m.find() && m.start() == end) {
      labels.put(m.group(1), m.group(2));
      end = m.end();
    }
    if (end != text.length()) {
      throw new AssertionError("bad labels in: " + line);
    }
    return labels;
  }

  /** The value of the series {@code name} with exactly {@code labels} (k1, v1, k2, v2, …). */
  Optional<Double> value(String name, String... labels) {
    Map<String, String> wanted = new TreeMap<>();
    for (int i = 0; i < labels.length; i += 2) {
      wanted.put(labels[i], labels[i + 1]);
    }
    return samples.stream().filter(s -> s.name().equals(name) && s.labels().equals(wanted)).map(Sample::value).findFirst();
  }

  /** As {@link #value}, failing when the series is absent. */
  double require(String name, String... labels) {
    return value(name, labels).orElseThrow(() -> new AssertionError("no series " + name + " " + List.of(labels)));
  }

  /** Every value of label {@code key} among the series named {@code name}. */
  List<String> labelValues(String name, String key) {
    return samples.stream().filter(s -> s.name().equals(name)).map(s -> s.labels().get(key)).distinct().toList();
  }
}
