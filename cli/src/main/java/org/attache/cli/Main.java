package org.attache.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code attache} command: reads news about international relations and keeps the events it finds. */
@Command(name = "attache", mixinStandardHelpOptions = true, version = "attache 0.1.0",
    description = "Turns news articles about international relations into a searchable, evidence-backed record of events.",
    subcommands = {DemoCommand.class, IngestCommand.class, ArticlesCommand.class, WatchCommand.class, EventsCommand.class,
        PeopleCommand.class, TimelineCommand.class, ExportCommand.class, BriefCommand.class,
        IssuesCommand.class, EvalCommand.class, PeersCommand.class, ChangesCommand.class, ServeCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs the command line with the given output streams; returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((ex, line, parse) -> {
      if (ex instanceof IllegalArgumentException || ex instanceof java.io.UncheckedIOException) {
        line.getErr().println("attache: " + ex.getMessage());
        return 2;
      }
      throw ex;
    });
    return cl.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
