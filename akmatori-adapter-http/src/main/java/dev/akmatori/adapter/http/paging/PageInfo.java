package dev.akmatori.adapter.http.paging;

/** {@code {"page", "per_page", "total", "total_pages"}}; {@code per_page} after clamping. */
record PageInfo(int page, int perPage, long total, long totalPages) {}
