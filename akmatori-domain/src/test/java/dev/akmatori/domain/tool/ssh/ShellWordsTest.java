package dev.akmatori.domain.tool.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule 2's tokenizer: POSIX quoting, separators with or without blanks, input redirects dropped. */
class ShellWordsTest {

  private static List<List<String>> split(String text) {
    return ShellWords.split(text).stream().map(Segment::texts).toList();
  }

  @Test
  void blanksSeparateWords_andQuotesAreRemoved() {
    assertThat(split("grep  -r\t'a b' \"c \\\"d\\\" \\x\" e\\ f ''"))
        .containsExactly(List.of("grep", "-r", "a b", "c \"d\" \\x", "e f", ""));
  }

  @Test
  void separators_splitSegments_withOrWithoutBlanks() {
    assertThat(split("a;b|c&&d||e ; f | g && h || i"))
        .containsExactly(List.of("a"), List.of("b"), List.of("c"), List.of("d"), List.of("e"),
            List.of("f"), List.of("g"), List.of("h"), List.of("i"));
    assertThat(split("echo 'a;b|c&&d' \"e||f\" g\\;h"))
        .containsExactly(List.of("echo", "a;b|c&&d", "e||f", "g;h"));
  }

  @Test
  void assignments_areUnquotedNamesBeforeAnEqualsSign() {
    List<Word> words = ShellWords.split("FOO=1 B_2=\"a b\" 'C=3' D\\=4 9X=5 ls a=b").get(0).words();

    assertThat(words).extracting(Word::assignment).containsExactly(true, true, false, false, false, false, true);
    assertThat(words.get(1).text()).isEqualTo("B_2=a b");
  }

  @Test
  void inputRedirects_andTheirTargets_areDropped() {
    assertThat(split("wc -l < /var/log/syslog")).containsExactly(List.of("wc", "-l"));
    assertThat(split("<in cat 0<other <<<word x")).containsExactly(List.of("cat", "x"));
  }

  @Test
  void ansiCQuotes_decodeLikeBash() {
    assertThat(split("echo $'\\x72\\155 \\u00e9\\t\\'q\\'' $\"dq\"")).containsExactly(List.of("echo", "rm é\t'q'", "dq"));
  }

  @Test
  void unbalancedQuotes_andOutputRedirects_areRefused() {
    assertThatThrownBy(() -> split("echo 'a")).isInstanceOf(Refusal.class).hasMessage("unbalanced single quote");
    assertThatThrownBy(() -> split("echo \"a\\\"")).isInstanceOf(Refusal.class).hasMessage("unbalanced double quote");
    assertThatThrownBy(() -> split("echo a>b")).isInstanceOf(Refusal.class).hasMessage("output redirection '>' is not allowed");
    assertThat(split("echo 'a>b' \"c>d\" e\\>f")).containsExactly(List.of("echo", "a>b", "c>d", "e>f"));
  }
}
