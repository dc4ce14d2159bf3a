package dev.akmatori.domain.shared;

/**
 * A page of a list (contract §1.5): 1-based {@code page}, {@code perPage} clamped to {@link
 * #MAX_PER_PAGE}.
 */
public record PageRequest(int page, int perPage) {
  public static final int DEFAULT_PER_PAGE = 50;
  public static final int MAX_PER_PAGE = 200;

  /** Everything in one page, for lists asked for without paging. */
  public static final PageRequest ALL = new PageRequest(1, Integer.MAX_VALUE);

  public PageRequest {
    if (page < 1) {
      throw ValidationException.of("page", "must be a positive integer");
    }
    if (perPage < 1) {
      throw ValidationException.of("per_page", "must be a positive integer");
    }
  }

  /** A request with the contract's clamping applied to {@code perPage}. */
  public static PageRequest of(int page, int perPage) {
    return new PageRequest(page, Math.min(perPage, MAX_PER_PAGE));
  }

  public static PageRequest first() {
    return of(1, DEFAULT_PER_PAGE);
  }

  /** Rows to skip: {@code (page - 1) * perPage}, saturating instead of overflowing. */
  public long offset() {
    return (long) (page - 1) * perPage;
  }

  public boolean isAll() {
    return perPage == Integer.MAX_VALUE;
  }
}
