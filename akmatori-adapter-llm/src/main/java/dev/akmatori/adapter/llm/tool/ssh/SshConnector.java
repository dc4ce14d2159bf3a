package dev.akmatori.adapter.llm.tool.ssh;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import dev.akmatori.adapter.llm.tool.ssh.SshHost.JumpHost;
import dev.akmatori.domain.tool.SshCredential;
import java.util.Arrays;

/**
 * Opens the sessions of one target into a {@link Connection}: the jump host first when there is
 * one (its user defaulting to the host's), then the target through it. Public-key authentication
 * only, with the selected key for both hops; the host-key policy applies to both. Connections are
 * direct TCP (the proxy settings of §3.10.4 are for HTTP). Thread-safe.
 */
final class SshConnector {
  private final KnownHostsFile knownHosts;

  SshConnector(KnownHostsFile knownHosts) {
    this.knownHosts = knownHosts;
  }

  /**
   * Connects and authenticates within {@code timeoutMillis} per hop (the caller also closes
   * {@code connection} at its overall deadline).
   *
   * @throws SshFailure with the reason, naming the jump host when that hop failed
   */
  void open(Connection connection, SshHost host, SshCredential credential, SshSettings settings, int timeoutMillis)
      throws SshFailure {
    JSch jsch = new JSch();
    jsch.setInstanceLogger(settings.debug() ? JschLog.DEBUG : JschLog.SILENT);
    byte[] key = JschKeys.forJsch(credential.privateKey().reveal());
    try {
      jsch.addIdentity("ssh-key-" + credential.key().id().value(), key, null, null);
    } catch (JSchException e) {
      throw new SshFailure("the SSH private key '" + credential.key().name() + "' could not be used");
    } finally {
      Arrays.fill(key, (byte) 0);
    }
    Session jump = null;
    if (host.jump().isPresent()) {
      JumpHost j = host.jump().get();
      jump = connect(connection, session(jsch, j.user(), j.address(), j.port(), settings), null, timeoutMillis, "jump host ");
    }
    connect(connection, session(jsch, host.user(), host.address(), host.port(), settings), jump, timeoutMillis, "");
  }

  private Session connect(Connection connection, Prepared prepared, Session jump, int timeoutMillis, String role)
      throws SshFailure {
    Session session = prepared.session();
    if (jump != null) {
      session.setProxy(new JumpProxy(jump));
    }
    if (!connection.add(session)) {
      throw new SshFailure("connection aborted");
    }
    try {
      session.connect(timeoutMillis);
      return session;
    } catch (JSchException | RuntimeException e) {
      if (connection.isClosed()) {
        throw new SshFailure("connection aborted");
      }
      String reason = Failures.describe(e, prepared.hostKeys(), token(session.getHost(), session.getPort()),
          session.getUserName());
      throw new SshFailure(role.isEmpty() ? reason : role + reason);
    }
  }

  private Prepared session(JSch jsch, String user, String address, int port, SshSettings settings)
      throws SshFailure {
    try {
      Session session = jsch.getSession(user, address, port);
      HostKeyCheck hostKeys = new HostKeyCheck(knownHosts, settings.hostKeyPolicy());
      session.setHostKeyRepository(hostKeys);
      session.setConfig("StrictHostKeyChecking", "yes");
      session.setConfig("PreferredAuthentications", "publickey");
      session.setDaemonThread(true);
      return new Prepared(session, hostKeys);
    } catch (JSchException e) {
      throw new SshFailure("invalid SSH target " + user + "@" + address + ":" + port);
    }
  }

  /** The known_hosts name of a host: {@code host} on port 22, {@code [host]:port} otherwise. */
  static String token(String address, int port) {
    return port == 22 ? address : "[" + address + "]:" + port;
  }

  private record Prepared(Session session, HostKeyCheck hostKeys) {}
}
