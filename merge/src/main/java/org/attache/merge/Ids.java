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

  /** A SHA-256 digest to copy (looking one up by name is slower than hashing a short key). */
  private static final MessageDigest SHA256;

  static {
    try {
      SHA256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  static String sha256(String s) {
    MessageDigest md;
    try {
      md = (MessageDigest) SHA256.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("this JVM's SHA-256 cannot be copied", e);
    }
    return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
  }
}
