package dev.akmatori.app.reliability;

import java.util.Map;

/** The reliability suite on the embedded H2 default (a file in the data directory). */
class ReliabilityOnH2Test extends ReliabilitySuite {
  @Override
  protected Map<String, String> database() {
    return Map.of();
  }
}
