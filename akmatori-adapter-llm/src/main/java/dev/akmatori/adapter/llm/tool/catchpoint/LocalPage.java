package dev.akmatori.adapter.llm.tool.catchpoint;

import dev.akmatori.adapter.llm.tool.integration.Arguments;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code page_number} / {@code page_size} applied to a reply's list by Akmatori, for the endpoints
 * whose published parameters have no paging ({@code /v2/tests/explorer/raw}, {@code
 * /v2/iw/outages}): sending {@code pageNumber}/{@code pageSize} there would be ignored and the
 * model would believe it saw one page of a longer list. A page is 1-based; {@code page_size}
 * defaults to 100 when only {@code page_number} is given.
 */
record LocalPage(long number, long size) {
  static final long DEFAULT_SIZE = 100;

  /** The page the arguments ask for, checked before anything is sent; empty when neither is given. */
  static Optional<LocalPage> of(Arguments args) {
    Optional<Long> number = args.integer("page_number");
    Optional<Long> size = args.integer("page_size");
    if (number.isEmpty() && size.isEmpty()) {
      return Optional.empty();
    }
    number.filter(n -> n < 1).ifPresent(n -> {
      throw Arguments.invalid("page_number", "must be at least 1");
    });
    size.filter(n -> n < 1).ifPresent(n -> {
      throw Arguments.invalid("page_size", "must be at least 1");
    });
    return Optional.of(new LocalPage(number.orElse(1L), size.orElse(DEFAULT_SIZE)));
  }

  /** Whether the {@code index}-th (0-based) element of the whole list is on this page. */
  boolean contains(long index) {
    // index / size is the page (0-based) the element is on; no product, so a huge page cannot overflow.
    return index >= 0 && index / size == number - 1;
  }

  /** {@code {"page_number", "page_size", "total_items", "paged_by": "akmatori"}} for the result. */
  Map<String, Object> describe(long total) {
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("page_number", number);
    page.put("page_size", size);
    page.put("total_items", total);
    page.put("paged_by", "akmatori");
    return page;
  }
}
