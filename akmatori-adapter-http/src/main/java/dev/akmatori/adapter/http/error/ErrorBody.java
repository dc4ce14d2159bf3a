package dev.akmatori.adapter.http.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/** The one error body (contract §1.3); {@code details} only when there are field messages. */
record ErrorBody(
    String error,
    String code,
    @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> details) {

  static ErrorBody of(String error, String code) {
    return new ErrorBody(error, code, null);
  }
}
