package dev.akmatori.adapter.llm.tool.ssh;

import com.jcraft.jsch.Channel;
import com.jcraft.jsch.Proxy;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.SocketFactory;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;

/**
 * Reaches the target through a connected jump host: a {@code direct-tcpip} channel of the jump
 * session carries the target's SSH stream, as OpenSSH's {@code ProxyJump} does (no local port).
 */
final class JumpProxy implements Proxy {
  private final Session jump;
  private Channel channel;
  private InputStream in;
  private OutputStream out;

  JumpProxy(Session jump) {
    this.jump = jump;
  }

  @Override
  public void connect(SocketFactory factory, String host, int port, int timeout) throws Exception {
    channel = jump.getStreamForwarder(host, port);
    in = channel.getInputStream();
    out = channel.getOutputStream();
    channel.connect(timeout);
  }

  @Override
  public InputStream getInputStream() {
    return in;
  }

  @Override
  public OutputStream getOutputStream() {
    return out;
  }

  @Override
  public Socket getSocket() {
    return null;
  }

  @Override
  public void close() {
    if (channel != null) {
      channel.disconnect();
    }
  }
}
