package dev.akmatori.adapter.http.context;

import static dev.akmatori.adapter.http.testing.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.http.testing.MultipartBody;
import dev.akmatori.adapter.http.testing.RawHttp;
import dev.akmatori.adapter.http.testing.Reply;
import dev.akmatori.adapter.http.testing.TestApi;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code POST /api/context}: multipart upload, its checks in the order of contract §3.6, and §1.6. */
class ContextUploadTest {
  private static final String FORMAT =
      "invalid filename format: use only letters, numbers, dashes, underscores and one extension";
  private static final int MIB = 1024 * 1024;

  private final TestApi api = TestApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  private Reply upload(MultipartBody body) {
    return upload(body.bytes());
  }

  private Reply upload(byte[] body) {
    return api.send(
        api.request("/api/context")
            .POST(BodyPublishers.ofByteArray(body))
            .header("Content-Type", MultipartBody.CONTENT_TYPE));
  }

  private void assertValidation(Reply r, String field, String message) {
    assertError(r, 400, "validation_error", "Validation failed");
    assertThat(r.json().get("details").size()).as(r.toString()).isEqualTo(1);
    assertThat(r.json().get("details").get(field).asText()).isEqualTo(message);
  }

  private void assertNothingStored() {
    assertThat(api.contextFileBytes.names()).isEmpty();
    assertThat(api.contextFileBytes.pendingStages()).isZero();
    assertThat(api.get("/api/context").json()).isEmpty();
  }

  @Test
  void upload_answers201WithLocationAndTheContextFile_andStoresTheBytes() {
    Reply r =
        upload(
            new MultipartBody()
                .field("description", "Network overview")
                .file("arch.md", "text/markdown", "# Arch\nÜber".getBytes(StandardCharsets.UTF_8)));

    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    JsonNode body = r.json();
    assertThat(r.header("Location")).isEqualTo("/api/context/" + body.get("id").asLong());
    assertThat(body.get("filename").asText()).isEqualTo("arch.md");
    assertThat(body.get("original_name").asText()).isEqualTo("arch.md");
    assertThat(body.get("mime_type").asText()).isEqualTo("text/markdown");
    assertThat(body.get("size").asLong()).isEqualTo(12);
    assertThat(body.get("description").asText()).isEqualTo("Network overview");
    assertThat(body.get("created_at").asText()).isEqualTo("2026-05-06T09:30:12.481Z");
    assertThat(body.get("updated_at").asText()).isEqualTo("2026-05-06T09:30:12.481Z");
    assertThat(body.size()).isEqualTo(8);
    assertThat(api.contextFileBytes.content("arch.md")).isEqualTo("# Arch\nÜber".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theFilenamePart_namesTheStoredFile_theClientsNameIsKeptAsOriginalName() {
    Reply r =
        upload(new MultipartBody().file("C:\\docs\\Inventory 2026.csv", "a,b").field("filename", "inventory.csv"));

    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    assertThat(r.json().get("filename").asText()).isEqualTo("inventory.csv");
    assertThat(r.json().get("original_name").asText()).isEqualTo("C:\\docs\\Inventory 2026.csv");
    assertThat(r.json().get("mime_type").asText()).isEqualTo("text/csv");
    assertThat(r.json().get("description").asText()).isEmpty();
  }

  @Test
  void anOctetStreamOrMissingPartType_isReplacedByTheExtensionsType() {
    Reply octet = upload(new MultipartBody().file("run.sh", "application/octet-stream", new byte[] {'#', '!'}));
    Reply none = upload(new MultipartBody().file("tool.py", "print(1)"));

    assertThat(octet.json().get("mime_type").asText()).isEqualTo("application/x-sh");
    assertThat(none.json().get("mime_type").asText()).isEqualTo("text/x-python");
  }

  @Test
  void aBodyWithoutContentLength_isStreamedAndStored() {
    byte[] body = new MultipartBody().file("notes.txt", "chunked hello").bytes();

    Reply r =
        api.send(
            api.request("/api/context")
                .POST(TestApi.chunked(() -> new ByteArrayInputStream(body)))
                .header("Content-Type", MultipartBody.CONTENT_TYPE));

    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    assertThat(api.contextFileBytes.content("notes.txt")).isEqualTo("chunked hello".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aQuotedBoundaryParameter_isUnderstood() {
    Reply r =
        api.send(
            api.request("/api/context")
                .POST(new MultipartBody().file("q.txt", "quoted").publisher())
                .header("Content-Type", "Multipart/Form-Data; charset=utf-8; boundary=\"" + MultipartBody.BOUNDARY + "\""));

    assertThat(r.status()).as(r.toString()).isEqualTo(201);
  }

  @Test
  void aFileOfExactlyTenMebibytes_isAccepted() {
    Reply r = api.send(streamed("big.log", 10L * MIB, true));

    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    assertThat(r.json().get("size").asLong()).isEqualTo(10_485_760L);
  }

  @Test
  void notMultipart_is415() {
    Reply json = api.post("/api/context", "{\"file\":\"x\"}");
    Reply text =
        api.send(api.request("/api/context").POST(BodyPublishers.ofString("x")).header("Content-Type", "text/plain"));
    Reply none = api.send(api.request("/api/context").POST(BodyPublishers.ofString("x")));

    assertError(json, 415, "unsupported_media_type", "Content-Type must be multipart/form-data");
    assertError(text, 415, "unsupported_media_type", "Content-Type must be multipart/form-data");
    assertError(none, 415, "unsupported_media_type", "Content-Type must be multipart/form-data");
  }

  @Test
  void check1_aBodyThatIsNotValidMultipart_isABadRequest() {
    byte[] brokenOff = new MultipartBody().file("a.md", "x").unterminated();
    Reply noBoundary =
        api.send(
            api.request("/api/context")
                .POST(BodyPublishers.ofString("x"))
                .header("Content-Type", "multipart/form-data"));

    assertError(upload(brokenOff), 400, "bad_request", "Failed to parse multipart form");
    assertError(upload("just some text".getBytes(StandardCharsets.UTF_8)), 400, "bad_request", "Failed to parse multipart form");
    assertError(upload(new byte[0]), 400, "bad_request", "Failed to parse multipart form");
    assertError(noBoundary, 400, "bad_request", "Failed to parse multipart form");
    assertNothingStored();
  }

  @Test
  void check2_withoutAFilePart_fileIsRequired() {
    assertValidation(upload(new MultipartBody().field("filename", "a.md")), "file", "is required");
    assertValidation(upload(new MultipartBody()), "file", "is required");
  }

  @Test
  void check3_noStoredName_filenameIsRequired() {
    assertValidation(upload(new MultipartBody().file(null, "x")), "filename", "is required");
    assertValidation(upload(new MultipartBody().file("", "x").field("filename", "")), "filename", "is required");
  }

  @Test
  void check4to6_theNameRules_applyToTheClientsOwnName() {
    assertValidation(upload(new MultipartBody().file("a".repeat(256) + ".md", "x")), "filename", "must be at most 255 characters");
    assertValidation(upload(new MultipartBody().file("C:\\docs\\a.md", "x")), "filename", FORMAT);
    assertValidation(upload(new MultipartBody().file("../../etc/passwd.md", "x")), "filename", FORMAT);
    assertValidation(upload(new MultipartBody().file("a.md", "x").field("filename", "a b.md")), "filename", FORMAT);
    assertValidation(upload(new MultipartBody().file("page.HTML", "x")), "filename", "file type '.html' not allowed");
    assertNothingStored();
  }

  @Test
  void check7_aTakenName_isAConflict_inTheDatabaseOrOnlyOnDisk() {
    assertThat(upload(new MultipartBody().file("a.md", "first")).status()).isEqualTo(201);
    api.contextFileBytes.put("b.md", new byte[] {1});

    assertError(upload(new MultipartBody().file("a.md", "second")), 409, "conflict", "File 'a.md' already exists");
    assertError(upload(new MultipartBody().file("b.md", "second")), 409, "conflict", "File 'b.md' already exists");
    assertThat(api.contextFileBytes.content("a.md")).isEqualTo("first".getBytes(StandardCharsets.UTF_8));
    assertThat(api.contextFileBytes.pendingStages()).isZero();
  }

  @Test
  void check8_aFileOneBytePastTenMebibytes_is413_andNoPartialFileRemains() {
    Reply r = api.send(streamed("big.md", 10L * MIB + 1, true));

    assertError(r, 413, "payload_too_large", "File exceeds maximum size of 10485760 bytes");
    assertNothingStored();
  }

  @Test
  void theSizeCheckComesLast_aBadNameOrATakenNameWinsOverAnOversizedFile() {
    api.contextFileBytes.put("taken.md", new byte[] {1});

    Reply badName = api.send(streamed("bad name.md", 10L * MIB + 1, true));
    Reply taken = api.send(streamed("taken.md", 10L * MIB + 1, true));

    assertValidation(badName, "filename", FORMAT);
    assertError(taken, 409, "conflict", "File 'taken.md' already exists");
  }

  @Test
  void anOversizedFileStreamedInChunks_is413_andNoFileRemains() {
    Reply r = api.send(streamed("huge.md", 12L * MIB, false));

    assertError(r, 413, "payload_too_large", "File exceeds maximum size of 10485760 bytes");
    assertNothingStored();
  }

  @Test
  void aDeclaredLengthOneBytePastTheUploadLimit_is413BeforeAnyOtherCheck_evenTheMediaType() {
    byte[] justOver = new byte[(int) ContextFileEndpoints.MAX_UPLOAD_BYTES + 1];

    Reply r =
        api.send(
            api.request("/api/context").POST(BodyPublishers.ofByteArray(justOver)).header("Content-Type", "text/plain"));

    assertError(r, 413, "payload_too_large", "Request body exceeds maximum size of 10551296 bytes");
  }

  @Test
  void aHugeDeclaredLength_is413BeforeTheBodyArrives() throws IOException {
    Reply r =
        RawHttp.send(
            api.port(),
            "POST /api/context HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + api.tokens.valid()
                + "\r\nContent-Type: "
                + MultipartBody.CONTENT_TYPE
                + "\r\nContent-Length: 999999999");

    assertError(r, 413, "payload_too_large", "Request body exceeds maximum size of 10551296 bytes");
  }

  @Test
  void aStrangerWithAnOversizedUpload_gets401NotA413() throws IOException {
    Reply r = RawHttp.send(api.port(), "POST /api/context HTTP/1.1\r\nHost: localhost\r\nContent-Length: 99999999");

    assertError(r, 401, "unauthorized", "Missing authentication token");
  }

  @Test
  void theLargerLimitBelongsToTheUploadRouteAlone() {
    byte[] twoMiB = new byte[2 * MIB];

    Reply validate =
        api.send(api.request("/api/context/validate").POST(BodyPublishers.ofByteArray(twoMiB)));

    assertError(validate, 413, "payload_too_large", "Request body exceeds maximum size of 1048576 bytes");
  }

  /** One {@code file} part of {@code size} bytes, streamed, with or without a Content-Length. */
  private HttpRequest.Builder streamed(String name, long size, boolean declareLength) {
    HttpRequest.BodyPublisher chunked = TestApi.chunked(() -> MultipartBody.streamedFile(name, size));
    HttpRequest.BodyPublisher body =
        declareLength ? BodyPublishers.fromPublisher(chunked, MultipartBody.streamedLength(name, size)) : chunked;
    return api.request("/api/context").POST(body).header("Content-Type", MultipartBody.CONTENT_TYPE);
  }
}
