package dev.akmatori.examples.embedding;

import dev.akmatori.application.investigation.context.ContextFileInfo;
import dev.akmatori.application.investigation.context.ContextLibrary;
import dev.akmatori.domain.context.ContextFileName;
import java.util.List;
import java.util.Optional;

/** No context files. */
final class NoContextFiles implements ContextLibrary {
  @Override
  public List<ContextFileInfo> list() {
    return List.of();
  }

  @Override
  public Optional<String> text(ContextFileName filename) {
    return Optional.empty();
  }
}
