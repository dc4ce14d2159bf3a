package dev.akmatori.domain.skill;

import java.util.Optional;

/**
 * The front matter subset SKILL.md uses: top-level {@code key: scalar} lines and one nested {@code
 * metadata:} mapping; comments and blank lines allowed. Anything else makes it invalid.
 */
record FrontMatter(String description, String category) {

  static Optional<FrontMatter> parse(String text) {
    String description = "";
    String category = "";
    boolean inMetadata = false;
    try {
      for (String line : text.split("\n", -1)) {
        if (line.isBlank() || line.stripLeading().startsWith("#")) {
          continue;
        }
        if (line.indexOf('\t') >= 0) {
          return Optional.empty();
        }
        boolean nested = line.startsWith(" ");
        int colon = line.indexOf(':');
        if (colon < 0 || (colon + 1 < line.length() && line.charAt(colon + 1) != ' ')) {
          return Optional.empty();
        }
        String key = line.substring(0, colon).strip();
        String rest = line.substring(colon + 1);
        if (key.isEmpty()) {
          return Optional.empty();
        }
        if (nested) {
          if (!inMetadata) {
            return Optional.empty();
          }
          String value = YamlScalars.read(rest);
          if (key.equals("category")) {
            category = value;
          }
          continue;
        }
        inMetadata = key.equals("metadata") && rest.isBlank();
        if (!inMetadata) {
          String value = YamlScalars.read(rest);
          if (key.equals("description")) {
            description = value;
          }
        }
      }
    } catch (IllegalArgumentException invalid) {
      return Optional.empty();
    }
    return Optional.of(new FrontMatter(description, category));
  }
}
