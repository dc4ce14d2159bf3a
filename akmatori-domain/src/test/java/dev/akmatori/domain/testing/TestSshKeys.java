package dev.akmatori.domain.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Real private keys made at test time by {@code ssh-keygen} (openssh-client) and {@code openssl}, so
 * tests never carry key material in the sources. Keys are cached per JVM by their arguments. A
 * missing tool fails the test with a message saying what to install.
 */
public final class TestSshKeys {
  private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();

  private TestSshKeys() {}

  /** An unencrypted OpenSSH Ed25519 key: the everyday key of tests. */
  public static String ed25519() {
    return sshKeygen("-t", "ed25519");
  }

  /** Another, different unencrypted OpenSSH Ed25519 key. */
  public static String otherEd25519() {
    return sshKeygen("-t", "ed25519", "-C", "other");
  }

  /**
   * The private key file {@code ssh-keygen -q -N '' -f <file> <args>} writes; pass {@code -N <p>}
   * in {@code args} for a passphrase (the last {@code -N} wins).
   */
  public static String sshKeygen(String... args) {
    return CACHE.computeIfAbsent("ssh-keygen " + String.join(" ", args), k -> generate(args));
  }

  /** What {@code openssl <args>} prints, e.g. {@code genpkey -algorithm ed25519}. */
  public static String openssl(String... args) {
    return CACHE.computeIfAbsent("openssl " + String.join(" ", args), k -> {
      List<String> command = new ArrayList<>(List.of("openssl"));
      command.addAll(List.of(args));
      return run(command, null);
    });
  }

  private static String generate(String... args) {
    Path dir = tempDir();
    try {
      Path file = dir.resolve("key");
      List<String> command = new ArrayList<>(List.of("ssh-keygen", "-q", "-C", "akmatori-test", "-N", ""));
      command.addAll(List.of(args));
      command.addAll(List.of("-f", file.toString()));
      run(command, dir);
      return Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(dir);
    }
  }

  /** Runs {@code command} and returns its standard output; stderr (progress dots) goes to a file. */
  private static String run(List<String> command, Path dir) {
    Path errors = dir == null ? null : dir.resolve("stderr");
    Process process;
    try {
      ProcessBuilder builder = new ProcessBuilder(command)
          .redirectError(errors == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(errors.toFile()));
      if (dir != null) {
        builder.directory(dir.toFile());
      }
      process = builder.start();
    } catch (IOException e) {
      throw new AssertionError(command.get(0) + " is needed to make test keys and could not be run ("
          + e.getMessage() + "); install openssh-client and openssl", e);
    }
    try {
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        String stderr = errors == null ? "" : Files.readString(errors, StandardCharsets.UTF_8);
        throw new AssertionError(String.join(" ", command) + " failed: " + output + stderr);
      }
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("akmatori-keys");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
