package dev.akmatori.adapter.llm.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.investigation.tool.ToolCallException;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class CallResultsTest {
  private static final UnaryOperator<String> MASK = s -> s.replace("sk-secret-1234", "****1234");

  private static McpSchema.CallToolResult result(Boolean isError, Object structured, McpSchema.Content... content) {
    return new McpSchema.CallToolResult(List.of(content), isError, structured, null);
  }

  private static McpSchema.TextContent text(String text) {
    return new McpSchema.TextContent(text);
  }

  @Test
  void aSingleTextContent_isUnwrappedToItsString() {
    assertThat(CallResults.toResult(result(false, null, text("Echo: hi")), MASK)).isEqualTo("Echo: hi");
  }

  @Test
  void aSingleTextContent_isUnwrappedEvenBesideStructuredContent_whichRepeatsIt() {
    Object out = CallResults.toResult(result(null, Map.of("temp", 21), text("{\"temp\":21}")), MASK);

    assertThat(out).isEqualTo("{\"temp\":21}");
  }

  @Test
  void severalContents_keepTheirShape_andBinaryDataBecomesItsSize() {
    String png = Base64.getEncoder().encodeToString(new byte[100]);
    McpSchema.ImageContent image = new McpSchema.ImageContent(null, png, "image/png");
    McpSchema.AudioContent audio = new McpSchema.AudioContent(null, Base64.getEncoder().encodeToString(new byte[7]), "audio/wav");

    Object out = CallResults.toResult(result(false, null, text("A tiny image:"), image, audio), MASK);

    assertThat(out).isEqualTo(Map.of("content", List.of(
        Map.of("type", "text", "text", "A tiny image:"),
        Map.of("type", "image", "mimeType", "image/png", "dataSize", 100L),
        Map.of("type", "audio", "mimeType", "audio/wav", "dataSize", 7L))));
    assertThat(out.toString()).doesNotContain(png);
  }

  @Test
  void resourceLinksAndEmbeddedResources_areDescribed_blobsBySize() {
    McpSchema.ResourceLink link = McpSchema.ResourceLink.builder()
        .uri("demo://resource/1").name("Resource 1").description("first").mimeType("text/plain").build();
    McpSchema.EmbeddedResource textResource = new McpSchema.EmbeddedResource(null,
        new McpSchema.TextResourceContents("demo://r/2", "text/plain", "hello"));
    McpSchema.EmbeddedResource blob = new McpSchema.EmbeddedResource(null,
        new McpSchema.BlobResourceContents("demo://r/3", "application/gzip", "AAAAAA=="));

    Object out = CallResults.toResult(result(false, null, link, textResource, blob), MASK);

    assertThat(out).isEqualTo(Map.of("content", List.of(
        Map.of("type", "resource_link", "uri", "demo://resource/1", "name", "Resource 1", "description", "first",
            "mimeType", "text/plain"),
        Map.of("type", "resource", "resource", Map.of("uri", "demo://r/2", "mimeType", "text/plain", "text", "hello")),
        Map.of("type", "resource", "resource", Map.of("uri", "demo://r/3", "mimeType", "application/gzip",
            "blobSize", 4L)))));
  }

  @Test
  void structuredContent_isAddedWhenPresent_andNoContentIsAnEmptyList() {
    Object out = CallResults.toResult(result(false, Map.of("rows", List.of(1, 2))), MASK);

    assertThat(out).isEqualTo(Map.of("content", List.of(), "structuredContent", Map.of("rows", List.of(1, 2))));
  }

  @Test
  void isError_isAToolError_withItsTexts() {
    assertThatThrownBy(() -> CallResults.toResult(result(true, null, text("Input validation error"), text("a: NaN")), MASK))
        .isInstanceOf(ToolCallException.class)
        .hasMessage("Input validation error\na: NaN");
    assertThatThrownBy(() -> CallResults.toResult(result(true, null), MASK))
        .isInstanceOf(ToolCallException.class)
        .hasMessage("the tool reported an error without a message");
  }

  @Test
  void theServersSecrets_areMaskedEverywhere() {
    Object single = CallResults.toResult(result(false, null, text("KEY=sk-secret-1234")), MASK);
    Object nested = CallResults.toResult(
        result(false, Map.of("env", Map.of("KEY", List.of("sk-secret-1234"))), text("a"), text("sk-secret-1234")), MASK);

    assertThat(single).isEqualTo("KEY=****1234");
    assertThat(nested.toString()).doesNotContain("sk-secret-1234").contains("****1234");
  }

  @Test
  void decodedSize_countsBytes_ignoringPaddingAndWhiteSpace() {
    assertThat(CallResults.decodedSize("TWFu")).isEqualTo(3);
    assertThat(CallResults.decodedSize("TWE=")).isEqualTo(2);
    assertThat(CallResults.decodedSize("TQ==\n")).isEqualTo(1);
    assertThat(CallResults.decodedSize("")).isZero();
    assertThat(CallResults.decodedSize(null)).isZero();
  }
}
