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

  /** The version of the Swagger UI webjar, from its Maven metadata. */
  static String swaggerUiVersion() {
    Properties pom = new Properties();
    try (InputStream in = LOADER.getResourceAsStream(
        "META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
      if (in == null) {
        throw new IllegalStateException("The org.webjars:swagger-ui jar is not on the class path");
      }
      pom.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the swagger-ui webjar metadata", e);
    }
    return pom.getProperty("version");
  }
}
