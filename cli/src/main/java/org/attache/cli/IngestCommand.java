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
    description = {"Read text articles (files, folders walked recursively, or - for standard input), find their people "
        + "and events, and store them. Articles already stored (same content) are skipped; problems with single "
        + "files are recorded (see 'attache issues') and the batch goes on."})
final class IngestCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read; - reads one article from standard input.")
  List<String> paths;

  @Option(names = "--pub-date", paramLabel = "DATE", description = "Publication date for articles with no manifest row (YYYY-MM-DD or YYYY-MM); overrides date lines.")
  @Nullable String pubDate;

  @Option(names = "--manifest", paramLabel = "FILE", description = "TSV or CSV with a header: file and pub_date required, url and title optional.")
  @Nullable Path manifest;

  @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "5242880", description = "Refuse files larger than this (default: ${DEFAULT-VALUE}, 5 MB).")
  long maxBytes;

  @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    IngestOptions options = new IngestOptions(maxBytes, pubDate == null ? null : EventFilter.date("--pub-date", pubDate), manifest);
    try (Store s = store.open(); Pipeline p = Progress.loading(spec.commandLine().getErr(), () -> Pipeline.load(threads))) {
      Pipeline.Summary sum;
      if (paths.equals(List.of("-"))) {
        sum = p.ingest(System.in, "-", options, s);
      } else {
        List<Path> ps = paths.stream().map(Path::of).toList();
        try (Progress bar = Progress.bytes("Ingesting", ps)) {
          sum = p.ingest(ps, options, s, bar);
        }
      }
      print(out, sum, s);
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
