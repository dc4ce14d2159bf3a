package dev.akmatori.adapter.http.context;

import static dev.akmatori.adapter.http.testing.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.adapter.http.testing.MultipartBody;
import dev.akmatori.adapter.http.testing.Reply;
import dev.akmatori.adapter.http.testing.TestApi;
import dev.akmatori.domain.context.ContextFileName;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code GET /api/context/{id}/download}: raw bytes, headers, ranges and {@code ?token=} (§1.2, §3.6). */
class ContextDownloadTest {
  private static final String TEXT = "0123456789abcdefghij";

  private final TestApi api = TestApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  private long upload(String name, String contentType, byte[] content) {
    Reply r =
        api.send(
            api.request("/api/context")
                .POST(new MultipartBody().file(name, contentType, content).publisher())
                .header("Content-Type", MultipartBody.CONTENT_TYPE));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private long uploadText() {
    return upload("digits.txt", "text/plain", TEXT.getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<byte[]> download(long id, String... headers) {
    HttpRequest.Builder request = api.request("/api/context/" + id + "/download");
    return api.fetch(headers.length == 0 ? request : request.headers(headers));
  }

  private static String header(HttpResponse<?> r, String name) {
    return r.headers().firstValue(name).orElse(null);
  }

  private static String text(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  @Test
  void download_sendsTheRawBytesWithTheContractsHeaders() {
    byte[] binary = new byte[3000];
    Arrays.fill(binary, (byte) 0xC3);
    long id = upload("manual.pdf", "application/pdf", binary);

    HttpResponse<byte[]> r = download(id);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo(binary);
    assertThat(header(r, "Content-Type")).isEqualTo("application/pdf");
    assertThat(header(r, "Content-Length")).isEqualTo("3000");
    assertThat(header(r, "X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(header(r, "Content-Disposition")).isEqualTo("attachment; filename=\"manual.pdf\"");
    assertThat(header(r, "Accept-Ranges")).isEqualTo("bytes");
    assertThat(header(r, "Content-Range")).isNull();
  }

  @Test
  void aStoredTypeThatIsNotTheExtensionsType_isServedAsOctetStream() {
    long html = upload("page.txt", "text/html", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
    long charset = upload("notes.md", "Text/Markdown; charset=utf-8", "# x".getBytes(StandardCharsets.UTF_8));

    assertThat(header(download(html), "Content-Type")).isEqualTo("application/octet-stream");
    assertThat(header(download(charset), "Content-Type")).isEqualTo("Text/Markdown; charset=utf-8");
  }

  @Test
  void downloads_areNeverCompressed_soLengthsCountTheStoredBytes() {
    long id = upload("big.log", "text/plain", "line\n".repeat(10_000).getBytes(StandardCharsets.UTF_8));

    HttpResponse<byte[]> r = download(id, "Accept-Encoding", "gzip");

    assertThat(header(r, "Content-Encoding")).isNull();
    assertThat(header(r, "Content-Length")).isEqualTo("50000");
    assertThat(r.body()).hasSize(50_000);
  }

  @Test
  void anEmptyFile_downloadsAsZeroBytes() {
    long id = upload("empty.txt", "text/plain", new byte[0]);

    HttpResponse<byte[]> r = download(id);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(header(r, "Content-Length")).isEqualTo("0");
    assertThat(r.body()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "bytes=0-3, 0-3, 0123",
    "bytes=10-, 10-19, abcdefghij",
    "bytes=-5, 15-19, fghij",
    "bytes=18-1000, 18-19, ij",
    "bytes=-100, 0-19, 0123456789abcdefghij",
    "BYTES = 5 - 5, 5-5, 5"
  })
  void aSingleRange_is206WithContentRange(String range, String span, String body) {
    HttpResponse<byte[]> r = download(uploadText(), "Range", range);

    assertThat(r.statusCode()).isEqualTo(206);
    assertThat(header(r, "Content-Range")).isEqualTo("bytes " + span + "/20");
    assertThat(header(r, "Content-Length")).isEqualTo(String.valueOf(body.length()));
    assertThat(text(r)).isEqualTo(body);
    assertThat(header(r, "Content-Disposition")).isEqualTo("attachment; filename=\"digits.txt\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bytes=20-", "bytes=25-30", "bytes=-0", "bytes=99999999999999999999999-"})
  void anUnsatisfiableRange_is416WithTheSize(String range) {
    long id = uploadText();

    Reply r = api.send(api.request("/api/context/" + id + "/download").header("Range", range));

    assertError(r, 416, "range_not_satisfiable", "Range not satisfiable");
    assertThat(r.header("Content-Range")).isEqualTo("bytes */20");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bytes=0-1,4-5", "items=0-3", "bytes=5-2", "bytes=abc", "bytes=-", "nonsense"})
  void rangesThisServerDoesNotHonour_areIgnored_andTheWholeFileIsSent(String range) {
    HttpResponse<byte[]> r = download(uploadText(), "Range", range);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(text(r)).isEqualTo(TEXT);
    assertThat(header(r, "Content-Range")).isNull();
  }

  @Test
  void anIfRange_cannotMatch_soTheWholeFileIsSent() {
    HttpResponse<byte[]> r = download(uploadText(), "Range", "bytes=0-3", "If-Range", "\"some-etag\"");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(text(r)).isEqualTo(TEXT);
  }

  @Test
  void aTokenInTheQuery_authenticatesTheDownload() {
    long id = uploadText();

    HttpResponse<byte[]> r = api.fetch(api.anonymous("/api/context/" + id + "/download?token=" + api.tokens.valid()));

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(text(r)).isEqualTo(TEXT);
  }

  @Test
  void aBadTokenInTheQuery_is401_andTheQueryTokenCountsNowhereElse() {
    long id = uploadText();

    Reply expired = api.send(api.anonymous("/api/context/" + id + "/download?token=" + api.tokens.expired()));
    Reply metadata = api.send(api.anonymous("/api/context/" + id + "?token=" + api.tokens.valid()));

    assertError(expired, 401, "unauthorized", "Invalid or expired token");
    assertError(metadata, 401, "unauthorized", "Missing authentication token");
  }

  @Test
  void anUnknownId_orARecordWhoseFileIsGone_is404() {
    long id = uploadText();
    api.contextFileBytes.delete(new ContextFileName("digits.txt"));

    assertError(api.get("/api/context/999/download"), 404, "not_found", "File not found");
    assertError(api.get("/api/context/" + id + "/download"), 404, "not_found", "File not found");
  }
}
