package dev.akmatori.application.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.domain.context.ContextFileId;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ExtractedTextsTest {
  private final AtomicInteger extractions = new AtomicInteger();
  private final ExtractedTexts texts = new ExtractedTexts(10);

  private String extract(String text) {
    extractions.incrementAndGet();
    return text;
  }

  @Test
  void aCachedText_isNotExtractedAgain() {
    texts.get(new ContextFileId(1), () -> extract("abc"));
    String again = texts.get(new ContextFileId(1), () -> extract("other"));

    assertThat(again).isEqualTo("abc");
    assertThat(extractions).hasValue(1);
  }

  @Test
  void pastTheBound_theLeastRecentlyUsedTextsAreDropped() {
    texts.get(new ContextFileId(1), () -> extract("aaaa"));
    texts.get(new ContextFileId(2), () -> extract("bbbb"));
    texts.get(new ContextFileId(1), () -> extract("never"));
    texts.get(new ContextFileId(3), () -> extract("cccc"));

    assertThat(texts.size()).isEqualTo(2);
    assertThat(texts.get(new ContextFileId(1), () -> extract("fresh"))).isEqualTo("aaaa");
    assertThat(texts.get(new ContextFileId(2), () -> extract("fresh"))).isEqualTo("fresh");
  }

  @Test
  void aTextLargerThanTheBound_isAnsweredButNotKept() {
    assertThat(texts.get(new ContextFileId(1), () -> extract("0123456789ABC"))).isEqualTo("0123456789ABC");
    assertThat(texts.size()).isZero();
  }
}
