package org.attache.model;

import java.util.List;

/**
 * What near-duplicate detection keeps of an article's body: an exact hash and a MinHash signature of its
 * word shingles.
 *
 * @param articleId the article
 * @param bodyHash SHA-256 (lower-case hex) of the body with case, punctuation and white space folded
 * @param shingles how many distinct shingles the body has
 * @param minHash the signature: for each hash function, the least hash of any shingle
 */
public record ArticleFingerprint(String articleId, String bodyHash, int shingles, List<Integer> minHash) {
  public ArticleFingerprint {
    minHash = List.copyOf(minHash);
    if (shingles < 0) {
      throw new IllegalArgumentException("fingerprint " + articleId + ": negative shingle count " + shingles);
    }
  }
}
