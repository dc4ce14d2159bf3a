package dev.akmatori.adapter.llm.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class LineReaderTest {
  @Test
  void linesEndAtLfOrCrLf_andALastUnterminatedLineIsKept() throws IOException {
    LineReader lines = new LineReader(new StringReader("{\"a\":1}\r\n\n{\"b\":2}\n{\"c\""), 100);

    assertThat(lines.next()).isEqualTo("{\"a\":1}");
    assertThat(lines.next()).isEmpty();
    assertThat(lines.next()).isEqualTo("{\"b\":2}");
    assertThat(lines.next()).isEqualTo("{\"c\"");
    assertThat(lines.next()).isNull();
  }

  @Test
  void aLineLongerThanTheCap_fails_insteadOfFillingMemory() {
    LineReader lines = new LineReader(new StringReader("x".repeat(11) + "\n"), 10);

    assertThatThrownBy(lines::next).isInstanceOf(LineReader.LineTooLongException.class)
        .hasMessage("a message exceeds 10 characters");
  }
}
