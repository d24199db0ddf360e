package org.attache.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Times a fresh process from its start to its exit: the cold start of a command. */
final class ColdStart {
  /**
   * What one run gave.
   *
   * @param millis wall time from starting the process to its exit, in milliseconds
   * @param exitCode its exit code
   * @param output what it printed, standard output and error together
   */
  record Run(long millis, int exitCode, String output) {}

  private ColdStart() {}

  /** Runs {@code command} in a new process, waiting at most {@code timeoutSeconds}. */
  static Run run(List<String> command, long timeoutSeconds) {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    long start = System.nanoTime();
    try {
      Process p = pb.start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("cold start: " + command + " did not finish in " + timeoutSeconds + " s");
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      return new Run(millis, p.exitValue(), new String(out, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cold start: cannot run " + command + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("cold start: interrupted", e);
    }
  }
}
