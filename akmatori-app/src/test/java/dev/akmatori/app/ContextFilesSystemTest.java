package dev.akmatori.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Context files through the real application: multipart in, bytes on disk, bytes out (§3.6). */
class ContextFilesSystemTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final String BOUNDARY = "system-test-boundary-42";
  private static final String PASSWORD = "a-long-admin-password";

  @TempDir Path dataDir;

  private Map<String, String> env() {
    return SystemTest.env(dataDir, PASSWORD);
  }

  private static String head(String name, String filename) {
    return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
        + (filename == null ? "" : "; filename=\"" + filename + "\"") + "\r\n\r\n";
  }

  private static HttpResponse<String> upload(Application app, String token, HttpRequest.BodyPublisher body)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(SystemTest.uri(app, "/api/context"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .POST(body)
            .build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private List<String> contextDirectory() throws Exception {
    try (Stream<Path> files = Files.list(dataDir.resolve("context"))) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void uploadDownloadAndDelete_throughTheRealStack_withTheBytesOnDisk() throws Exception {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes((head("description", null) + "Network map\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes((head("file", "network.md") + "# Network\nÜber 🚀\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));

    long id;
    String token;
    try (Application app = Application.start(AppConfig.fromEnvironment(env()))) {
      token = SystemTest.login(app, PASSWORD);
      HttpResponse<String> created = upload(app, token, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(created.body());
      assertThat(m.find()).isTrue();
      id = Long.parseLong(m.group(1));
    }

    Path file = dataDir.resolve("context/network.md");
    assertThat(Files.readString(file)).isEqualTo("# Network\nÜber 🚀");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");

    try (Application app = Application.start(AppConfig.fromEnvironment(env()))) {
      HttpResponse<byte[]> download =
          CLIENT.send(
              HttpRequest.newBuilder(SystemTest.uri(app, "/api/context/" + id + "/download?token=" + token)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(download.statusCode()).isEqualTo(200);
      assertThat(new String(download.body(), StandardCharsets.UTF_8)).isEqualTo("# Network\nÜber 🚀");
      assertThat(download.headers().firstValue("Content-Type")).hasValue("text/markdown");

      HttpResponse<String> deleted = SystemTest.send(app, "DELETE", "/api/context/" + id, token, null);
      assertThat(deleted.statusCode()).isEqualTo(204);
      assertThat(contextDirectory()).isEmpty();
      assertThat(SystemTest.send(app, "GET", "/api/context", token, null).body()).isEqualTo("[]");
    }
  }

  @Test
  void anOversizedFileSentInChunks_is413_andLeavesNothingInTheContextDirectory() throws Exception {
    try (Application app = Application.start(AppConfig.fromEnvironment(env()))) {
      String token = SystemTest.login(app, PASSWORD);
      byte[] elevenMiB = new byte[11 * 1024 * 1024];
      List<InputStream> parts =
          List.of(
              new ByteArrayInputStream(head("file", "huge.log").getBytes(StandardCharsets.UTF_8)),
              new ByteArrayInputStream(elevenMiB),
              new ByteArrayInputStream(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8)));
      HttpRequest.BodyPublisher chunked =
          HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(Collections.enumeration(parts)));

      HttpResponse<String> r = upload(app, token, chunked);

      assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
      assertThat(r.body()).contains("File exceeds maximum size of 10485760 bytes");
      assertThat(contextDirectory()).isEmpty();
      assertThat(SystemTest.send(app, "GET", "/api/context", token, null).body()).isEqualTo("[]");
    }
  }
}
