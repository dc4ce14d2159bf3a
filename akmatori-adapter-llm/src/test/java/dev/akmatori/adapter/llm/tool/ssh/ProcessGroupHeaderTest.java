package dev.akmatori.adapter.llm.tool.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The header line is taken out of stderr and nothing else is touched. */
class ProcessGroupHeaderTest {
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private final ProcessGroupHeader header = new ProcessGroupHeader(stderr);

  /** The marker of this header, read back from the command it wraps. */
  private String marker() {
    Matcher m = Pattern.compile("echo (akmatori-pgid-[0-9a-f]{32}) ").matcher(header.wrap("true"));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private void write(String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i += 3) { // in odd pieces, as a network delivers them
      header.write(bytes, i, Math.min(3, bytes.length - i));
    }
  }

  @Test
  void wrapping_putsTheHeaderBeforeTheUsersCommand_unchanged() {
    assertThat(header.wrap("grep -c 'a;b' /etc/hosts")).matches(
        "sh -c 'echo akmatori-pgid-[0-9a-f]{32} \\$PPID >&2'; grep -c 'a;b' /etc/hosts");
  }

  @Test
  void theHeaderLine_isRemoved_andItsPidKept_whileLinesAroundItPassUnchanged() throws IOException {
    write("from .bashrc\n" + marker() + " 4242\nthe command's own error\nno newline at the end");
    header.giveUp();

    assertThat(header.pgid()).hasValue(4242);
    assertThat(stderr.toString(StandardCharsets.UTF_8))
        .isEqualTo("from .bashrc\nthe command's own error\nno newline at the end");
  }

  @Test
  void group1_isNeverKept_soATimeoutCannotKillEveryProcess() throws Exception {
    write(marker() + " 1\nrest\n");

    assertThat(header.awaitPgid(java.time.Duration.ofSeconds(5))).isEmpty();
    assertThat(stderr.toString(StandardCharsets.UTF_8)).isEqualTo("rest\n");
  }

  @Test
  void aLineWithAnotherNonce_isOutputLikeAnyOther() throws IOException {
    String forged = "akmatori-pgid-" + "0".repeat(32) + " 1\n";
    write(forged);
    header.giveUp();

    assertThat(header.pgid()).isEmpty();
    assertThat(stderr.toString(StandardCharsets.UTF_8)).isEqualTo(forged);
  }

  @Test
  void withoutAHeader_everyByteIsPassedOn_andTheWaitEndsOnceScanningGaveUp() throws Exception {
    byte[] notUtf8 = {'a', (byte) 0xff, '\n', 'b'};
    header.write(notUtf8, 0, notUtf8.length);
    header.giveUp();

    assertThat(stderr.toByteArray()).isEqualTo(notUtf8);
    assertThat(header.awaitPgid(Duration.ofDays(1))).isEmpty();
  }

  @Test
  void pastTheScanLimit_outputIsNoLongerHeldBack() throws IOException {
    String flood = "x".repeat(ProcessGroupHeader.SCAN_LIMIT + 10);
    write(flood);

    assertThat(stderr.toString(StandardCharsets.UTF_8)).isEqualTo(flood);
  }
}
