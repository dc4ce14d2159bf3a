package dev.akmatori.domain.tool.sshkey;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * A minimal DER reader for the few ASN.1 structures of private keys (PKCS#1, SEC1, PKCS#8): definite
 * lengths only, bounds checked before copying. It reads the structures it is asked for and nothing
 * recursive, so nesting depth is not a concern.
 */
final class Der {
  static final int SEQUENCE = 0x30;
  private static final int INTEGER = 0x02;
  private static final int BIT_STRING = 0x03;
  private static final int OCTET_STRING = 0x04;
  private static final int OID = 0x06;

  private final byte[] data;
  private final int end;
  private int pos;
  private int contentEnd;

  private Der(byte[] data, int from, int end) {
    this.data = data;
    this.pos = from;
    this.end = end;
  }

  /** A reader over one whole DER value, which must fill {@code der} exactly. */
  static Der of(byte[] der) {
    return new Der(der, 0, der.length);
  }

  boolean hasMore() {
    return pos < end;
  }

  int peekTag() {
    if (!hasMore()) {
      throw new BadKey("truncated DER");
    }
    return data[pos] & 0xff;
  }

  Der sequence() {
    return nested(SEQUENCE);
  }

  /** The content of a context-specific constructed tag {@code [n]}. */
  Der explicit(int n) {
    return nested(0xa0 + n);
  }

  BigInteger integer() {
    byte[] bytes = content(INTEGER);
    if (bytes.length == 0) {
      throw new BadKey("empty INTEGER");
    }
    return new BigInteger(bytes);
  }

  BigInteger positiveInteger() {
    BigInteger value = integer();
    if (value.signum() <= 0) {
      throw new BadKey("INTEGER not positive");
    }
    return value;
  }

  byte[] octetString() {
    return content(OCTET_STRING);
  }

  byte[] bitString() {
    return content(BIT_STRING);
  }

  /** An OBJECT IDENTIFIER in dotted form. */
  String oid() {
    byte[] bytes = content(OID);
    if (bytes.length == 0 || bytes.length > 32) {
      throw new BadKey("bad OID");
    }
    StringBuilder out = new StringBuilder();
    long value = 0;
    boolean first = true;
    for (byte b : bytes) {
      value = (value << 7) | (b & 0x7f);
      if ((b & 0x80) == 0) {
        if (first) {
          long arc = Math.min(value / 40, 2);
          out.append(arc).append('.').append(value - arc * 40);
          first = false;
        } else {
          out.append('.').append(value);
        }
        value = 0;
      }
    }
    if ((bytes[bytes.length - 1] & 0x80) != 0) {
      throw new BadKey("truncated OID");
    }
    return out.toString();
  }

  /** Skips one value of any tag. */
  void skip() {
    header(peekTag());
    pos = contentEnd;
  }

  void end() {
    if (hasMore()) {
      throw new BadKey("trailing DER");
    }
  }

  private Der nested(int tag) {
    int from = header(tag);
    pos = contentEnd;
    return new Der(data, from, contentEnd);
  }

  private byte[] content(int tag) {
    int from = header(tag);
    pos = contentEnd;
    return Arrays.copyOfRange(data, from, contentEnd);
  }

  /** Reads tag and length, leaves {@link #contentEnd} set and returns where the content starts. */
  private int header(int tag) {
    if (peekTag() != tag) {
      throw new BadKey("unexpected DER tag");
    }
    pos++;
    if (!hasMore()) {
      throw new BadKey("truncated DER");
    }
    int first = data[pos++] & 0xff;
    long length;
    if (first < 0x80) {
      length = first;
    } else {
      int count = first & 0x7f;
      if (count == 0 || count > 4 || end - pos < count) {
        throw new BadKey("bad DER length");
      }
      length = 0;
      for (int i = 0; i < count; i++) {
        length = (length << 8) | (data[pos++] & 0xff);
      }
    }
    if (length > end - pos) {
      throw new BadKey("DER length past the end");
    }
    contentEnd = pos + (int) length;
    return pos;
  }
}
