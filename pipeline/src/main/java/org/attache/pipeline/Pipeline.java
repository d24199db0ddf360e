package org.attache.pipeline;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.attache.extract.Extraction;
import org.attache.extract.Extractor;
import org.attache.geo.Gazetteer;
import org.attache.ingest.IngestOptions;
import org.attache.ingest.Ingestor;
import org.attache.model.AnnotatedText;
import org.attache.model.Article;
import org.attache.model.ArticleIssue;
import org.attache.nlp.Nlp;
import org.attache.nlp.NlpOptions;
import org.attache.merge.Changes;
import org.attache.merge.Places;
import org.attache.store.EventQuery;
import org.attache.store.Store;

/**
 * The main job: reads articles, annotates them, extracts people and events, and stores each
 * article with what was found in it, in one transaction per article.
 *
 * <p>Models load once, in {@link #load}. Articles are analysed in parallel on {@code threads}
 * threads; the store is written from one thread at a time. An article whose analysis fails gets an
 * {@code ANALYSIS_FAILED} issue and the batch goes on.
 */
public final class Pipeline implements AutoCloseable {
  /** Counts of what one run did. */
  public record Summary(int read, int stored, int alreadyStored, int skipped, int failed, int events, int people,
      int reextracted) {}

  /** Hears about progress: bytes of input done, and each article stored. */
  public interface Progress {
    void inputDone(String source, long bytes);

    Progress NONE = (s, b) -> {};
  }

  private final Nlp nlp;
  private final NlpOptions options;
  private final Extractor extractor;
  private final ExecutorService pool;
  private final int threads;
  private final Places places;
  private final String extractorVersion;

  private Pipeline(Nlp nlp, NlpOptions options, Extractor extractor, int threads, Places places) {
    this.nlp = nlp;
    this.options = options;
    this.extractor = extractor;
    this.threads = threads;
    this.places = places;
    this.extractorVersion = ExtractorVersion.current();
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "attache-analyse");
      t.setDaemon(true);
      return t;
    });
  }

  /** Loads the language models and reference data; takes several seconds. */
  public static Pipeline load(int threads) {
    return load(threads, NlpOptions.defaults());
  }

  /**
   * Loads the language models and reference data with the annotator configured by {@code options}:
   * {@link NlpOptions#defaults()} annotates only where extraction reads the annotations; {@link NlpOptions#thorough()}
   * is the slow path (full NER on every sentence, every sentence with a trigger word parsed), which the fast one is
   * measured against.
   */
  public static Pipeline load(int threads, NlpOptions options) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads " + threads + " must be at least 1");
    }
    Gazetteer gazetteer = Gazetteer.load();
    return new Pipeline(Nlp.load(options), options, new Extractor(gazetteer), threads, Canon.places(gazetteer));
  }

  /** What the canonical view needs to know of places (the gazetteer's cities). */
  public Places places() {
    return places;
  }

  /**
   * The version of the extraction code (a hash of its classes and data). A stored article extracted by another
   * version is extracted again when it is read again, and the differences are recorded
   * ({@link Store#changes()}).
   */
  public String extractorVersion() {
    return extractorVersion;
  }

  /**
   * Annotates and extracts one article (no storage). The annotators run where extraction reads their output (see
   * {@link Extractor.Reading#names}, {@link Extractor.Reading#tags}, {@link Extractor.Reading#deep}), unless loaded with
   * {@link NlpOptions#thorough()}. Thread-safe.
   */
  public Extraction analyse(Article article) {
    if (!options.selective()) {
      return extractor.extract(nlp.annotate(article, extractor::needsParse));
    }
    Extractor.Reading reading = extractor.reading();
    AnnotatedText annotated = nlp.annotate(article, new org.attache.nlp.Needs() {
      @Override
      public boolean[] tags(AnnotatedText text, boolean[] tagged,
          java.util.function.Function<String, java.util.Set<String>> lemmas) {
        return reading.tags(text, tagged, lemmas);
      }

      @Override
      public boolean[] names(AnnotatedText tokens) {
        return reading.names(tokens);
      }

      @Override
      public Deep deep(AnnotatedText shallow) {
        Extractor.Deep d = reading.deep(shallow);
        return new Deep(d.parse(), d.times());
      }
    });
    return reading.extract(annotated);
  }

  /**
   * Annotates one article as if every sentence could state an event: full NER and time expressions
   * everywhere, and dependency parses. For benchmarks of the annotators; thread-safe.
   */
  public AnnotatedText annotate(Article article) {
    return nlp.annotate(article, s -> true);
  }

  /** Ingests files and folders into {@code store}. */
  public Summary ingest(List<Path> paths, IngestOptions options, Store store, Progress progress) {
    return run(sink -> new Ingestor(options).read(paths, sink), store, progress, Gate.ALL);
  }

  /** Ingests one article from a stream (standard input) named {@code name}. */
  public Summary ingest(InputStream in, String name, IngestOptions options, Store store) {
    return run(sink -> new Ingestor(options).read(in, name, sink), store, Progress.NONE, Gate.ALL);
  }

  private Summary run(Consumer<Ingestor.Sink> reader, Store store, Progress progress, Gate gate) {
    AtomicInteger read = new AtomicInteger();
    AtomicInteger stored = new AtomicInteger();
    AtomicInteger already = new AtomicInteger();
    AtomicInteger skipped = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    AtomicInteger events = new AtomicInteger();
    AtomicInteger people = new AtomicInteger();
    AtomicInteger reextracted = new AtomicInteger();
    Semaphore inFlight = new Semaphore(threads * 4);
    List<Future<?>> futures = new ArrayList<>();
    reader.accept(new Ingestor.Sink() {
      @Override
      public void article(Article a) {
        read.incrementAndGet();
        boolean again = false;
        if (store.containsArticle(a.id())) {
          already.incrementAndGet();
          if (store.extractorVersion(a.id()).filter(extractorVersion::equals).isPresent()) {
            return;
          }
          again = true;
        }
        ArticleIssue held = gate.hold(a);
        if (held != null) {
          if (again) {
            return; // stored before, unanalysed: nothing to re-extract
          }
          store.putIssue(held); // first: a crash between the two leaves the reason, never an unexplained article
          if (store.putArticle(a, List.of(), List.of())) {
            stored.incrementAndGet();
          } else {
            already.incrementAndGet();
          }
          return;
        }
        boolean reextract = again;
        inFlight.acquireUninterruptibly();
        futures.add(pool.submit(() -> {
          try {
            Extraction x = analyse(a);
            if (reextract) {
              String from = store.extractorVersion(a.id()).orElse("unknown");
              List<org.attache.model.Event> before = store.events(EventQuery.all().withArticleId(a.id()));
              store.replaceExtraction(a.id(), x.people(), x.events());
              store.recordChanges(Changes.diff(a.id(), from, extractorVersion, before, x.events(),
                  java.time.Instant.now().toString()));
              store.setExtractorVersion(a.id(), extractorVersion);
              reextracted.incrementAndGet();
            } else if (store.putArticle(a, x.people(), x.events())) {
              store.putFingerprint(Canon.fingerprint(a));
              store.setExtractorVersion(a.id(), extractorVersion);
              stored.incrementAndGet();
              events.addAndGet(x.events().size());
              people.addAndGet(x.people().size());
            } else {
              already.incrementAndGet();
            }
          } catch (RuntimeException | StackOverflowError e) {
            failed.incrementAndGet();
            store.putIssue(new ArticleIssue(a.source(), ArticleIssue.Kind.ANALYSIS_FAILED,
                "analysis failed: " + e.getClass().getSimpleName() + ": " + e.getMessage(), true));
          } finally {
            inFlight.release();
          }
        }));
      }

      @Override
      public void issue(ArticleIssue i) {
        if (i.skipped()) {
          skipped.incrementAndGet();
        }
        store.putIssue(i);
      }

      @Override
      public void inputDone(String source, long bytes) {
        progress.inputDone(source, bytes);
      }
    });
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while analysing", e);
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException("analysis task failed", e.getCause());
      }
    }
    if (stored.get() + reextracted.get() > 0) {
      Canon.refresh(store, places);
      try {
        store.updateSearchIndex(); // now, so that no search after a large ingest waits for it
      } catch (org.attache.store.StoreException e) {
        // The articles are stored. The next search brings the index in step, answering from SQLite meanwhile
        // while another process holds it, and reports any other failure to whoever searches.
      }
    }
    return new Summary(read.get(), stored.get(), already.get(), skipped.get(), failed.get(), events.get(), people.get(),
        reextracted.get());
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  /**
   * Decides per article whether it is analysed: the seam where a language check, and later a
   * translation step or a multilingual extractor, plugs in. Called on the reading thread.
   */
  public interface Gate {
    /** Null to analyse {@code a}; otherwise the issue recorded when {@code a} is stored without analysis. */
    @org.jspecify.annotations.Nullable ArticleIssue hold(Article a);

    /** Analyses every article. */
    Gate ALL = a -> null;
  }

  /**
   * Ingests the articles any reader (web pages, archives, feeds) gives into {@code store}: articles
   * {@code gate} holds back are stored without people or events and their issue recorded.
   */
  public Summary ingest(Consumer<Ingestor.Sink> reader, Store store, Progress progress, Gate gate) {
    return run(reader, store, progress, gate);
  }
}
