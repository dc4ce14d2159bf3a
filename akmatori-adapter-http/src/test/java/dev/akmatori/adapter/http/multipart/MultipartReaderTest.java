package dev.akmatori.adapter.http.multipart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.adapter.http.testing.MultipartBody;
import dev.akmatori.application.context.FormPart;
import dev.akmatori.domain.shared.BadRequestException;
import dev.akmatori.domain.shared.TooLargeException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pull reader over Jetty's multipart parser, fed byte by byte and in odd chunk sizes. */
class MultipartReaderTest {
  private static final String TRICKY =
      "line\r\n--" + MultipartBody.BOUNDARY.substring(0, 10) + "\r\n\r--\r\n-- not a boundary\r";

  private static MultipartReader reader(byte[] body, int chunk, long maxBytes) {
    return new MultipartReader(new Trickle(body, chunk), MultipartBody.BOUNDARY, maxBytes);
  }

  private static String text(FormPart part) throws IOException {
    return new String(part.content().readAllBytes(), StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 7, 64, 16 * 1024})
  void partsArriveInOrder_withTheirHeaders_andContentIsExact_whateverTheChunking(int chunk) throws IOException {
    byte[] binary = new byte[70_000];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i * 31);
    }
    byte[] body =
        new MultipartBody()
            .field("filename", "a.md")
            .file("C:\\docs\\a.md", "text/markdown; charset=utf-8", TRICKY.getBytes(StandardCharsets.UTF_8))
            .part("blob", "b.bin", null, binary)
            .field("empty", "")
            .bytes();
    MultipartReader reader = reader(body, chunk, Long.MAX_VALUE);

    FormPart name = reader.next().orElseThrow();
    assertThat(name.name()).isEqualTo("filename");
    assertThat(name.filename()).isNull();
    assertThat(name.contentType()).isNull();
    assertThat(text(name)).isEqualTo("a.md");
    FormPart file = reader.next().orElseThrow();
    assertThat(file.filename()).isEqualTo("C:\\docs\\a.md");
    assertThat(file.contentType()).isEqualTo("text/markdown; charset=utf-8");
    assertThat(text(file)).isEqualTo(TRICKY);
    assertThat(reader.next().orElseThrow().content().readAllBytes()).isEqualTo(binary);
    assertThat(text(reader.next().orElseThrow())).isEmpty();
    assertThat(reader.next()).isEmpty();
    assertThat(reader.next()).isEmpty();
  }

  @Test
  void whatACallerLeavesUnread_isSkippedByNext() throws IOException {
    byte[] body = new MultipartBody().file("big.txt", "x".repeat(100_000)).field("description", "after").bytes();
    MultipartReader reader = reader(body, 1000, Long.MAX_VALUE);

    FormPart file = reader.next().orElseThrow();
    assertThat(file.content().read(new byte[10])).isEqualTo(10);
    FormPart description = reader.next().orElseThrow();

    assertThat(description.name()).isEqualTo("description");
    assertThat(text(description)).isEqualTo("after");
    assertThat(file.content().read()).isEqualTo(-1);
  }

  @Test
  void aPreambleAndAnEpilogue_areIgnored() throws IOException {
    String body =
        "This is a preamble.\r\n" + new String(new MultipartBody().field("a", "1").bytes(), StandardCharsets.UTF_8) + "epilogue";
    MultipartReader reader = reader(body.getBytes(StandardCharsets.UTF_8), 5, Long.MAX_VALUE);

    assertThat(text(reader.next().orElseThrow())).isEqualTo("1");
    assertThat(reader.next()).isEmpty();
  }

  @Test
  void everyByteCountsAgainstTheLimit_andPassingItIsTooLarge() {
    byte[] body = new MultipartBody().file("a.txt", "x".repeat(5_000)).bytes();
    MultipartReader reader = reader(body, 512, 4_000);

    FormPart file = reader.next().orElseThrow();

    assertThatThrownBy(() -> file.content().readAllBytes())
        .isInstanceOf(TooLargeException.class)
        .hasMessage("Request body exceeds maximum size of 4000 bytes");
  }

  @Test
  void aBodyThatBreaksOff_failsToParse_whereverItIsRead() {
    byte[] whole = new MultipartBody().file("a.txt", "x".repeat(1_000)).bytes();
    byte[] cut = Arrays.copyOf(whole, 600);

    MultipartReader inContent = reader(cut, 100, Long.MAX_VALUE);
    FormPart file = inContent.next().orElseThrow();
    assertThatThrownBy(() -> file.content().readAllBytes())
        .isInstanceOf(BadRequestException.class)
        .hasMessage("Failed to parse multipart form");

    MultipartReader afterLastPart = reader(new MultipartBody().field("a", "1").unterminated(), 100, Long.MAX_VALUE);
    afterLastPart.next().orElseThrow();
    assertThatThrownBy(afterLastPart::next).isInstanceOf(BadRequestException.class);
  }

  @Test
  void garbage_andTooManyParts_failToParse() {
    MultipartBody many = new MultipartBody();
    for (int i = 0; i < 100; i++) {
      many.field("f" + i, "v");
    }
    MultipartReader manyParts = reader(many.bytes(), 4096, Long.MAX_VALUE);

    assertThatThrownBy(() -> reader("no boundary here".getBytes(StandardCharsets.UTF_8), 4, 1000).next())
        .isInstanceOf(BadRequestException.class);
    assertThatThrownBy(
            () -> {
              while (manyParts.next().isPresent()) {
                // read them all
              }
            })
        .isInstanceOf(BadRequestException.class);
  }

  /** Hands out at most {@code chunk} bytes per read, as a slow network would. */
  private static final class Trickle extends InputStream {
    private final ByteArrayInputStream in;
    private final int chunk;

    Trickle(byte[] bytes, int chunk) {
      this.in = new ByteArrayInputStream(bytes);
      this.chunk = chunk;
    }

    @Override
    public int read() {
      return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) {
      return in.read(b, off, Math.min(len, chunk));
    }
  }
}
