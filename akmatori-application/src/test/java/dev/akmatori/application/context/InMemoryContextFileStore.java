package dev.akmatori.application.context;

import dev.akmatori.domain.context.ContextFileName;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The in-memory fake of {@link ContextFileStore}, held to the same contract as the filesystem one.
 * Tests can look at what is stored and at how many staged uploads are still held.
 */
public final class InMemoryContextFileStore implements ContextFileStore {
  /** Where {@link #pathOf} pretends the files are. */
  public static final Path DIRECTORY = Path.of("/in-memory/context");

  private final Map<String, byte[]> files = new ConcurrentHashMap<>();
  private final AtomicInteger staged = new AtomicInteger();

  @Override
  public StagedFile stage(InputStream content, long maxBytes) {
    byte[] bytes;
    try {
      bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    boolean tooLarge = bytes.length > maxBytes;
    if (!tooLarge) {
      staged.incrementAndGet();
    }
    return new Staged(tooLarge ? null : bytes, bytes.length, tooLarge);
  }

  @Override
  public OptionalLong size(ContextFileName filename) {
    byte[] bytes = files.get(filename.value());
    return bytes == null ? OptionalLong.empty() : OptionalLong.of(bytes.length);
  }

  @Override
  public InputStream open(ContextFileName filename, long offset) {
    byte[] bytes = files.get(filename.value());
    if (bytes == null) {
      throw ContextFileProblems.notFound();
    }
    int from = (int) Math.min(offset, bytes.length);
    return new ByteArrayInputStream(bytes, from, bytes.length - from);
  }

  @Override
  public boolean delete(ContextFileName filename) {
    return files.remove(filename.value()) != null;
  }

  @Override
  public boolean exists(String filename) {
    return ContextFileName.isValid(filename) && files.containsKey(filename);
  }

  @Override
  public Path pathOf(String filename) {
    if (!ContextFileName.isValid(filename)) {
      throw new IllegalArgumentException("Not a context file name: " + filename);
    }
    return DIRECTORY.resolve(filename);
  }

  /** Stores {@code content} under {@code filename} directly, as if uploaded earlier. */
  public void put(String filename, byte[] content) {
    files.put(filename, content.clone());
  }

  /** The stored bytes of {@code filename}, or null. */
  public byte[] content(String filename) {
    byte[] bytes = files.get(filename);
    return bytes == null ? null : bytes.clone();
  }

  /** The stored names, sorted. */
  public Set<String> names() {
    return new TreeSet<>(files.keySet());
  }

  /** Staged uploads neither committed nor discarded yet. */
  public int pendingStages() {
    return staged.get();
  }

  private final class Staged implements StagedFile {
    private byte[] bytes;
    private final long size;
    private final boolean tooLarge;

    Staged(byte[] bytes, long size, boolean tooLarge) {
      this.bytes = bytes;
      this.size = size;
      this.tooLarge = tooLarge;
    }

    @Override
    public boolean tooLarge() {
      return tooLarge;
    }

    @Override
    public long size() {
      return size;
    }

    @Override
    public void commit(ContextFileName filename) {
      if (bytes == null) {
        throw new IllegalStateException("Nothing to commit");
      }
      if (files.putIfAbsent(filename.value(), bytes) != null) {
        throw ContextFileProblems.alreadyExists(filename);
      }
      bytes = null;
      staged.decrementAndGet();
    }

    @Override
    public void close() {
      if (bytes != null) {
        bytes = null;
        staged.decrementAndGet();
      }
    }
  }
}
