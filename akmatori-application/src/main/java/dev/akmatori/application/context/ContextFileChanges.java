package dev.akmatori.application.context;

/**
 * Told about context file changes that others must follow, such as the {@code assets/} links of
 * skills (contract §3.6 delete). Called after the change is complete, on the request's thread;
 * implementations should not throw for links that are already gone.
 */
@FunctionalInterface
public interface ContextFileChanges {
  /** Nobody listens. */
  ContextFileChanges NONE = filename -> {};

  /** The file {@code filename} and its record were deleted. */
  void deleted(String filename);
}
