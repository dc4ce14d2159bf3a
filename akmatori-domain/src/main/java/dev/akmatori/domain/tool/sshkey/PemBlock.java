package dev.akmatori.domain.tool.sshkey;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One RFC 7468 block ({@code -----BEGIN LABEL-----} … {@code -----END LABEL-----}) with its decoded
 * body. Header lines ({@code Proc-Type: 4,ENCRYPTED}, {@code DEK-Info}) only occur in encrypted
 * legacy PEM, so any header rejects the block.
 */
record PemBlock(String label, byte[] body) {
  private static final Pattern BEGIN = Pattern.compile("-----BEGIN ([A-Z0-9 ]{1,40})-----");
  private static final Pattern BASE64_LINE = Pattern.compile("[A-Za-z0-9+/=]*");

  /** Every block of {@code text}; anything but blank lines outside the blocks rejects the text. */
  static List<PemBlock> parseAll(String text) {
    String[] lines = text.strip().split("\r?\n", -1);
    List<PemBlock> blocks = new ArrayList<>();
    int i = 0;
    while (i < lines.length) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        i++;
        continue;
      }
      Matcher begin = BEGIN.matcher(line);
      if (!begin.matches()) {
        throw new BadKey("text outside a PEM block");
      }
      String label = begin.group(1);
      String end = "-----END " + label + "-----";
      StringBuilder base64 = new StringBuilder();
      for (i++; i < lines.length && !lines[i].strip().equals(end); i++) {
        String body = lines[i].strip();
        if (body.contains(":")) {
          throw new BadKey("PEM header (encrypted legacy PEM)");
        }
        if (!BASE64_LINE.matcher(body).matches()) {
          throw new BadKey("not base64");
        }
        base64.append(body);
      }
      if (i >= lines.length) {
        throw new BadKey("missing " + end);
      }
      i++;
      blocks.add(new PemBlock(label, decode(base64.toString())));
    }
    return blocks;
  }

  private static byte[] decode(String base64) {
    try {
      return Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new BadKey("bad base64");
    }
  }
}
