package dev.akmatori.app.reliability;

import java.util.List;

/**
 * Hostile path parameter values, written as they go on the wire. Those marked {@code oneSegment}
 * reach the router as a single segment (Jetty neither resolves nor refuses them), so the route's
 * own parameter rules must answer; the others are resolved ({@code ..}) or refused before routing
 * (encoded {@code /}, {@code \}, {@code ..}; an over-long URI) and may answer as another path.
 */
final class PathValues {
  /** A value and how it is written in the URL. */
  record Hostile(String name, String wire, boolean oneSegment) {}

  static final List<Hostile> ALL = List.of(
      new Hostile("../../etc/passwd", "../../etc/passwd", false),
      new Hostile("..%2F..%2Fetc%2Fpasswd (encoded slashes)", "..%2F..%2Fetc%2Fpasswd", false),
      new Hostile("%2e%2e%2f", "%2e%2e%2f", false),
      new Hostile("%2e%2e%2f%2e%2e%2fetc%2fpasswd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", false),
      new Hostile("..%5C..%5Cetc%5Cpasswd (encoded backslashes)", "..%5C..%5Cetc%5Cpasswd", false),
      new Hostile("%2e%2e (an encoded dot-dot segment)", "%2e%2e", false),
      new Hostile("%252e%252e%252fcanary.txt (double-encoded)", "%252e%252e%252fcanary.txt", false),
      new Hostile("....", "....", true),
      new Hostile("..canary.txt", "..canary.txt", true),
      new Hostile("' OR 1=1 --", "%27%20OR%201%3D1%20--", true),
      new Hostile("1 OR 1=1", "1%20OR%201%3D1", true),
      new Hostile("<script>alert(1)</script>", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", false),
      new Hostile("<script>", "%3Cscript%3E", true),
      new Hostile("a 10,000-character string", "a".repeat(10_000), false),
      new Hostile("%00", "%00", false),
      new Hostile("check.sh%00.md (NUL truncation)", "check.sh%00.md", false),
      new Hostile("%ED%A0%80 (an encoded UTF-16 surrogate)", "%ED%A0%80", false),
      new Hostile("%C0%AF (an overlong '/')", "%C0%AF", false),
      new Hostile("%FF (not UTF-8)", "%FF", false),
      new Hostile("unicode ü名🔥 with a right-to-left override", "%C3%BC%E5%90%8D%F0%9F%94%A5%E2%80%AE", true),
      new Hostile("-1", "-1", true),
      new Hostile("0", "0", true),
      new Hostile("99999999999999999999 (past 64 bits)", "99999999999999999999", true),
      new Hostile("1.5", "1.5", true),
      new Hostile("0x1F", "0x1F", true),
      new Hostile("%20 (a space)", "%20", true));

  /** Stored names for uploads that must not escape the context directory or break its rules. */
  static final List<String> HOSTILE_FILENAMES = List.of(
      "../../etc/passwd", "../canary.txt", "..\\..\\evil.md", "/etc/passwd", "%2e%2e%2fevil.md",
      "evil.md\u0000.txt", "a".repeat(300) + ".md", "\u00fcn\u00efc\u00f8d\u00e9.md", "<script>.md",
      "' OR 1=1 --.md", ".hidden.md", "evil.exe", "..", "CON.md/..");

  private PathValues() {}
}
