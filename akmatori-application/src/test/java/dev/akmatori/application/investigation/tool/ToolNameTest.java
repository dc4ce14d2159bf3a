package dev.akmatori.application.investigation.tool;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToolNameTest {
  @Test
  void aName_isSplitAtItsFirstDot() {
    assertThat(ToolName.parse("github.repos.list")).contains(new ToolName("github", "repos.list"));
    assertThat(ToolName.parse("zabbix.get_hosts")).contains(new ToolName("zabbix", "get_hosts"));
  }

  @Test
  void aNameWithoutTwoNonEmptyParts_doesNotParse() {
    assertThat(ToolName.parse("zabbix")).isEmpty();
    assertThat(ToolName.parse(".get_hosts")).isEmpty();
    assertThat(ToolName.parse("zabbix.")).isEmpty();
    assertThat(ToolName.parse(null)).isEmpty();
  }
}
