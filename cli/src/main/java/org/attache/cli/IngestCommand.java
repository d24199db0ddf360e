package org.attache.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.attache.ingest.IngestOptions;
import org.attache.model.PartialDate;
import org.attache.pipeline.Pipeline;
import org.attache.store.Store;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Reads articles into the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Read text articles (files, folders walked recursively, or - for standard input), saved web pages "
        + "(.html, .htm), WARC archives (.warc, .warc.gz) and URLs (http://, https://, or listed with --urls), find their "
        + "people and events, and store them. Web pages keep only the article, with its title, date, author, site and "
        + "language; articles not in English are stored but not analysed. Articles already stored (same content) are "
        + "skipped; problems with single inputs are recorded (see 'attache issues') and the batch goes on."})
final class IngestCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;

  @Parameters(arity = "0..*", paramLabel = "PATH|URL", description = "Files, folders or URLs to read; - reads one article from standard input.")
  List<String> paths = List.of();

  @Option(names = "--urls", paramLabel = "FILE", description = "Also fetch the URLs listed in FILE, one a line (blank lines and # comments skipped).")
  @Nullable Path urls;

  @Mixin WebIntake.FetchFlags fetch;

  @Option(names = "--pub-date", paramLabel = "DATE", description = "Publication date for articles with no manifest row (YYYY-MM-DD or YYYY-MM); overrides date lines.")
  @Nullable String pubDate;

  @Option(names = "--manifest", paramLabel = "FILE", description = "TSV or CSV with a header: file and pub_date required, url and title optional.")
  @Nullable Path manifest;

  @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "5242880", description = "Refuse files, pages and archive records larger than this (default: ${DEFAULT-VALUE}, 5 MB).")
  long maxBytes;

  @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    IngestOptions options = new IngestOptions(maxBytes, pubDate == null ? null : EventFilter.date("--pub-date", pubDate), manifest);
    if (paths.isEmpty() && urls == null) {
      throw new IllegalArgumentException("nothing to read: give PATH or URL arguments, or --urls FILE");
    }
    if (paths.equals(List.of("-"))) {
      try (Store s = store.open(); Pipeline p = Progress.loading(spec.commandLine().getErr(), () -> Pipeline.load(threads))) {
        print(out, p.ingest(System.in, "-", options, s), s);
      }
      return;
    }
    WebIntake.Split split = WebIntake.split(paths);
    List<String> urlList = new java.util.ArrayList<>(split.urls());
    if (urls != null) {
      urlList.addAll(WebIntake.urlList(urls));
    }
    org.attache.web.FetchOptions fetchOptions = fetch.options(maxBytes);
    try (Store s = store.open(); Pipeline p = Progress.loading(spec.commandLine().getErr(), () -> Pipeline.load(threads))) {
      org.attache.web.LanguageDetector languages = org.attache.web.LanguageDetector.openNlp();
      WebIntake intake = new WebIntake(languages);
      List<Pipeline.Summary> sums = new java.util.ArrayList<>();
      if (!split.text().isEmpty()) {
        try (Progress bar = Progress.bytes("Ingesting", split.text())) {
          sums.add(p.ingest(sink -> new org.attache.ingest.Ingestor(options).read(split.text(), intake.textBridge(sink, s)),
              s, bar, intake.gate()));
        }
      }
      org.attache.web.WebIngestor web = new org.attache.web.WebIngestor(
          new org.attache.web.PageReader(languages),
          urlList.isEmpty() ? null : new org.attache.web.Fetcher(fetchOptions), maxBytes);
      if (!split.webFiles().isEmpty()) {
        try (Progress bar = Progress.bytes("Reading pages", split.webFiles())) {
          sums.add(WebIntake.run(p, s, intake, sink -> web.readFiles(split.webFiles(), sink), bar));
        }
      }
      if (!urlList.isEmpty()) {
        try (WebIntake.CountBar bar = new WebIntake.CountBar("Fetching", urlList.size())) {
          sums.add(WebIntake.run(p, s, intake, sink -> web.readUrls(urlList, sink), bar));
        }
      }
      Pipeline.Summary sum = sums.stream().reduce(new Pipeline.Summary(0, 0, 0, 0, 0, 0, 0, 0), (a, b) -> new Pipeline.Summary(
          a.read() + b.read(), a.stored() + b.stored(), a.alreadyStored() + b.alreadyStored(), a.skipped() + b.skipped(),
          a.failed() + b.failed(), a.events() + b.events(), a.people() + b.people(), a.reextracted() + b.reextracted()));
      print(out, sum, s);
      intake.tally().print(out, sum);
    }
  }

  static void print(PrintWriter out, Pipeline.Summary sum, Store s) {
    out.printf("read %d article(s): %d new, %d already stored, %d skipped, %d failed analysis; %d event(s), %d people found%n",
        sum.read(), sum.stored(), sum.alreadyStored(), sum.skipped(), sum.failed(), sum.events(), sum.people());
    if (sum.reextracted() > 0) {
      out.printf("re-read %d stored article(s) extracted by another extractor version; see 'attache changes'%n", sum.reextracted());
    }
    Store.Stats st = s.stats();
    out.printf("store now holds %d article(s), %d event(s), %d people, %d recorded issue(s)%n", st.articles(), st.events(),
        st.people(), st.issues());
    out.flush();
  }
}
