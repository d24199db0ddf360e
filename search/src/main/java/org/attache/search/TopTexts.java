package org.attache.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.util.BytesRef;

/**
 * Collects the best {@code k} texts of a search by score, then by tie key (smaller first), in an index whose
 * segments keep their texts in tie-key order ({@code sorted}). That order is what lets a search skip the texts that
 * merely tie with the k-th best: once a segment's scan has reached a tie key at or past the k-th's, a later text of
 * that segment only counts if it scores higher, so blocks of texts that cannot score higher are skipped unscored.
 * (Lucene's own collector sorting by score, then a field, must look at every text that ties, which in a corpus of
 * near-identical texts, or for a word in nearly every text, is most of them.)
 */
final class TopTexts implements CollectorManager<TopTexts.Top, List<TopTexts.Hit>> {
  /**
   * One of the best texts.
   *
   * @param doc its doc id in the whole index
   * @param score its score
   * @param tie its tie key
   */
  record Hit(int doc, float score, BytesRef tie) {}

  /** Best first: higher score, then smaller tie key. */
  static final Comparator<Hit> ORDER = Comparator.comparing(Hit::score, Comparator.reverseOrder())
      .thenComparing(Hit::tie);

  private final int k;
  private final String tieField;
  private final Sort sorted;

  /**
   * @param k how many texts to keep, 1 or more
   * @param tieField the sorted doc values field of the tie keys
   * @param sorted the index sort every segment must have: by {@code tieField}, ascending
   */
  TopTexts(int k, String tieField, Sort sorted) {
    this.k = k;
    this.tieField = tieField;
    this.sorted = sorted;
  }

  @Override
  public Top newCollector() {
    return new Top();
  }

  @Override
  public List<Hit> reduce(Collection<Top> collectors) {
    List<Hit> all = new ArrayList<>();
    collectors.forEach(c -> all.addAll(c.queue));
    all.sort(ORDER);
    return all.subList(0, Math.min(k, all.size()));
  }

  /** The collector of one slice of the index. */
  final class Top implements Collector {
    /** The worst hit first. */
    private final PriorityQueue<Hit> queue = new PriorityQueue<>(Math.min(k, 1024) + 1, ORDER.reversed());

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.TOP_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext leaf) throws IOException {
      if (!sorted.equals(leaf.reader().getMetaData().sort())) {
        throw new CorruptIndexException("a segment is not in tie-key order, as this code writes them", leaf.reader()
            .toString());
      }
      SortedDocValues ties = leaf.reader().getSortedDocValues(tieField);
      return new LeafCollector() {
        private Scorable scorer;
        /** The ord of the tie key of the last text of this segment whose key was read, -1 before. */
        private int lastOrd = -1;
        /** Whether the segment's scan is past the worst kept text's tie key: a later text must score higher. */
        private boolean pastTies;
        private float minimum = Float.NEGATIVE_INFINITY;

        @Override
        public void setScorer(Scorable scorer) throws IOException {
          this.scorer = scorer;
          raiseMinimum();
        }

        @Override
        public void collect(int doc) throws IOException {
          float score = scorer.score();
          if (queue.size() == k) {
            float worst = queue.peek().score();
            if (score < worst || score == worst && pastTies) { // the scorer may pass texts below its minimum
              return;
            }
          }
          BytesRef tie = tie(doc);
          if (queue.size() < k) {
            queue.add(new Hit(leaf.docBase + doc, score, BytesRef.deepCopyOf(tie)));
          } else if (score > queue.peek().score() || tie.compareTo(queue.peek().tie()) < 0) {
            queue.poll();
            queue.add(new Hit(leaf.docBase + doc, score, BytesRef.deepCopyOf(tie)));
          }
          raiseMinimum();
        }

        /**
         * Tells the scorer the least score a later text needs, once the queue is full: more than the worst kept
         * text's once the segment's scan is past that text's tie key, since a later text that only ties with it
         * then comes after it.
         */
        private void raiseMinimum() throws IOException {
          if (queue.size() < k || scorer == null) {
            return;
          }
          Hit worst = queue.peek();
          pastTies = lastOrd >= 0 && ties.lookupOrd(lastOrd).compareTo(worst.tie()) >= 0;
          float least = pastTies ? Math.nextUp(worst.score()) : worst.score();
          if (least > minimum) {
            minimum = least;
            scorer.setMinCompetitiveScore(least);
          }
        }

        /** The tie key of {@code doc}, valid until the next key is read. */
        private BytesRef tie(int doc) throws IOException {
          if (ties == null || !ties.advanceExact(doc)) {
            throw new CorruptIndexException("text " + (leaf.docBase + doc) + " has no tie key", leaf.reader().toString());
          }
          lastOrd = ties.ordValue();
          return ties.lookupOrd(lastOrd);
        }
      };
    }
  }
}
