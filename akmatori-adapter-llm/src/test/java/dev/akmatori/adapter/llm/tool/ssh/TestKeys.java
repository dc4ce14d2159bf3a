package dev.akmatori.adapter.llm.tool.ssh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Client keys made with ssh-keygen and openssl at test time: private key text + public line. */
record TestKeys(String privateKey, String publicLine) {

  /** A fixed key pair from the test resources ({@code name} and {@code name.pub}). */
  static TestKeys resource(String name) throws IOException {
    return new TestKeys(readResource(name), readResource(name + ".pub").trim());
  }

  private static String readResource(String name) throws IOException {
    try (var in = TestKeys.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("test resource not found: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
  }

  static TestKeys ed25519(Path dir, String name) throws IOException, InterruptedException {
    return keygen(dir, name, "-t", "ed25519");
  }

  static TestKeys rsaPem(Path dir, String name) throws IOException, InterruptedException {
    return keygen(dir, name, "-t", "rsa", "-b", "2048", "-m", "PEM");
  }

  static TestKeys ecdsa(Path dir, String name) throws IOException, InterruptedException {
    return keygen(dir, name, "-t", "ecdsa", "-b", "384");
  }

  /** A PKCS#8 Ed25519 key ({@code BEGIN PRIVATE KEY}) from openssl; its public line via JschKeys. */
  static TestKeys ed25519Pkcs8(Path dir, String name) throws IOException, InterruptedException {
    Path pem = dir.resolve(name + ".pem");
    run(dir, "openssl", "genpkey", "-algorithm", "ed25519", "-out", pem.toString());
    String text = Files.readString(pem);
    Path converted = dir.resolve(name + ".openssh");
    Files.write(converted, JschKeys.forJsch(text));
    Files.setPosixFilePermissions(converted, PosixFilePermissions.fromString("rw-------"));
    return new TestKeys(text, run(dir, "ssh-keygen", "-y", "-f", converted.toString()).trim());
  }

  private static TestKeys keygen(Path dir, String name, String... type) throws IOException, InterruptedException {
    Path file = dir.resolve(name);
    String[] command = new String[type.length + 6];
    command[0] = "ssh-keygen";
    command[1] = "-q";
    System.arraycopy(type, 0, command, 2, type.length);
    command[type.length + 2] = "-N";
    command[type.length + 3] = "";
    command[type.length + 4] = "-f";
    command[type.length + 5] = file.toString();
    run(dir, command);
    return new TestKeys(Files.readString(file), Files.readString(dir.resolve(name + ".pub")).trim());
  }

  /** Runs a tool in {@code dir}, failing on a non-zero exit; returns its stdout. */
  static String run(Path dir, String... command) throws IOException, InterruptedException {
    Files.createDirectories(dir);
    Process process = new ProcessBuilder(List.of(command)).directory(dir.toFile()).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new AssertionError(String.join(" ", command) + " failed: " + out);
    }
    return out;
  }
}
