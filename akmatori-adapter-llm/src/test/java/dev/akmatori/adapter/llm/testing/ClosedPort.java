package dev.akmatori.adapter.llm.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * A loopback port where nothing listens, held for as long as the test needs it: a socket bound to
 * it but never listening makes every connection attempt "connection refused", and keeps any other
 * process from binding the port. A port merely found free and closed again could be taken by a
 * server of another test on a busy machine before the test connects to it.
 */
public final class ClosedPort implements AutoCloseable {
  private final Socket holder;

  private ClosedPort(Socket holder) {
    this.holder = holder;
  }

  public static ClosedPort open() {
    Socket holder = new Socket();
    try {
      holder.bind(new InetSocketAddress("127.0.0.1", 0));
      return new ClosedPort(holder);
    } catch (IOException e) {
      try {
        holder.close();
      } catch (IOException ignored) {
        // nothing was bound
      }
      throw new UncheckedIOException(e);
    }
  }

  public int port() {
    return holder.getLocalPort();
  }

  @Override
  public void close() {
    try {
      holder.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
