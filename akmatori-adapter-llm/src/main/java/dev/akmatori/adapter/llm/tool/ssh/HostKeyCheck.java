package dev.akmatori.adapter.llm.tool.ssh;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.UserInfo;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The host-key policy of one connection as JSch's {@link HostKeyRepository} (§6.1): {@code strict}
 * accepts only a key recorded for the host; {@code auto_add} records the key of a host that has
 * none and accepts it (OpenSSH's {@code accept-new}); both refuse a key that differs from every
 * key recorded for the host, whatever its type, and a {@code @revoked} one; {@code ignore} accepts
 * anything. Sessions using it must set {@code StrictHostKeyChecking=yes}, so that JSch turns
 * {@link #NOT_INCLUDED} and {@link #CHANGED} into a refused connection. One per session.
 */
final class HostKeyCheck implements HostKeyRepository {
  /** What the last {@link #check} decided, to explain a refused connection. */
  enum Verdict { NONE, KNOWN, ADDED, UNKNOWN, CHANGED, REVOKED }

  private final KnownHostsFile file;
  private final HostKeyPolicy policy;
  private volatile Verdict verdict = Verdict.NONE;

  HostKeyCheck(KnownHostsFile file, HostKeyPolicy policy) {
    this.file = file;
    this.policy = policy;
  }

  Verdict verdict() {
    return verdict;
  }

  @Override
  public int check(String hostToken, byte[] blob) {
    if (policy == HostKeyPolicy.IGNORE) {
      verdict = Verdict.KNOWN;
      return OK;
    }
    String type = typeOf(blob);
    String key = Base64.getEncoder().encodeToString(blob);
    verdict = judge(file.entriesFor(hostToken), type, key);
    if (verdict == Verdict.UNKNOWN && policy == HostKeyPolicy.AUTO_ADD) {
      List<KnownHostEntry> current = file.appendUnless(hostToken, KnownHostEntry.line(hostToken, type, key),
          entries -> entries.stream().anyMatch(e -> e.isPlain() || e.isRevoked()));
      verdict = current.isEmpty() ? Verdict.ADDED : judge(current, type, key);
    }
    switch (verdict) {
      case KNOWN:
      case ADDED:
        return OK;
      case UNKNOWN:
        return NOT_INCLUDED;
      default:
        return CHANGED;
    }
  }

  private static Verdict judge(List<KnownHostEntry> entries, String type, String key) {
    if (entries.stream().anyMatch(e -> e.isRevoked() && e.key().equals(key))) {
      return Verdict.REVOKED;
    }
    List<KnownHostEntry> plain = entries.stream().filter(KnownHostEntry::isPlain).toList();
    if (plain.stream().anyMatch(e -> e.type().equals(type) && e.key().equals(key))) {
      return Verdict.KNOWN;
    }
    return plain.isEmpty() ? Verdict.UNKNOWN : Verdict.CHANGED;
  }

  /** The algorithm name that opens an SSH public key blob ({@code ssh-ed25519}, …). */
  static String typeOf(byte[] blob) {
    ByteBuffer buffer = ByteBuffer.wrap(blob);
    int length = blob.length >= 4 ? buffer.getInt() : -1;
    if (length < 0 || length > blob.length - 4) {
      return "unknown";
    }
    return new String(blob, 4, length, StandardCharsets.US_ASCII);
  }

  @Override
  public void add(HostKey hostkey, UserInfo ui) {
    // Recording happens in check(), under the file lock, and only for auto_add.
  }

  @Override
  public void remove(String host, String type) {}

  @Override
  public void remove(String host, String type, byte[] key) {}

  @Override
  public String getKnownHostsRepositoryID() {
    return file.path().toString();
  }

  @Override
  public HostKey[] getHostKey() {
    return new HostKey[0];
  }

  /** The recorded keys of a host, so that JSch asks the server for a type it already knows. */
  @Override
  public HostKey[] getHostKey(String hostToken, String type) {
    if (policy == HostKeyPolicy.IGNORE || hostToken == null) {
      return new HostKey[0];
    }
    List<HostKey> keys = new ArrayList<>();
    for (KnownHostEntry entry : file.entriesFor(hostToken)) {
      if (entry.isPlain() && (type == null || entry.type().equals(type))) {
        try {
          keys.add(new HostKey(hostToken, HostKey.GUESS, Base64.getDecoder().decode(entry.key())));
        } catch (JSchException | IllegalArgumentException e) {
          // A line JSch cannot read is simply not a preference.
        }
      }
    }
    return keys.toArray(new HostKey[0]);
  }
}
