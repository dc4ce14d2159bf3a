package dev.akmatori.adapter.http.context;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bytes of a download to send (RFC 9110 §14): the whole file, or the one range a {@code Range}
 * header asked for. A header this server does not honour — another unit, several ranges, bad
 * syntax, or any {@code If-Range} (downloads carry no validator it could match) — is ignored and
 * the whole file is sent, as RFC 9110 allows.
 */
record ByteRange(long start, long end, boolean partial) {
  private static final Pattern SINGLE = Pattern.compile("bytes\\s*=\\s*(\\d*)\\s*-\\s*(\\d*)\\s*");

  /** Bytes in the range; 0 for the whole of an empty file. */
  long length() {
    return end - start + 1;
  }

  /** The whole of a file of {@code size} bytes. */
  static ByteRange whole(long size) {
    return new ByteRange(0, size - 1, false);
  }

  /** What to send of {@code size} bytes; empty when the one range asked for is unsatisfiable. */
  static Optional<ByteRange> select(String range, String ifRange, long size) {
    if (range == null || ifRange != null) {
      return Optional.of(whole(size));
    }
    Matcher m = SINGLE.matcher(range.strip().toLowerCase(Locale.ROOT));
    if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
      return Optional.of(whole(size));
    }
    if (m.group(1).isEmpty()) {
      long suffix = number(m.group(2));
      return suffix == 0 || size == 0
          ? Optional.empty()
          : Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1, true));
    }
    long start = number(m.group(1));
    long end = m.group(2).isEmpty() ? Long.MAX_VALUE : number(m.group(2));
    if (end < start) {
      return Optional.of(whole(size));
    }
    return start >= size
        ? Optional.empty()
        : Optional.of(new ByteRange(start, Math.min(end, size - 1), true));
  }

  /** A run of digits; past {@code long}, as large as can be (it is past any file's end). */
  private static long number(String digits) {
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException tooLong) {
      return Long.MAX_VALUE;
    }
  }
}
