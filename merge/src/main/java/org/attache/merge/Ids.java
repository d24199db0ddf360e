package org.attache.merge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Makes ids from content: a prefix and the first 12 hex digits of the SHA-256 of a key. */
final class Ids {
  private Ids() {}

  static String of(String prefix, String key) {
    return prefix + sha256(key).substring(0, 12);
  }

  /** A SHA-256 digest for each thread (getting one is slower than hashing a short key). */
  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  });

  static String sha256(String s) {
    return HexFormat.of().formatHex(SHA256.get().digest(s.getBytes(StandardCharsets.UTF_8)));
  }
}
