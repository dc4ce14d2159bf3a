package dev.akmatori.adapter.llm.tool.ssh;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Writes an unencrypted OpenSSH private key file ({@code openssh-key-v1}, as {@code ssh-keygen}
 * writes it): the magic, cipher and KDF {@code none}, one key, its public blob, and the private
 * section of two check words, the key's fields and the 1, 2, 3… padding, armoured in 70-column
 * base64.
 */
final class OpenSshKeyFile {
  static final String BEGIN = "-----BEGIN OPENSSH PRIVATE KEY-----";
  static final String END = "-----END OPENSSH PRIVATE KEY-----";
  static final byte[] MAGIC = "openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII);

  private OpenSshKeyFile() {}

  /** The armoured file of one key; {@code privateFields} are written length-prefixed after the check words. */
  static String unencrypted(byte[] publicBlob, int check1, int check2, byte[]... privateFields) {
    ByteArrayOutputStream secret = new ByteArrayOutputStream();
    secret.writeBytes(ByteBuffer.allocate(8).putInt(check1).putInt(check2).array());
    for (byte[] field : privateFields) {
      secret.writeBytes(string(field));
    }
    for (int pad = 1; secret.size() % 8 != 0; pad++) {
      secret.write(pad);
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(MAGIC);
    body.writeBytes(string(ascii("none")));
    body.writeBytes(string(ascii("none")));
    body.writeBytes(string(new byte[0]));
    body.writeBytes(ByteBuffer.allocate(4).putInt(1).array());
    body.writeBytes(string(publicBlob));
    body.writeBytes(string(secret.toByteArray()));
    return BEGIN + "\n" + Base64.getMimeEncoder(70, new byte[] {'\n'}).encodeToString(body.toByteArray())
        + "\n" + END + "\n";
  }

  /** {@code value} prefixed with its length, as SSH writes a string. */
  static byte[] string(byte[] value) {
    return ByteBuffer.allocate(4 + value.length).putInt(value.length).put(value).array();
  }

  static byte[] ascii(String value) {
    return value.getBytes(StandardCharsets.US_ASCII);
  }
}
