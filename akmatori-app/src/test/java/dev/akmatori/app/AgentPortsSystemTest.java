package dev.akmatori.app;

import static dev.akmatori.app.SystemTest.login;
import static dev.akmatori.app.SystemTest.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.akmatori.application.investigation.context.ContextFileInfo;
import dev.akmatori.application.investigation.context.ContextLibrary;
import dev.akmatori.application.investigation.tool.McpServerRef;
import dev.akmatori.application.investigation.tool.McpTool;
import dev.akmatori.application.investigation.tool.McpToolSource;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.context.ContextFileName;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent loop's MCP and context-file ports as the application builds them: over the real
 * database, data directory, secret cipher and a real npm MCP server, fed through the HTTP API.
 */
class AgentPortsSystemTest {
  private static final String FILESYSTEM = "@modelcontextprotocol/server-filesystem";
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final String BOUNDARY = "agent-ports-boundary";
  private static final String PASSWORD = "a-long-admin-password";

  @TempDir Path dataDir;
  @TempDir Path allowed;

  private final String marker = UUID.randomUUID().toString();

  @BeforeAll
  static void downloadTheServer() throws Exception {
    Process npx = new ProcessBuilder("npx", "-y", FILESYSTEM, System.getProperty("java.io.tmpdir"))
        .redirectInput(new File("/dev/null"))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    assertThat(npx.waitFor(5, TimeUnit.MINUTES)).as("npx -y " + FILESYSTEM + " finished").isTrue();
  }

  @AfterEach
  void noServerProcessIsLeft() {
    String entry = "MCP_TEST_MARKER=" + marker;
    assertThat(ProcessHandle.allProcesses().filter(p -> environ(p.pid()).contains(entry)).map(ProcessHandle::pid))
        .isEmpty();
  }

  private Map<String, String> env() {
    return SystemTest.env(dataDir, PASSWORD);
  }

  @Test
  void uploadedContextFiles_areReadAsText_pdfsByTheirExtractedText() throws Exception {
    try (Application app = Application.start(AppConfig.fromEnvironment(env()))) {
      String token = login(app, PASSWORD);
      upload(app, token, "runbook.pdf", "application/pdf", pdf("Restart the payment gateway pods"));
      upload(app, token, "broken.pdf", "application/pdf", "%PDF-1.7 not really".getBytes(StandardCharsets.US_ASCII));
      upload(app, token, "notes.md", "text/markdown", new byte[] {'o', 'k', (byte) 0xFF});
      ContextLibrary library = app.contextLibrary();

      assertThat(library.list()).extracting(ContextFileInfo::filename, ContextFileInfo::mimeType)
          .containsExactly(
              tuple("broken.pdf", "application/pdf"),
              tuple("notes.md", "text/markdown"),
              tuple("runbook.pdf", "application/pdf"));
      assertThat(library.text(new ContextFileName("runbook.pdf")).orElseThrow().strip())
          .isEqualTo("Restart the payment gateway pods");
      assertThat(library.text(new ContextFileName("broken.pdf"))).contains(ContextLibrary.NO_TEXT);
      assertThat(library.text(new ContextFileName("notes.md"))).contains("ok\uFFFD");
      assertThat(library.text(new ContextFileName("absent.md"))).isEmpty();
    }
  }

  @Test
  void anEnabledStdioServer_createdOverTheApi_isListedAndCalled_andStoppedWithTheApplication() throws Exception {
    Files.writeString(allowed.resolve("inventory.txt"), "web-7 10.0.0.7\n");
    try (Application app = Application.start(AppConfig.fromEnvironment(env()))) {
      String token = login(app, PASSWORD);
      createServer(app, token, "files", true, List.of("-y", FILESYSTEM, allowed.toString()));
      createServer(app, token, "off", false, List.of("-y", FILESYSTEM, allowed.toString()));
      McpToolSource mcp = app.mcpToolSource();

      List<McpServerRef> servers = mcp.enabledServers();
      assertThat(servers).extracting(McpServerRef::namespacePrefix).containsExactly("files");
      assertThat(mcp.listTools(servers.get(0), Cancellation.NONE)).extracting(McpTool::name).contains("read_text_file");
      Object text = mcp.callTool(servers.get(0), "read_text_file",
          Map.of("path", allowed.resolve("inventory.txt").toString()), Duration.ofSeconds(60), Cancellation.NONE);

      assertThat(text).isEqualTo("web-7 10.0.0.7\n");
    }
  }

  private void createServer(Application app, String token, String name, boolean enabled, List<String> args)
      throws Exception {
    String body = "{\"name\":\"" + name + "\",\"transport\":\"stdio\",\"command\":\"npx\",\"args\":"
        + args.stream().map(a -> "\"" + a + "\"").toList() + ",\"env_vars\":{\"MCP_TEST_MARKER\":\"" + marker
        + "\"},\"namespace_prefix\":\"" + name + "\",\"enabled\":" + enabled + "}";
    HttpResponse<String> created = send(app, "POST", "/api/mcp-servers", token, body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
  }

  private static void upload(Application app, String token, String filename, String type, byte[] content)
      throws Exception {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
        + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(SystemTest.uri(app, "/api/context"))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
        .build();
    HttpResponse<String> created = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
  }

  /** A real two-page PDF: one line of text, then a page holding only an image. */
  private static byte[] pdf(String line) throws IOException {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage text = new PDPage();
      document.addPage(text);
      try (PDPageContentStream stream = new PDPageContentStream(document, text)) {
        stream.beginText();
        stream.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        stream.newLineAtOffset(72, 700);
        stream.showText(line);
        stream.endText();
      }
      PDPage picture = new PDPage();
      document.addPage(picture);
      try (PDPageContentStream stream = new PDPageContentStream(document, picture)) {
        stream.drawImage(LosslessFactory.createFromImage(document, new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB)),
            72, 400, 100, 100);
      }
      document.save(out);
      return out.toByteArray();
    }
  }

  private static String environ(long pid) {
    try {
      return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "environ")), StandardCharsets.UTF_8);
    } catch (IOException | SecurityException gone) {
      return "";
    }
  }
}
