package dev.akmatori.application.investigation.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RepeatGuardTest {
  @Test
  void threeIdenticalCallsRun_theFourthAndLaterAreRefused() {
    RepeatGuard guard = new RepeatGuard(3);

    assertThat(List.of(admit(guard), admit(guard), admit(guard), admit(guard), admit(guard)))
        .containsExactly(true, true, true, false, false);
  }

  @Test
  void argumentsCompareAsJsonValues_keyOrderAndNumberFormIgnored() {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("q", "disk");
    a.put("n", 1);
    a.put("nested", Map.of("x", List.of(1.0, 2)));
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("nested", Map.of("x", List.of(1L, BigInteger.valueOf(2))));
    b.put("n", 1.0);
    b.put("q", "disk");

    assertThat(CanonicalJson.of(a)).isEqualTo(CanonicalJson.of(b));
    assertThat(CanonicalJson.of(Map.of("n", 1))).isNotEqualTo(CanonicalJson.of(Map.of("n", "1")));
    assertThat(CanonicalJson.of(List.of(1, 2))).isNotEqualTo(CanonicalJson.of(List.of(2, 1)));
  }

  @Test
  void differentFunctionsOrArguments_areCountedApart() {
    RepeatGuard guard = new RepeatGuard(1);

    assertThat(guard.admit("get_runbook", Map.of("id", 1))).isTrue();
    assertThat(guard.admit("get_runbook", Map.of("id", 2))).isTrue();
    assertThat(guard.admit("read_skill", Map.of("id", 1))).isTrue();
    assertThat(guard.admit("get_runbook", Map.of("id", 1.0))).isFalse();
  }

  private static boolean admit(RepeatGuard guard) {
    return guard.admit("search_runbooks", Map.of("query", "disk"));
  }
}
