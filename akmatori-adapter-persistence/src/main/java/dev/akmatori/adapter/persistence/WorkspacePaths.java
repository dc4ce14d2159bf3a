package dev.akmatori.adapter.persistence;

import dev.akmatori.application.investigation.WorkspaceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Resolves the relative paths the agent gives inside one workspace. Rejected: empty, absolute,
 * any {@code ..} segment, NUL, and anything that resolves — through a symbolic link anywhere on the
 * way — outside the workspace's real directory.
 */
final class WorkspacePaths {
  private WorkspacePaths() {}

  /** An existing regular file inside {@code workspace}. */
  static Path existingFile(Path workspace, String relative) {
    Path target = lexical(workspace, relative);
    if (!Files.exists(target)) {
      throw new WorkspaceException("file not found: " + relative);
    }
    Path real = real(target, relative);
    requireInside(workspace, real, relative);
    if (!Files.isRegularFile(real)) {
      throw new WorkspaceException("not a file: " + relative);
    }
    return real;
  }

  /** A file inside {@code workspace} that may be created or replaced; parent directories are made. */
  static Path writableFile(Path workspace, String relative) {
    Path target = lexical(workspace, relative);
    if (target.equals(workspace)) {
      throw new WorkspaceException("not a file: " + relative);
    }
    try {
      Files.createDirectories(workspace);
      Path parent = target.getParent();
      requireInside(workspace, deepestExisting(parent, relative), relative);
      Files.createDirectories(parent);
      requireInside(workspace, real(parent, relative), relative);
      if (Files.isSymbolicLink(target) || Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        requireInside(workspace, real(target, relative), relative);
        if (Files.isDirectory(target)) {
          throw new WorkspaceException("not a file: " + relative);
        }
      }
      return target;
    } catch (IOException e) {
      throw new WorkspaceException("cannot prepare " + relative + ": " + e.getMessage(), e);
    }
  }

  /** Letters, digits, dot, dash and underscore kept; anything else becomes {@code _}. */
  static String safeName(String name) {
    String safe = name == null ? "" : name.replaceAll("[^A-Za-z0-9._-]", "_");
    return safe.isEmpty() || safe.startsWith(".") ? "tool" + safe : safe;
  }

  private static Path lexical(Path workspace, String relative) {
    if (relative == null || relative.isBlank() || relative.indexOf('\0') >= 0) {
      throw new WorkspaceException("a relative path inside the workspace is required");
    }
    Path path;
    try {
      path = Path.of(relative);
    } catch (InvalidPathException e) {
      throw new WorkspaceException("invalid path: " + relative);
    }
    if (path.isAbsolute() || relative.startsWith("/") || relative.startsWith("\\")) {
      throw new WorkspaceException("absolute paths are not allowed: " + relative);
    }
    for (Path segment : path) {
      if (segment.toString().equals("..")) {
        throw new WorkspaceException("'..' is not allowed in workspace paths: " + relative);
      }
    }
    Path target = workspace.resolve(path).normalize();
    if (!target.startsWith(workspace)) {
      throw new WorkspaceException("path escapes the workspace: " + relative);
    }
    return target;
  }

  private static Path deepestExisting(Path path, String relative) {
    Path p = path;
    while (p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
      p = p.getParent();
    }
    return p == null ? path : real(p, relative);
  }

  private static Path real(Path path, String relative) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      throw new WorkspaceException("path escapes the workspace or does not resolve: " + relative);
    }
  }

  private static void requireInside(Path workspace, Path real, String relative) {
    Path base;
    try {
      base = workspace.toRealPath();
    } catch (IOException e) {
      throw new WorkspaceException("the workspace does not exist");
    }
    if (!real.startsWith(base)) {
      throw new WorkspaceException("path escapes the workspace: " + relative);
    }
  }
}
