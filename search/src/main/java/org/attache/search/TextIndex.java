package org.attache.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * A full-text index of texts in one folder (Lucene): each text under a string id, with a tie key that orders
 * texts of equal relevance; searched for the top {@code k} by BM25 ({@code k1} 1.2, {@code b} 0.75), which stays
 * fast when the words are in a large share of the texts, since blocks of texts that cannot reach the top are
 * skipped unscored (each segment keeps its texts in tie-key order, so that texts that merely tie with the k-th best
 * are skipped too, see {@link TopTexts}). A text may be made of {@linkplain Part parts} whose words weigh more or
 * less (a title and a body).
 *
 * <p>The index is a copy kept by its owner (the store): each commit records a {@link Version} (whose data it
 * holds and up to which change), so that the owner can tell whether it is up to date. Several instances, in this
 * and other processes, may open one folder: any of them searches, and one at a time writes, through a
 * {@link Writer} that holds the folder's write lock. A folder holding an index this code cannot read is
 * started afresh by the next writer.
 *
 * <p>Thread-safe: every method is {@code synchronized}.
 */
public final class TextIndex implements AutoCloseable {
  private static final String ID = "id";
  private static final String TEXT = "text";
  private static final String TIE = "tie";
  private static final String OWNER = "owner";
  private static final String VERSION = "version";
  private static final String TAG = "tag";
  /** How each segment keeps its texts, which {@link TopTexts} needs. */
  private static final Sort TIE_ORDER = new Sort(new SortField(TIE, SortField.Type.STRING));
  private static final int RAM_BUFFER_MB = 32;
  private static final long LOCK_RETRY_MS = 25;

  /** Lucene warns once per process that the incubating vector API is not enabled; this index uses no vectors. */
  private static final Logger VECTOR_NOTICE = quiet("org.apache.lucene.internal.vectorization");

  /**
   * What a commit of the index holds.
   *
   * @param owner which data set the texts come from (the owner's id for it)
   * @param number up to which change of that data set the texts are in step, 0 or more
   * @param tag what that change was, so that the owner can tell two histories with the same number apart (a
   *     data set restored from a backup, then changed); may be empty
   */
  public record Version(String owner, long number, String tag) {
    public Version {
      if (owner.isEmpty() || number < 0) {
        throw new IllegalArgumentException("index version '" + owner + "' " + number
            + " needs an owner and a number of 0 or more");
      }
    }
  }

  /**
   * A part of an indexed text (a title, a body) and how much its words weigh: each counts {@code weight} times in
   * BM25's term frequency and in the text's length, as SQLite FTS5's {@code bm25()} weighs a column (close to it,
   * since FTS5 counts each word once in the length).
   *
   * @param text the words of the part, cut and folded as in a {@link TextQuery}
   * @param weight 1 to {@value #MAX_WEIGHT}
   */
  public record Part(String text, int weight) {
    /** The largest weight of a part. */
    public static final int MAX_WEIGHT = 20;

    public Part {
      if (weight < 1 || weight > MAX_WEIGHT) {
        throw new IllegalArgumentException("a text part's weight " + weight + " is not between 1 and " + MAX_WEIGHT);
      }
    }
  }

  /**
   * One search result.
   *
   * @param id the id the text was put under
   * @param score its BM25 relevance, higher is better, comparable only within one search
   */
  public record Hit(String id, float score) {}

  private final Path folder;
  private final Directory directory;
  private @Nullable DirectoryReader reader;
  private boolean closed;

  private TextIndex(Path folder, Directory directory) {
    this.folder = folder;
    this.directory = directory;
  }

  /** Opens the index in {@code folder}, which need not exist yet (the first commit creates it). */
  public static TextIndex open(Path folder) {
    try {
      return new TextIndex(folder, FSDirectory.open(folder));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the search index " + folder + ": " + e.getMessage(), e);
    }
  }

  /** The folder of the index. */
  public Path folder() {
    return folder;
  }

  /**
   * The version of the newest commit in the folder, which later searches then read (made since by a writer of
   * this or another process, it is read now); empty when the folder holds no index, or one this code cannot
   * read (or whose texts are not kept in tie-key order, as an older Attaché wrote them) or that records no version.
   */
  public synchronized Optional<Version> version() {
    open();
    try {
      if (reader == null) {
        reader = DirectoryReader.open(directory);
      } else {
        DirectoryReader newer = DirectoryReader.openIfChanged(reader);
        if (newer != null) {
          reader.close();
          reader = newer;
        }
      }
      if (!reader.leaves().stream().allMatch(leaf -> TIE_ORDER.equals(leaf.reader().getMetaData().sort()))) {
        closeReader(); // the next writer starts afresh, maybe under the same commit generation
        return Optional.empty();
      }
      Map<String, String> data = reader.getIndexCommit().getUserData();
      String owner = data.get(OWNER);
      String number = data.get(VERSION);
      String tag = data.get(TAG);
      return owner == null || number == null || tag == null ? Optional.empty()
          : Optional.of(new Version(owner, Long.parseLong(number), tag));
    } catch (IndexNotFoundException | CorruptIndexException | IndexFormatTooOldException
        | IndexFormatTooNewException | NumberFormatException e) {
      closeReader();
      return Optional.empty();
    } catch (IOException e) {
      throw failure("reading", e);
    }
  }

  /** How many texts the index held at the last {@link #version()}; 0 before. */
  public synchronized int size() {
    open();
    return reader == null ? 0 : reader.numDocs();
  }

  /**
   * The texts {@code query} matches, best first: by BM25 (a prefix word counts the same for every text it
   * matches), then by tie key; at most {@code limit}. Reads the index as of the last {@link #version()}; empty
   * before.
   */
  public synchronized List<Hit> search(TextQuery query, int limit) {
    open();
    if (limit < 1) {
      throw new IllegalArgumentException("search: limit " + limit + " must be 1 or more");
    }
    if (reader == null) {
      return List.of();
    }
    try {
      return hits(new IndexSearcher(reader).search(query.lucene(TEXT), new TopTexts(limit, TIE, TIE_ORDER)));
    } catch (IOException e) {
      throw failure("searching", e);
    }
  }

  /** The hits of {@code docs}, in their order; ids read from doc values leaf by leaf in doc order. */
  private List<Hit> hits(List<TopTexts.Hit> docs) throws IOException {
    Integer[] byDoc = new Integer[docs.size()];
    Arrays.setAll(byDoc, i -> i);
    Arrays.sort(byDoc, Comparator.comparingInt(i -> docs.get(i).doc()));
    String[] ids = new String[docs.size()];
    List<LeafReaderContext> leaves = reader().leaves();
    LeafReaderContext leaf = null;
    SortedDocValues values = null;
    for (int i : byDoc) {
      int doc = docs.get(i).doc();
      LeafReaderContext at = leaves.get(ReaderUtil.subIndex(doc, leaves));
      if (at != leaf) {
        leaf = at;
        values = at.reader().getSortedDocValues(ID);
      }
      if (values == null || !values.advanceExact(doc - at.docBase)) {
        throw new CorruptIndexException("text " + doc + " has no id", folder.toString());
      }
      ids[i] = values.lookupOrd(values.ordValue()).utf8ToString();
    }
    List<Hit> out = new ArrayList<>(docs.size());
    for (int i = 0; i < docs.size(); i++) {
      out.add(new Hit(ids[i], docs.get(i).score()));
    }
    return out;
  }

  /**
   * The writer of the index, once the folder's write lock is free: waits for it up to {@code wait} (another
   * writer holds it while it brings the index up to date); empty if it is still held then. The caller closes
   * the writer, which releases the lock.
   */
  public synchronized Optional<Writer> writer(Duration wait) {
    open();
    long deadline = System.nanoTime() + wait.toNanos();
    boolean wiped = false;
    while (true) {
      try {
        return Optional.of(new Writer(newWriter()));
      } catch (LockObtainFailedException e) {
        if (System.nanoTime() >= deadline) {
          return Optional.empty();
        }
        sleep();
      } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException
          | IllegalArgumentException e) { // the last: an index of another sort, written by an older Attaché
        if (wiped) {
          throw e instanceof IOException io ? failure("starting afresh", io)
              : new IllegalStateException("starting afresh the search index " + folder + ": " + e.getMessage(), e);
        }
        wipe(e); // an index this code cannot read: start afresh (the owner then rebuilds it)
        wiped = true;
      } catch (IOException e) {
        throw failure("opening for writing", e);
      }
    }
  }

  /** Deletes the files of an index this code cannot read ({@code why}), under the write lock if it is free. */
  private void wipe(Exception why) {
    try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      for (String name : directory.listAll()) {
        if (!name.equals(IndexWriter.WRITE_LOCK_NAME)) {
          directory.deleteFile(name);
        }
      }
    } catch (LockObtainFailedException e) {
      // another writer came first; the caller tries again
    } catch (IOException e) {
      e.addSuppressed(why);
      throw failure("starting afresh", e);
    }
  }

  private IndexWriter newWriter() throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) { // every text comes as a WordStream
            throw new IllegalStateException("field " + fieldName + " of the search index has no analyzer");
          }
        })
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(RAM_BUFFER_MB)
        .setIndexSort(TIE_ORDER)
        .setCommitOnClose(false);
    return new IndexWriter(directory, config);
  }

  private static void sleep() {
    try {
      Thread.sleep(LOCK_RETRY_MS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the search index's write lock", e);
    }
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try (Directory d = directory) {
      closeReader();
    } catch (IOException e) {
      throw failure("closing", e);
    }
  }

  private void closeReader() {
    if (reader != null) {
      try {
        reader.close();
      } catch (IOException e) {
        throw failure("closing a reader of", e);
      } finally {
        reader = null;
      }
    }
  }

  private DirectoryReader reader() {
    if (reader == null) {
      throw new IllegalStateException("no reader of " + folder);
    }
    return reader;
  }

  private void open() {
    if (closed) {
      throw new IllegalStateException("the search index " + folder + " is closed");
    }
  }

  private UncheckedIOException failure(String doing, IOException e) {
    return new UncheckedIOException(doing + " the search index " + folder + ": " + e.getMessage(), e);
  }

  private static Logger quiet(String name) {
    Logger logger = Logger.getLogger(name);
    logger.setLevel(Level.SEVERE);
    return logger;
  }

  /**
   * Changes to the index, seen by searches once {@linkplain #commit committed}; holds the folder's write lock
   * until closed. Closing without a commit drops the changes. Not thread-safe: one thread uses it.
   */
  public final class Writer implements AutoCloseable {
    private final IndexWriter writer;

    private Writer(IndexWriter writer) {
      this.writer = writer;
    }

    /**
     * Puts {@code text} under {@code id}, in place of any text already there.
     *
     * @param tieKey orders this text among texts of equal relevance (by its UTF-8 bytes, smaller first)
     */
    public void put(String id, String text, String tieKey) {
      put(id, List.of(new Part(text, 1)), tieKey);
    }

    /**
     * Puts the text made of {@code parts} under {@code id}, in place of any text already there; a query matches
     * it when each of its words is in one of the parts.
     *
     * @param tieKey orders this text among texts of equal relevance (by its UTF-8 bytes, smaller first)
     */
    public void put(String id, List<Part> parts, String tieKey) {
      Document doc = new Document();
      doc.add(new StringField(ID, id, Field.Store.NO));
      doc.add(new SortedDocValuesField(ID, new BytesRef(id)));
      doc.add(new TextField(TEXT, new WordStream(parts)));
      doc.add(new SortedDocValuesField(TIE, new BytesRef(tieKey)));
      try {
        writer.updateDocument(new Term(ID, id), doc);
      } catch (IOException e) {
        throw failure("writing " + id + " to", e);
      }
    }

    /** Removes the text under {@code id}, if there is one. */
    public void delete(String id) {
      try {
        writer.deleteDocuments(new Term(ID, id));
      } catch (IOException e) {
        throw failure("deleting " + id + " from", e);
      }
    }

    /** Removes every text. */
    public void clear() {
      try {
        writer.deleteAll();
      } catch (IOException e) {
        throw failure("clearing", e);
      }
    }

    /** Makes the changes so far durable and visible to searches, recording {@code version}. */
    public void commit(Version version) {
      writer.setLiveCommitData(Map.of(OWNER, version.owner(), VERSION, Long.toString(version.number()), TAG,
          version.tag()).entrySet());
      try {
        writer.commit();
      } catch (IOException e) {
        throw failure("committing", e);
      }
    }

    /** Drops the changes since the last commit and releases the write lock. */
    @Override
    public void close() {
      try {
        writer.rollback();
      } catch (IOException e) {
        throw failure("closing the writer of", e);
      }
    }
  }
}
