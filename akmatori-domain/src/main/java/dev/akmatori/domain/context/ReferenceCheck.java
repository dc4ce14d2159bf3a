package dev.akmatori.domain.context;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The answer of contract §3.6 {@code validate}: the unique context file names a text references,
 * in order of first appearance, split into those that exist and those that do not.
 */
public record ReferenceCheck(List<String> references, List<String> found, List<String> missing) {
  public ReferenceCheck {
    references = List.copyOf(references);
    found = List.copyOf(found);
    missing = List.copyOf(missing);
  }

  /** Checks every reference of {@code text} (null is empty) against {@code exists}. */
  public static ReferenceCheck of(String text, Predicate<String> exists) {
    List<String> references = FileReferences.find(text);
    List<String> found = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String name : references) {
      (exists.test(name) ? found : missing).add(name);
    }
    return new ReferenceCheck(references, found, missing);
  }

  /** True when nothing referenced is missing. */
  public boolean valid() {
    return missing.isEmpty();
  }
}
