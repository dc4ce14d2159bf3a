package dev.akmatori.adapter.llm.testing;

import java.io.IOException;
import mockwebserver3.MockWebServer;
import mockwebserver3.QueueDispatcher;

/** Starts MockWebServers that answer 404 at once when nothing is queued, instead of hanging. */
public final class TestServers {
  private TestServers() {}

  public static void start(MockWebServer... servers) throws IOException {
    for (MockWebServer server : servers) {
      ((QueueDispatcher) server.getDispatcher()).setFailFast(true);
      server.start();
    }
  }
}
