package org.attache.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attache.model.ArticleIssue;
import org.attache.model.ArticleIssue.Kind;

/**
 * Lists the inputs under some paths without reading them. Paths are taken in the order given; a
 * folder is walked depth first with each folder's entries sorted by name, following links, skipping
 * hidden entries (names starting with {@code .}); anything in a folder that is neither a file nor a folder (a named
 * pipe, a socket, a device) is listed as a problem and never opened.
 * A path given explicitly is always listed, hidden or not. Link loops, broken links, missing paths
 * and unlistable folders are listed as problems in their place. Stateless.
 */
final class FileWalker {
  /** One thing found: a file to read or a problem to record. */
  sealed interface Found permits Input, Problem {}

  /**
   * A file to read.
   *
   * @param path the path as given or walked
   * @param size its size in bytes, or -1 when it is not a regular file (a pipe given explicitly)
   */
  record Input(Path path, long size) implements Found {}

  /** A path that cannot be read, as an issue. */
  record Problem(ArticleIssue issue) implements Found {}

  private FileWalker() {}

  static List<Found> walk(List<Path> paths) {
    List<Found> out = new ArrayList<>();
    for (Path p : paths) {
      BasicFileAttributes a;
      try {
        a = Files.readAttributes(p, BasicFileAttributes.class);
      } catch (NoSuchFileException e) {
        out.add(problem(p, "no such file or folder"));
        continue;
      } catch (IOException | RuntimeException e) {
        out.add(problem(p, "cannot read its attributes: " + describe(e)));
        continue;
      }
      if (a.isDirectory()) {
        walkFolder(p, a, new LinkedHashMap<>(), out);
      } else {
        out.add(new Input(p, a.isRegularFile() ? a.size() : -1));
      }
    }
    return out;
  }

  private static void walkFolder(Path dir, BasicFileAttributes attrs, Map<Object, Path> ancestors, List<Found> out) {
    Object key;
    try {
      key = attrs.fileKey() != null ? attrs.fileKey() : dir.toRealPath();
    } catch (IOException | RuntimeException e) {
      out.add(problem(dir, "cannot resolve folder: " + describe(e)));
      return;
    }
    Path ancestor = ancestors.get(key);
    if (ancestor != null) {
      out.add(problem(dir, "link loop: folder leads back to " + ancestor));
      return;
    }
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      entries.forEach(children::add);
    } catch (IOException | RuntimeException e) {
      out.add(problem(dir, "cannot list folder: " + describe(e)));
      return;
    }
    children.sort(Comparator.comparing(c -> String.valueOf(c.getFileName())));
    ancestors.put(key, dir);
    for (Path child : children) {
      if (String.valueOf(child.getFileName()).startsWith(".")) {
        continue;
      }
      BasicFileAttributes a;
      try {
        a = Files.readAttributes(child, BasicFileAttributes.class);
      } catch (NoSuchFileException e) {
        out.add(problem(child, "broken link or vanished file"));
        continue;
      } catch (IOException | RuntimeException e) {
        out.add(problem(child, "cannot read its attributes: " + describe(e)));
        continue;
      }
      if (a.isDirectory()) {
        walkFolder(child, a, ancestors, out);
      } else if (a.isRegularFile()) {
        out.add(new Input(child, a.size()));
      } else {
        // Reading a named pipe would wait for a writer forever; a socket or device is no article.
        out.add(problem(child, "not a regular file (" + (a.isOther() ? "a named pipe, socket or device" : "unknown type")
            + "): not read"));
      }
    }
    ancestors.remove(key);
  }

  private static Problem problem(Path p, String message) {
    return new Problem(new ArticleIssue(p.toString(), Kind.UNREADABLE, message, true));
  }

  static String describe(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }
}
