package dev.akmatori.domain.shared;

import java.util.List;
import java.util.function.Function;

/** One page of results with the total count of rows matching the same filters. */
public record Page<T>(List<T> items, long total, PageRequest request) {
  public Page {
    items = List.copyOf(items);
    if (total < 0) {
      throw new IllegalArgumentException("total must not be negative");
    }
  }

  /** {@code ceil(total / perPage)}; 0 when there is nothing. */
  public long totalPages() {
    return total == 0 ? 0 : (total + request.perPage() - 1) / request.perPage();
  }

  public <R> Page<R> map(Function<? super T, ? extends R> f) {
    return new Page<>(items.stream().<R>map(f).toList(), total, request);
  }

  /** Cuts one page out of a complete, already ordered list. */
  public static <T> Page<T> slice(List<T> all, PageRequest request) {
    long from = Math.min(request.offset(), all.size());
    long to = Math.min(from + request.perPage(), all.size());
    return new Page<>(all.subList((int) from, (int) to), all.size(), request);
  }
}
