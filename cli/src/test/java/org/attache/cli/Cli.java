package org.attache.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the command line in this JVM, as {@code ./attache} would, and keeps what it printed. */
final class Cli {
  /**
   * What one run gave.
   *
   * @param code the exit code
   * @param out what was printed on standard output
   * @param err what was printed on standard error (through the command line's own writer)
   */
  record Result(int code, String out, String err) {
    /** The output lines, without a trailing empty one. */
    String[] lines() {
      return out.isEmpty() ? new String[0] : out.split("\\R");
    }

    @Override
    public String toString() {
      return "exit " + code + "\n--- out:\n" + out + "\n--- err:\n" + err;
    }
  }

  private Cli() {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
      code = Main.run(o, e, args);
    }
    return new Result(code, out.toString(), err.toString());
  }

  /** The shared folder (with {@code eval/}) the build passes as the system property {@code attache.shared}. */
  static Path shared() {
    String s = System.getProperty("attache.shared");
    if (s == null || s.isBlank()) {
      throw new IllegalStateException("system property attache.shared is not set; run the tests through Maven");
    }
    return Path.of(s);
  }
}
