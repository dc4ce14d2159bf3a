package dev.akmatori.adapter.llm.tool.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.adapter.llm.json.JacksonJsonCodec;
import dev.akmatori.adapter.llm.tool.sql.ResultTable.Column;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultTableTest {
  private final List<Column> columns = List.of(new Column("id", "int4"), new Column("note", "text"));

  @Test
  void theResult_isColumnsRowsRowCountAndTruncated_inThatOrder_withNullsKept() {
    ResultTable table = ResultTable.limited(columns, List.of(List.of(1L, "a"), Arrays.asList(2L, null)), 5);

    assertThat(new JacksonJsonCodec().write(table.toResult())).isEqualTo(
        "{\"columns\":[{\"name\":\"id\",\"type\":\"int4\"},{\"name\":\"note\",\"type\":\"text\"}],"
            + "\"rows\":[[1,\"a\"],[2,null]],\"row_count\":2,\"truncated\":false}");
  }

  @Test
  void oneRowMoreThanTheLimit_isCutAndMarkedTruncated() {
    ResultTable table = ResultTable.limited(columns, List.of(List.of(1L, "a"), List.of(2L, "b"), List.of(3L, "c")), 2);

    assertThat(table.truncated()).isTrue();
    assertThat(table.column("id")).containsExactly(1L, 2L);
  }
}
