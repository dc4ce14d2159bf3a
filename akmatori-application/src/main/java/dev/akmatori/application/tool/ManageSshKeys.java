package dev.akmatori.application.tool;

import dev.akmatori.domain.tool.SshKey;
import dev.akmatori.domain.tool.SshKeyDraft;
import dev.akmatori.domain.tool.ToolInstanceId;
import java.util.List;

/**
 * SSH key use cases of an {@code ssh} tool instance (contract §3.4.3). Every method first checks
 * the instance: unknown → {@code NotFoundException} {@link ManageToolInstances#NOT_FOUND}; not
 * {@code ssh} → {@code BadRequestException} {@link #ONLY_SSH}. {@code keyId} is the raw path value:
 * anything that names no key of the instance, malformed or not, is {@link #notFound}.
 */
public interface ManageSshKeys {
  String ONLY_SSH = "SSH keys are only supported for ssh tools";
  String ONLY_KEY = "Cannot delete the only SSH key";

  static String notFound(String keyId) {
    return "SSH key with ID '" + keyId + "' not found";
  }

  static String duplicateName(String name) {
    return "SSH key with name '" + name + "' already exists";
  }

  static String usedByHost(String hostname) {
    return "Cannot delete key: it is used by host '" + hostname + "'";
  }

  /**
   * Only the checks every method starts with, for callers that must answer them before reading a
   * request body.
   */
  void checkTool(ToolInstanceId tool);

  /** The keys in creation order. */
  List<SshKey> list(ToolInstanceId tool);

  SshKey get(ToolInstanceId tool, String keyId);

  /** Stores the key encrypted; the first key, or one with {@code makeDefault}, is the only default. */
  SshKey create(ToolInstanceId tool, SshKeyDraft draft, boolean makeDefault);

  SshKey update(ToolInstanceId tool, String keyId, SshKeyChange change);

  /**
   * Deletes a key no host uses ({@code ConflictException} {@link #usedByHost}) unless it is the
   * only one ({@link #ONLY_KEY}); a deleted default passes the flag to the oldest remaining key.
   */
  void delete(ToolInstanceId tool, String keyId);
}
