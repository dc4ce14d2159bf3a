package dev.akmatori.adapter.persistence;

import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * Runs a paged list as a COUNT plus an ordered SELECT with the same bindings. {@link
 * PageRequest#ALL} omits LIMIT entirely (its {@code Integer.MAX_VALUE} is no portable limit).
 */
final class Paging {
  private Paging() {}

  static <T> Page<T> fetch(
      Handle handle,
      String countSql,
      String selectSql,
      Consumer<Query> binds,
      RowMapper<T> mapper,
      PageRequest page) {
    Query count = handle.createQuery(countSql);
    binds.accept(count);
    long total = count.mapTo(Long.class).one();
    if (total == 0 || page.offset() >= total) {
      return new Page<>(List.of(), total, page);
    }
    Query select = handle.createQuery(page.isAll() ? selectSql : selectSql + "\nLIMIT :limit OFFSET :offset");
    binds.accept(select);
    if (!page.isAll()) {
      select.bind("limit", page.perPage()).bind("offset", page.offset());
    }
    return new Page<>(select.map(mapper).list(), total, page);
  }
}
