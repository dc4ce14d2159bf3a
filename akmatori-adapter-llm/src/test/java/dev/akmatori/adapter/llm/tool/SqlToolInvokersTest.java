package dev.akmatori.adapter.llm.tool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.adapter.llm.tool.clickhouse.ClickHouseToolInvoker;
import dev.akmatori.adapter.llm.tool.postgresql.PostgresqlToolInvoker;
import dev.akmatori.application.investigation.tool.ToolInvoker;
import dev.akmatori.application.investigation.tool.ToolInvokers;
import dev.akmatori.domain.tool.BuiltinToolTypes;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SqlToolInvokersTest {
  @Test
  void theFactory_namesAnInvokerForEachSqlBuiltinType_thatTheGatewayFinds() {
    Map<String, ToolInvoker> invokers = SqlToolInvokers.create();
    ToolInvokers gateway = new ToolInvokers(invokers, ToolInvokers.none().httpConnectors());

    assertThat(invokers.keySet()).containsExactlyInAnyOrder("postgresql", "clickhouse");
    assertThat(BuiltinToolTypes.names()).containsAll(invokers.keySet());
    assertThat(gateway.forType(BuiltinToolTypes.byName("postgresql").orElseThrow()))
        .containsInstanceOf(PostgresqlToolInvoker.class);
    assertThat(gateway.forType(BuiltinToolTypes.byName("clickhouse").orElseThrow()))
        .containsInstanceOf(ClickHouseToolInvoker.class);
  }
}
