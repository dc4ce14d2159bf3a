package dev.akmatori.adapter.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the 32-byte secret encryption key (contract §1.7): {@code AKMATORI_ENCRYPTION_KEY} when set,
 * else {@code <data-dir>/encryption.key}, created on first use with permissions 0600.
 */
public final class EncryptionKeys {
  static final String ENV = "AKMATORI_ENCRYPTION_KEY";
  static final String FILE_NAME = "encryption.key";
  private static final int KEY_BYTES = 32;
  private static final Logger LOG = LoggerFactory.getLogger(EncryptionKeys.class);

  private EncryptionKeys() {}

  /**
   * The key from the environment value when present, else from (or newly into) the key file.
   *
   * @throws IllegalArgumentException when the environment value is not base64 of exactly 32 bytes
   *     (the message names the variable, never the value)
   * @throws IllegalStateException when the key file exists but does not hold such a key
   * @throws UncheckedIOException when the key file cannot be read or created
   */
  public static byte[] load(Optional<String> envBase64, Path dataDir) {
    if (envBase64.isPresent()) {
      return fromEnvironment(envBase64.get());
    }
    try {
      return fromFile(dataDir.resolve(FILE_NAME));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create " + dataDir.resolve(FILE_NAME), e);
    }
  }

  private static byte[] fromEnvironment(String value) {
    byte[] key = decode(value);
    if (key == null) {
      throw new IllegalArgumentException(ENV + " must be the base64 encoding of exactly 32 bytes");
    }
    return key;
  }

  private static byte[] fromFile(Path file) throws IOException {
    if (!Files.exists(file)) {
      create(file);
    }
    byte[] key = decode(Files.readString(file, StandardCharsets.US_ASCII));
    if (key == null) {
      throw new IllegalStateException(
          "The key file " + file + " does not hold the base64 encoding of 32 bytes;"
              + " restore it or set " + ENV);
    }
    return key;
  }

  /**
   * Writes a new key to a temp file born with 0600, then links it into place: never a moment with
   * wider permissions or partial content; a racing process that linked first wins and is read.
   */
  private static void create(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    byte[] key = new byte[KEY_BYTES];
    new SecureRandom().nextBytes(key);
    Path temp = dir.resolve("." + FILE_NAME + "-" + UUID.randomUUID() + ".tmp");
    Files.createFile(temp, ownerOnly(dir));
    try {
      Files.writeString(temp, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
      publish(temp, file);
      LOG.info("Created a new encryption key in {}", file);
    } catch (FileAlreadyExistsException raced) {
      LOG.debug("Another process created {} first; using it", file);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Links {@code temp} to {@code file}, failing if it exists; renames where links are unsupported. */
  private static void publish(Path temp, Path file) throws IOException {
    try {
      Files.createLink(file, temp);
    } catch (FileAlreadyExistsException e) {
      throw e;
    } catch (UnsupportedOperationException | IOException noHardLinks) {
      Files.move(temp, file);
    }
  }

  private static FileAttribute<?>[] ownerOnly(Path dir) {
    if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return new FileAttribute<?>[0];
    }
    Set<PosixFilePermission> rw = PosixFilePermissions.fromString("rw-------");
    return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(rw)};
  }

  /** The 32 bytes of a strict base64 text (surrounding whitespace ignored); null otherwise. */
  private static byte[] decode(String text) {
    try {
      byte[] key = Base64.getDecoder().decode(text.strip());
      return key.length == KEY_BYTES ? key : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
