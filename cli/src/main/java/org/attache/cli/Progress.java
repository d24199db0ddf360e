package org.attache.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.attache.ingest.Ingestor;
import org.attache.pipeline.Pipeline;
import org.jspecify.annotations.Nullable;

/** A progress bar on standard error over the bytes of a batch; silent when there is no terminal. */
final class Progress implements Pipeline.Progress, AutoCloseable {
  private final @Nullable ProgressBar bar;

  private Progress(@Nullable ProgressBar bar) {
    this.bar = bar;
  }

  static Progress bytes(String task, List<Path> paths) {
    if (System.console() == null) {
      return new Progress(null);
    }
    long total = Ingestor.countFiles(paths);
    ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(Math.max(1, total / 1024)).setUnit(" KB", 1)
        .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err)).showSpeed().build();
    return new Progress(bar);
  }

  /** Loads something slow, saying so on {@code err} before and after. */
  static <T> T loading(PrintWriter err, Supplier<T> load) {
    err.println("Loading language models (a few seconds)…");
    err.flush();
    long t0 = System.nanoTime();
    T t = load.get();
    err.printf("Models loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    err.flush();
    return t;
  }

  @Override
  public void inputDone(String source, long bytes) {
    if (bar != null) {
      bar.stepBy(bytes / 1024);
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
