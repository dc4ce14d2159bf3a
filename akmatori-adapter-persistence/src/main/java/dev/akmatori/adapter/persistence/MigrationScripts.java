package dev.akmatori.adapter.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;

/**
 * The versioned SQL migrations on the class path as Flyway records them in its schema history:
 * version, description, script name and checksum (CRC32 over the script's lines without line
 * breaks, a byte-order mark dropped). Used only to tell that nothing is left to do without starting
 * Flyway (ADR 0027); whenever a resource is not a plain {@code V<version>__<description>.sql} or a
 * location cannot be listed, the answer is "unknown" and Flyway decides.
 */
final class MigrationScripts {
  /** One script as Flyway's schema history shows it once applied. */
  record Script(String version, String description, String script, int checksum) {}

  /** Flyway's order: the dot-separated parts of the version compared as numbers. */
  static final Comparator<Script> BY_VERSION = (a, b) -> compareVersions(a.version(), b.version());

  private static final Pattern VERSIONED = Pattern.compile("V([0-9]+(?:[._][0-9]+)*)__(.+)\\.sql");
  private static final Pattern VERSION = Pattern.compile("[0-9]+(?:\\.[0-9]+)*");
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private MigrationScripts() {}

  /**
   * Every script under {@code folder} (a class-path folder such as {@code db/migration}) in every
   * class-path entry, or empty when one of them is not a plain versioned SQL migration or cannot
   * be listed.
   */
  static Optional<List<Script>> find(ClassLoader loader, String folder) {
    try {
      TreeSet<String> names = new TreeSet<>();
      Enumeration<URL> locations = loader.getResources(folder);
      while (locations.hasMoreElements()) {
        if (!list(locations.nextElement(), folder, names)) {
          return Optional.empty();
        }
      }
      List<Script> scripts = new ArrayList<>();
      for (String name : names) {
        Optional<Script> script = script(loader, folder, name);
        if (script.isEmpty()) {
          return Optional.empty();
        }
        scripts.add(script.get());
      }
      scripts.sort(BY_VERSION);
      return Optional.of(Collections.unmodifiableList(scripts));
    } catch (IOException | UncheckedIOException | URISyntaxException unreadable) {
      return Optional.empty();
    }
  }

  /** Adds the file names below {@code location} (relative to it) to {@code names}; false when it cannot. */
  private static boolean list(URL location, String folder, TreeSet<String> names)
      throws IOException, URISyntaxException {
    switch (location.getProtocol()) {
      case "file":
        Path root = Path.of(location.toURI());
        try (Stream<Path> files = Files.walk(root)) {
          files.filter(Files::isRegularFile).forEach(f -> names.add(root.relativize(f).toString().replace('\\', '/')));
        }
        return true;
      case "jar":
        URLConnection connection = location.openConnection();
        connection.setUseCaches(false); // a JarFile of our own, closed below, not the class loader's
        try (JarFile jar = ((JarURLConnection) connection).getJarFile()) {
          String prefix = folder.endsWith("/") ? folder : folder + "/";
          jar.stream()
              .filter(e -> !e.isDirectory() && e.getName().startsWith(prefix))
              .map(ZipEntry::getName)
              .forEach(name -> names.add(name.substring(prefix.length())));
        }
        return true;
      default:
        return false;
    }
  }

  private static Optional<Script> script(ClassLoader loader, String folder, String name) throws IOException {
    String fileName = name.substring(name.lastIndexOf('/') + 1);
    Matcher m = VERSIONED.matcher(fileName);
    if (!m.matches()) {
      return Optional.empty();
    }
    try (InputStream in = loader.getResourceAsStream(folder + "/" + name)) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(new Script(
          m.group(1).replace('_', '.'), m.group(2).replace('_', ' '), name, checksum(in)));
    }
  }

  /** True for a version as {@link #find} reads them from file names, e.g. {@code 10} or {@code 2.1}. */
  static boolean isPlainVersion(String version) {
    return version != null && VERSION.matcher(version).matches();
  }

  private static int compareVersions(String a, String b) {
    String[] left = a.split("\\.");
    String[] right = b.split("\\.");
    for (int i = 0; i < Math.max(left.length, right.length); i++) {
      int c = new BigInteger(i < left.length ? left[i] : "0").compareTo(new BigInteger(i < right.length ? right[i] : "0"));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /** Flyway's checksum of a script: CRC32 over its UTF-8 lines without line breaks, no byte-order mark. */
  static int checksum(InputStream script) throws IOException {
    CRC32 crc = new CRC32();
    BufferedReader reader = new BufferedReader(new InputStreamReader(script, StandardCharsets.UTF_8));
    boolean first = true;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (first && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) {
        line = line.substring(1);
      }
      first = false;
      crc.update(line.getBytes(StandardCharsets.UTF_8));
    }
    return (int) crc.getValue();
  }
}
