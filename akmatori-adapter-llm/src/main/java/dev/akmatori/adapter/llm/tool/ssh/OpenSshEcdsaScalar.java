package dev.akmatori.adapter.llm.tool.ssh;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pads the private scalar of an unencrypted OpenSSH ECDSA key to its curve's full length.
 *
 * <p>OpenSSH stores the scalar as a minimal {@code mpint}, so a P-384 scalar below 2<sup>376</sup>
 * (about one key in 500) is 47 bytes or fewer. JSch picks the curve from that length (≥ 64 bytes:
 * P-521, ≥ 48: P-384, else P-256) and signs such a key on the wrong curve: the server refuses it
 * and the host reports an authentication failure for a key that is perfectly valid. Left-padding
 * with zero bytes keeps the value (and a non-negative sign) and gives JSch the length it expects.
 * PEM and PKCS#8 EC keys carry a fixed-length scalar already; an encrypted OpenSSH key is left
 * alone (its scalar cannot be read without the passphrase).
 */
final class OpenSshEcdsaScalar {
  private static final Pattern OPENSSH = Pattern.compile(
      OpenSshKeyFile.BEGIN + "([A-Za-z0-9+/=\\s]+)" + OpenSshKeyFile.END + "\\s*");
  private static final Map<String, Integer> SCALAR_BYTES =
      Map.of("nistp256", 32, "nistp384", 48, "nistp521", 66);

  private OpenSshEcdsaScalar() {}

  /** The key with a full-length scalar, or {@code text} itself when nothing needs padding. */
  static String padded(String text) {
    Matcher armour = OPENSSH.matcher(text);
    if (!armour.find()) {
      return text;
    }
    try {
      byte[] body = Base64.getMimeDecoder().decode(armour.group(1));
      String fixed = padScalar(body);
      return fixed == null ? text : text.substring(0, armour.start()) + fixed + text.substring(armour.end());
    } catch (IllegalArgumentException | BufferUnderflowException malformed) {
      return text; // JSch reports the key as invalid, with its own message
    }
  }

  /** The rewritten key file, or null when it is not an unencrypted ECDSA key with a short scalar. */
  private static String padScalar(byte[] body) {
    ByteBuffer in = ByteBuffer.wrap(body);
    byte[] magic = new byte[OpenSshKeyFile.MAGIC.length];
    in.get(magic);
    if (!java.util.Arrays.equals(magic, OpenSshKeyFile.MAGIC)) {
      return null;
    }
    byte[] cipher = string(in);
    byte[] kdf = string(in);
    string(in); // KDF options: none without a cipher
    int keys = in.getInt();
    if (!"none".equals(ascii(cipher)) || !"none".equals(ascii(kdf)) || keys != 1) {
      return null;
    }
    byte[] publicBlob = string(in);
    ByteBuffer secret = ByteBuffer.wrap(string(in));
    int check1 = secret.getInt();
    int check2 = secret.getInt();
    String type = ascii(string(secret));
    if (!type.startsWith("ecdsa-sha2-")) {
      return null;
    }
    byte[] curve = string(secret);
    byte[] point = string(secret);
    byte[] scalar = string(secret);
    byte[] comment = string(secret);
    Integer size = SCALAR_BYTES.get(ascii(curve));
    if (size == null || scalar.length >= size) {
      return null;
    }
    byte[] full = new byte[size];
    System.arraycopy(scalar, 0, full, size - scalar.length, scalar.length);
    return OpenSshKeyFile.unencrypted(publicBlob, check1, check2, OpenSshKeyFile.ascii(type), curve, point, full, comment);
  }

  private static byte[] string(ByteBuffer in) {
    int length = in.getInt();
    if (length < 0 || length > in.remaining()) {
      throw new IllegalArgumentException("truncated OpenSSH key");
    }
    byte[] value = new byte[length];
    in.get(value);
    return value;
  }

  private static String ascii(byte[] value) {
    return new String(value, StandardCharsets.US_ASCII);
  }
}
