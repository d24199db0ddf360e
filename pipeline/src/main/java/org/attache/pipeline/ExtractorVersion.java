package org.attache.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The version of the code that turns an article into people and events: a hash of the compiled classes and
 * resources of the modules that decide it (extract, nlp, geo), so that any change to them is a new version and
 * a rebuild of unchanged code is not.
 */
final class ExtractorVersion {
  private ExtractorVersion() {}

  static String current() {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Class<?> c : List.<Class<?>>of(org.attache.extract.Extractor.class, org.attache.nlp.Nlp.class,
          org.attache.geo.Gazetteer.class)) {
        TreeMap<String, byte[]> entries = entries(c);
        for (var e : entries.entrySet()) {
          md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
          md.update(e.getValue());
        }
      }
      return "x-" + HexFormat.of().formatHex(md.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return "unknown";
    }
  }

  /** The files of the jar or class folder {@code c} was loaded from, by name (manifest left out). */
  private static TreeMap<String, byte[]> entries(Class<?> c) throws IOException, URISyntaxException {
    TreeMap<String, byte[]> out = new TreeMap<>();
    Path where = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (Files.isDirectory(where)) {
      try (Stream<Path> files = Files.walk(where)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          out.put(where.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
        }
      }
    } else {
      try (JarFile jar = new JarFile(where.toFile())) {
        for (JarEntry e : java.util.Collections.list(jar.entries())) {
          if (e.isDirectory() || e.getName().startsWith("META-INF/")) {
            continue;
          }
          try (InputStream in = jar.getInputStream(e)) {
            out.put(e.getName(), in.readAllBytes());
          }
        }
      }
    }
    return out;
  }
}
