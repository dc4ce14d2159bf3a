package dev.akmatori.application.tool;

import dev.akmatori.domain.shared.Text;
import dev.akmatori.domain.shared.ValidationException;
import dev.akmatori.domain.tool.SshKeyDraft;

/**
 * {@code PUT /api/tools/{id}/ssh-keys/{keyId}} (contract §3.4.3): a new name (trimmed; null, empty
 * or blank means "keep the name") and whether the key becomes the default ({@code false} never
 * removes the flag). A name over 128 code points throws {@code ValidationException}.
 */
public record SshKeyChange(String name, boolean makeDefault) {
  public SshKeyChange {
    name = Text.isBlank(name) ? null : name.strip();
    if (name != null && Text.length(name) > SshKeyDraft.MAX_NAME) {
      throw ValidationException.of("name", "must be at most " + SshKeyDraft.MAX_NAME + " characters");
    }
  }
}
