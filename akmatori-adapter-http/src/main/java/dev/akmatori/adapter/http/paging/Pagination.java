package dev.akmatori.adapter.http.paging;

import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import dev.akmatori.domain.shared.Violations;
import io.javalin.http.Context;
import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code page} / {@code per_page} query parameters and list bodies (contract §1.5): a plain array
 * when neither parameter is present, the {@code {data, pagination}} envelope as soon as one is.
 */
public final class Pagination {
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

  private Pagination() {}

  /** The requested page, empty when neither parameter is present; throws on a bad value. */
  public static Optional<PageRequest> read(Context ctx) {
    Violations v = new Violations();
    Optional<PageRequest> page = read(ctx, v);
    v.throwIfAny();
    return page;
  }

  /** Like {@link #read(Context)}, recording bad values in {@code v} for the caller to throw. */
  public static Optional<PageRequest> read(Context ctx, Violations v) {
    String page = ctx.queryParam("page");
    String perPage = ctx.queryParam("per_page");
    if (page == null && perPage == null) {
      return Optional.empty();
    }
    int p = positive(page, "page", 1, v);
    int size = positive(perPage, "per_page", PageRequest.DEFAULT_PER_PAGE, v);
    return p > 0 && size > 0 ? Optional.of(PageRequest.of(p, size)) : Optional.empty();
  }

  /** The plain list for an unpaged request, else the envelope. */
  public static Object body(Optional<PageRequest> requested, Page<?> page) {
    return requested.isPresent() ? envelope(page) : page.items();
  }

  /** The envelope, for endpoints that always page. */
  public static Object envelope(Page<?> page) {
    PageRequest r = page.request();
    return new PageEnvelope(
        page.items(), new PageInfo(r.page(), r.perPage(), page.total(), page.totalPages()));
  }

  /**
   * A base-10 integer ≥ 1, {@code fallback} when absent, -1 (recorded) when invalid. Values past
   * {@code int} are valid but saturate: a page that far is simply past the end.
   */
  private static int positive(String text, String field, int fallback, Violations v) {
    if (text == null) {
      return fallback;
    }
    if (!DIGITS.matcher(text).matches() || new BigInteger(text).signum() == 0) {
      v.add(field, "must be a positive integer");
      return -1;
    }
    return new BigInteger(text).min(INT_MAX).intValueExact();
  }
}
