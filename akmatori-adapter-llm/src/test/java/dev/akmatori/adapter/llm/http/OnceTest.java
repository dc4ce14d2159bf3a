package dev.akmatori.adapter.llm.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OnceTest {
  @Test
  void buildsNothingUntilAsked_thenTheSameValueEveryTime() {
    AtomicInteger builds = new AtomicInteger();
    Once<Object> once = new Once<>(() -> {
      builds.incrementAndGet();
      return new Object();
    });
    assertThat(builds).hasValue(0);

    Object first = once.get();

    assertThat(once.get()).isSameAs(first);
    assertThat(builds).hasValue(1);
  }

  @Test
  void aFactoryThatFails_isTriedAgainOnTheNextCall() {
    AtomicInteger calls = new AtomicInteger();
    Once<String> once = new Once<>(() -> {
      if (calls.incrementAndGet() == 1) {
        throw new IllegalStateException("not yet");
      }
      return "built";
    });

    assertThatThrownBy(once::get).hasMessage("not yet");
    assertThat(once.get()).isEqualTo("built");
  }

  @Test
  void theProductionTransports_handOutOneSharedClient() {
    ModelTransports transports = new ModelTransports();

    assertThat(transports.sharedClient()).isSameAs(transports.sharedClient());
  }
}
