package dev.akmatori.application.context;

import java.nio.file.Path;

/**
 * Read access to where context files live, for what links to them — the {@code assets/} links of
 * skills (contract §3.3.5). Thread-safe; answers reflect the disk at the moment of the call.
 */
public interface ContextFilePaths {
  /** True when a regular file of that name is stored; false for a name that breaks the rule. */
  boolean exists(String filename);

  /**
   * The absolute path of {@code filename} under the context directory, whether or not it exists.
   *
   * @throws IllegalArgumentException when {@code filename} breaks the name rule of §3.6
   */
  Path pathOf(String filename);
}
