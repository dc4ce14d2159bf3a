package dev.akmatori.adapter.llm.tool.ssh;

import com.jcraft.jsch.Logger;
import org.slf4j.LoggerFactory;

/**
 * JSch's per-instance log: silent, or (with {@code ssh_debug}) JSch's session messages at DEBUG
 * level under this package's logger. JSch never logs key material.
 */
final class JschLog {
  static final Logger SILENT = new Logger() {
    @Override
    public boolean isEnabled(int level) {
      return false;
    }

    @Override
    public void log(int level, String message) {}
  };

  static final Logger DEBUG = new Logger() {
    private final org.slf4j.Logger log = LoggerFactory.getLogger("dev.akmatori.adapter.llm.tool.ssh.jsch");

    @Override
    public boolean isEnabled(int level) {
      return level >= Logger.INFO ? log.isInfoEnabled() : log.isDebugEnabled();
    }

    @Override
    public void log(int level, String message) {
      if (level >= Logger.WARN) {
        log.info("jsch: {}", message);
      } else {
        log.debug("jsch: {}", message);
      }
    }
  };

  private JschLog() {}
}
