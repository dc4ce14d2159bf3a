package dev.akmatori.adapter.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** Every entry under a directory with its kind and content (links by target), never following links. */
final class TreeSnapshot {
  private TreeSnapshot() {}

  static Map<String, String> of(Path root) {
    Map<String, String> entries = new TreeMap<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          entries.put(root.relativize(dir).toString(), "dir");
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          String what = attrs.isSymbolicLink()
              ? "link -> " + Files.readSymbolicLink(file)
              : "file " + Arrays.hashCode(Files.readAllBytes(file)) + " " + attrs.lastModifiedTime();
          entries.put(root.relativize(file).toString(), what);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }
}
