package dev.akmatori.domain.tool.sshkey;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the SSH wire encoding of RFC 4251 ({@code uint32}, {@code string}, {@code mpint}) from a
 * byte array. Every length is checked against what is left before anything is copied, so hostile
 * lengths cost nothing.
 */
final class SshWire {
  private final byte[] data;
  private int pos;

  SshWire(byte[] data) {
    this.data = data;
  }

  long uint32() {
    need(4);
    long value = 0;
    for (int i = 0; i < 4; i++) {
      value = (value << 8) | (data[pos++] & 0xff);
    }
    return value;
  }

  byte[] string() {
    long length = uint32();
    if (length > remaining()) {
      throw new BadKey("length past the end");
    }
    byte[] value = Arrays.copyOfRange(data, pos, pos + (int) length);
    pos += (int) length;
    return value;
  }

  String text() {
    return new String(string(), StandardCharsets.UTF_8);
  }

  /** A positive multiple-precision integer (two's complement, big-endian). */
  BigInteger positiveMpint() {
    byte[] bytes = string();
    if (bytes.length == 0) {
      throw new BadKey("empty mpint");
    }
    BigInteger value = new BigInteger(bytes);
    if (value.signum() <= 0) {
      throw new BadKey("mpint not positive");
    }
    return value;
  }

  byte[] rest() {
    byte[] value = Arrays.copyOfRange(data, pos, data.length);
    pos = data.length;
    return value;
  }

  int remaining() {
    return data.length - pos;
  }

  void end() {
    if (remaining() != 0) {
      throw new BadKey("trailing bytes");
    }
  }

  private void need(int n) {
    if (remaining() < n) {
      throw new BadKey("truncated");
    }
  }
}
