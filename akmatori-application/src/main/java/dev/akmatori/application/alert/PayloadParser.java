package dev.akmatori.application.alert;

/** Turns a webhook body into JSON-like values; the text form belongs to the adapter that received it. */
@FunctionalInterface
public interface PayloadParser {
  /**
   * The value of the UTF-8 JSON document {@code body}: maps, lists, strings, numbers, booleans, null.
   *
   * @throws dev.akmatori.domain.shared.BadRequestException {@code Invalid payload: <reason>} when the
   *     body is empty, not UTF-8 or not JSON (contract §4.1 step 6)
   */
  Object parse(byte[] body);
}
