package dev.akmatori.adapter.llm.mcp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Finds processes a test left behind: every test gives its servers the variable
 * {@code MCP_TEST_MARKER=<uuid>}, which children inherit, and this scans {@code /proc/<pid>/environ}
 * for it (so processes of other tests or other users of the machine never count).
 */
final class Leftovers {
  static final String VARIABLE = "MCP_TEST_MARKER";

  private Leftovers() {}

  /** Live processes carrying {@code marker}, as {@code pid command line}. */
  static List<String> find(String marker) {
    String entry = VARIABLE + "=" + marker;
    return ProcessHandle.allProcesses()
        .filter(ProcessHandle::isAlive)
        .filter(p -> environ(p.pid()).contains(entry))
        .map(p -> p.pid() + " " + p.info().commandLine().orElse("?"))
        .toList();
  }

  /** Processes whose command line mentions {@code needle} and that carry {@code marker}. */
  static List<String> find(String marker, String needle) {
    return find(marker).stream().filter(line -> line.contains(needle)).toList();
  }

  /** Live descendants of this JVM whose command line mentions any of {@code needles}. */
  static List<String> descendantsMentioning(String... needles) {
    return ProcessHandle.current().descendants()
        .filter(ProcessHandle::isAlive)
        .map(p -> p.pid() + " " + p.info().commandLine().orElse(""))
        .filter(line -> Arrays.stream(needles).anyMatch(line::contains))
        .toList();
  }

  private static List<String> environ(long pid) {
    try {
      byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "environ"));
      return Arrays.asList(new String(raw, StandardCharsets.UTF_8).split("\0"));
    } catch (IOException | SecurityException gone) {
      return List.of();
    }
  }
}
