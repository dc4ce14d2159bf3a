package dev.akmatori.adapter.http.paging;

import java.util.List;

/** {@code {"data": [...], "pagination": {...}}}. */
record PageEnvelope(List<?> data, PageInfo pagination) {}
