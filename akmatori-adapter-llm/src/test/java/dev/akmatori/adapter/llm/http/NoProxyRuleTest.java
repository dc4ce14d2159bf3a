package dev.akmatori.adapter.llm.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoProxyRuleTest {
  @Test
  void aHostEntry_bypassesExactlyThatHost_caseInsensitively() {
    NoProxyRule rule = NoProxyRule.parse("localhost, vllm.internal");

    assertThat(rule.bypasses("localhost")).isTrue();
    assertThat(rule.bypasses("VLLM.internal")).isTrue();
    assertThat(rule.bypasses("api.openai.com")).isFalse();
    assertThat(rule.bypasses("gpu.vllm.internal")).isFalse();
  }

  @Test
  void aDotDomainEntry_bypassesItsSubdomainsAndTheDomainItself() {
    NoProxyRule rule = NoProxyRule.parse(".corp");

    assertThat(rule.bypasses("llm-gw.corp")).isTrue();
    assertThat(rule.bypasses("a.b.corp")).isTrue();
    assertThat(rule.bypasses("corp")).isTrue();
    assertThat(rule.bypasses("notcorp")).isFalse();
    assertThat(rule.bypasses("corp.example.com")).isFalse();
  }

  @Test
  void aStarDotDomainEntry_readsLikeADotDomain() {
    assertThat(NoProxyRule.parse("*.corp").bypasses("llm-gw.corp")).isTrue();
  }

  @Test
  void aStar_bypassesEveryHost() {
    assertThat(NoProxyRule.parse("localhost,*").bypasses("api.openai.com")).isTrue();
  }

  @Test
  void emptyEntriesAndBlankLists_bypassNothing() {
    assertThat(NoProxyRule.parse(" , ,").bypasses("api.openai.com")).isFalse();
    assertThat(NoProxyRule.parse("").bypasses("localhost")).isFalse();
    assertThat(NoProxyRule.parse(null).bypasses("localhost")).isFalse();
  }

  @Test
  void ipLiterals_matchAsHosts_withOrWithoutIpv6Brackets() {
    NoProxyRule rule = NoProxyRule.parse("127.0.0.1,[::1]");

    assertThat(rule.bypasses("127.0.0.1")).isTrue();
    assertThat(rule.bypasses("::1")).isTrue();
    assertThat(rule.bypasses("[::1]")).isTrue();
    assertThat(rule.bypasses("127.0.0.2")).isFalse();
  }
}
