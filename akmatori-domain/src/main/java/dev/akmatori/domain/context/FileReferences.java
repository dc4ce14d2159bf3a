package dev.akmatori.domain.context;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * References to context files inside prompts and texts (contract §3.3.2, §3.6): {@code [[name]]}
 * (any characters except {@code ]}, trimmed) and {@code [label](assets/name)}.
 */
public final class FileReferences {
  private static final Pattern WIKI = Pattern.compile("\\[\\[([^\\]]*)\\]\\]");
  private static final Pattern ASSET = Pattern.compile("\\[[^\\]]*\\]\\(assets/([^)\\s]+)\\)");
  private static final Pattern EITHER =
      Pattern.compile(WIKI.pattern() + "|" + ASSET.pattern());

  private FileReferences() {}

  /** Unique referenced names in order of first appearance; blank {@code [[ ]]} are ignored. */
  public static List<String> find(String text) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = EITHER.matcher(text == null ? "" : text);
    while (m.find()) {
      String name = m.group(1) != null ? m.group(1).strip() : m.group(2);
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return new ArrayList<>(names);
  }

  /** Rewrites every {@code [[name]]} as {@code [name](assets/name)}; other text is unchanged. */
  public static String toAssetLinks(String text) {
    Matcher m = WIKI.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1).strip();
      String replacement = name.isEmpty() ? m.group() : "[" + name + "](assets/" + name + ")";
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }
}
