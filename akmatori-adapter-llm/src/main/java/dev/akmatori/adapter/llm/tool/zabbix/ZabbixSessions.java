package dev.akmatori.adapter.llm.tool.zabbix;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What Zabbix told this process, per instance and settings: the API version ({@code apiinfo.version}
 * is asked once) and the session id of a {@code credentials} login. Keyed by instance id + settings
 * fingerprint, so an edited instance starts afresh; an instance keeps one entry of each kind.
 * Thread-safe; two racing first calls may both ask, and the last answer wins.
 */
final class ZabbixSessions {
  /** One instance with one version of its settings. */
  record Key(long instanceId, String fingerprint) {}

  private final Map<Key, ZabbixVersion> versions = new ConcurrentHashMap<>();
  private final Map<Key, String> sessions = new ConcurrentHashMap<>();

  Optional<ZabbixVersion> version(Key key) {
    return Optional.ofNullable(versions.get(key));
  }

  void rememberVersion(Key key, ZabbixVersion version) {
    versions.keySet().removeIf(k -> k.instanceId() == key.instanceId() && !k.equals(key));
    versions.put(key, version);
  }

  Optional<String> session(Key key) {
    return Optional.ofNullable(sessions.get(key));
  }

  void rememberSession(Key key, String session) {
    sessions.keySet().removeIf(k -> k.instanceId() == key.instanceId() && !k.equals(key));
    sessions.put(key, session);
  }

  /** Forgets {@code session} unless another call has already replaced it. */
  void forgetSession(Key key, String session) {
    sessions.remove(key, session);
  }
}
