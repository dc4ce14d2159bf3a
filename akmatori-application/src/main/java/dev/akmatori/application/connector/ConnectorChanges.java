package dev.akmatori.application.connector;

import dev.akmatori.domain.connector.HttpConnector;

/**
 * Told after an HTTP connector changed, so what is derived from it can follow (contract §3.3.5: the
 * SKILL.md of every skill holding an instance of the connector's tool type, whose callable names and
 * call examples change with it). Implemented by the skills feature. Called synchronously after the
 * change is stored; an exception propagates to the caller of the change, which is already committed.
 */
public interface ConnectorChanges {
  /** Ignores every change. */
  ConnectorChanges NONE =
      new ConnectorChanges() {
        @Override
        public void created(HttpConnector connector) {}

        @Override
        public void updated(HttpConnector connector) {}

        @Override
        public void deleted(HttpConnector connector) {}
      };

  /** After the connector and its tool type were stored. */
  void created(HttpConnector connector);

  /** After any update, including a rename of its tool type and enabling or disabling it. */
  void updated(HttpConnector connector);

  /** After the connector and its tool type were removed ({@code connector} as it was). */
  void deleted(HttpConnector connector);
}
