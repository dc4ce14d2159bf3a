package dev.akmatori.adapter.http.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/** Reading resources of this module's class path (the OpenAPI document, Swagger UI's webjar). */
final class ClasspathFiles {
  private static final ClassLoader LOADER = ClasspathFiles.class.getClassLoader();

  private ClasspathFiles() {}

  /** The bytes of {@code name}, empty when there is no such resource. */
  static Optional<byte[]> read(String name) {
    try (InputStream in = LOADER.getResourceAsStream(name)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read class path resource " + name, e);
    }
  }

  /** The resource, which the build puts in this module's jar, so it is a bug when it is missing. */
  static byte[] require(String name) {
    return read(name).orElseThrow(() -> new IllegalStateException("Missing resource " + name));
  }

  /**
   * The {@code version} property of a properties resource, when the resource exists and the
   * build filled the value in.
   */
  static Optional<String> version(String name) {
    Properties properties = new Properties();
    try (InputStream in = LOADER.getResourceAsStream(name)) {
      if (in == null) {
        return Optional.empty();
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read class path resource " + name, e);
    }
    return Optional.ofNullable(properties.getProperty("version")).filter(v -> !v.startsWith("${"));
  }
}
