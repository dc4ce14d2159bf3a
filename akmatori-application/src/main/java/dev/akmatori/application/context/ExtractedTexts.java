package dev.akmatori.application.context;

import dev.akmatori.domain.context.ContextFileId;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The extracted texts of recently read files, least recently used dropped first once their total
 * length passes a bound. Keyed by id: a stored file's bytes never change. Thread-safe; two readers
 * of an uncached file may both extract it (the second result replaces the first).
 */
final class ExtractedTexts {
  /** About 32 MB of characters: a few large PDFs. */
  static final long DEFAULT_MAX_CHARS = 16L * 1024 * 1024;

  private final long maxChars;
  private final LinkedHashMap<ContextFileId, String> texts = new LinkedHashMap<>(16, 0.75f, true);
  private long chars; // guarded by this

  ExtractedTexts(long maxChars) {
    this.maxChars = maxChars;
  }

  /** The cached text of {@code id}, else {@code extract}'s (cached when it fits). */
  String get(ContextFileId id, Supplier<String> extract) {
    synchronized (this) {
      String cached = texts.get(id);
      if (cached != null) {
        return cached;
      }
    }
    String text = extract.get();
    put(id, text);
    return text;
  }

  private synchronized void put(ContextFileId id, String text) {
    if (text.length() > maxChars) {
      return;
    }
    String old = texts.put(id, text);
    chars += text.length() - (old == null ? 0 : old.length());
    Iterator<Map.Entry<ContextFileId, String>> eldest = texts.entrySet().iterator();
    while (chars > maxChars && eldest.hasNext()) {
      chars -= eldest.next().getValue().length();
      eldest.remove();
    }
  }

  synchronized int size() {
    return texts.size();
  }
}
