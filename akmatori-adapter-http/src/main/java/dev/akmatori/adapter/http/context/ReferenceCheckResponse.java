package dev.akmatori.adapter.http.context;

import dev.akmatori.domain.context.ReferenceCheck;
import java.util.List;

/** The answer of {@code POST /api/context/validate} (contract §3.6). */
record ReferenceCheckResponse(
    boolean valid, List<String> references, List<String> found, List<String> missing) {

  static ReferenceCheckResponse from(ReferenceCheck c) {
    return new ReferenceCheckResponse(c.valid(), c.references(), c.found(), c.missing());
  }
}
