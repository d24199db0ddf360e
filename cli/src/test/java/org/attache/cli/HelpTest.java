package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** Help and usage errors of every command; none of these loads a model. */
class HelpTest {
  private static final String[] SUBCOMMANDS = {"demo", "ingest", "articles", "watch", "events", "people", "timeline", "export", "brief", "issues", "eval", "peers", "changes", "serve", "bench", "help"};

  @Test
  void theSubcommandsAreTheOnesTestedHere() {
    assertThat(new CommandLine(new Main()).getSubcommands().keySet()).containsExactlyInAnyOrder(SUBCOMMANDS);
  }

  @Test
  void topLevelHelpListsEveryCommand() {
    Cli.Result r = Cli.run("--help");
    assertThat(r.code()).as("%s", r).isZero();
    assertThat(r.out()).startsWith("Usage: attache ");
    for (String sub : SUBCOMMANDS) {
      assertThat(r.out()).containsPattern("(?m)^  " + sub + "\\s");
    }
    assertThat(r.err()).isEmpty();
  }

  @Test
  void noArgumentsPrintsTheUsage() {
    Cli.Result r = Cli.run();
    assertThat(r.code()).as("%s", r).isZero();
    assertThat(r.out()).startsWith("Usage: attache ");
  }

  @ParameterizedTest(name = "attache {0} --help")
  @ValueSource(strings = {"demo", "ingest", "articles", "watch", "events", "people", "timeline", "export", "brief", "issues", "eval", "peers", "changes", "serve", "bench", "help"})
  void everySubcommandHasHelp(String sub) {
    Cli.Result r = Cli.run(sub, "--help");
    assertThat(r.code()).as("%s", r).isZero();
    assertThat(r.out()).containsPattern("(?m)^Usage: attache " + sub + "\\b");
    assertThat(r.err()).isEmpty();
  }

  @ParameterizedTest(name = "attache {0} --help")
  @ValueSource(strings = {"events reject", "events fix", "people merge", "people split"})
  void everyCurationCommandHasHelp(String sub) {
    Cli.Result r = Cli.run((sub + " --help").split(" "));
    assertThat(r.code()).as("%s", r).isZero();
    assertThat(r.out()).containsPattern("(?m)^Usage: attache " + sub + "\\b").contains("re-run");
  }

  @ParameterizedTest(name = "attache help {0}")
  @ValueSource(strings = {"ingest", "events", "eval"})
  void helpCommandShowsASubcommandsUsage(String sub) {
    Cli.Result r = Cli.run("help", sub);
    assertThat(r.code()).as("%s", r).isZero();
    assertThat(r.out()).containsPattern("(?m)^Usage: attache " + sub + "\\b");
  }

  @Test
  void versionIsPrinted() {
    Cli.Result r = Cli.run("--version");
    assertThat(r.code()).isZero();
    assertThat(r.out().strip()).matches("attache \\d+\\.\\d+\\.\\d+.*");
  }

  @Test
  void anUnknownSubcommandIsAUsageError() {
    Cli.Result r = Cli.run("frobnicate");
    assertThat(r.code()).as("%s", r).isEqualTo(2);
    // picocli prints the usage, or suggestions ("Did you mean: attache watch…") when some name is close.
    assertThat(r.err()).contains("frobnicate").containsAnyOf("Usage: attache", "Did you mean: attache");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    Cli.Result r = Cli.run("events", "--colour", "red");
    assertThat(r.code()).as("%s", r).isEqualTo(2);
    assertThat(r.err()).contains("--colour");
  }

  @Test
  void aMissingRequiredOptionIsAUsageError() {
    Cli.Result r = Cli.run("eval", "--json");
    assertThat(r.code()).as("%s", r).isEqualTo(2);
    assertThat(r.err()).contains("--gold").contains("--articles");
  }
}
