package dev.akmatori.application.json;

/**
 * Turns JSON-like values ({@code Map<String,Object>}, {@code List}, String, Number, Boolean, null)
 * into JSON text and back. The core keeps data structured; an adapter owns the text form.
 * Thread-safe.
 */
public interface JsonCodec {
  /** Compact JSON text of {@code value}. */
  String write(Object value);

  /**
   * The value of a JSON text.
   *
   * @throws IllegalArgumentException when {@code text} is not valid JSON
   */
  Object read(String text);
}
