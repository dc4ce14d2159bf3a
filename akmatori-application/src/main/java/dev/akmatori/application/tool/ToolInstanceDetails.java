package dev.akmatori.application.tool;

import dev.akmatori.domain.tool.SshKey;
import dev.akmatori.domain.tool.ToolInstance;
import java.util.List;
import java.util.Objects;

/**
 * A tool instance as the API shows it: the instance (settings in clear, to be masked by whoever
 * renders them) and, for {@code ssh}, its SSH keys in creation order (empty otherwise).
 */
public record ToolInstanceDetails(ToolInstance instance, List<SshKey> sshKeys) {
  public ToolInstanceDetails {
    Objects.requireNonNull(instance, "instance");
    sshKeys = List.copyOf(sshKeys);
  }
}
