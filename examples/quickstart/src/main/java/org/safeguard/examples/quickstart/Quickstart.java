/*
 * Copyright 2026 the Safeguard maintainers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.safeguard.examples.quickstart;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.safeguard.core.LoadingMode;
import org.safeguard.core.PluginProblem;
import org.safeguard.core.Safeguard;
import org.safeguard.core.UnknownProviderException;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.core.marac.MaracDecision;
import org.safeguard.core.casework.CaseFile;
import org.safeguard.core.outcome.CaseOutcome;
import org.safeguard.core.outcome.CohortReport;
import org.safeguard.core.outcome.CohortTally;
import org.safeguard.core.outcome.ReportParameters;
import org.safeguard.core.policy.PolicyFormatException;
import org.safeguard.examples.quickstart.planning.PlanningCommand;
import org.safeguard.model.Instrument;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.SafeguardException;
import org.safeguard.synthetic.SyntheticCohort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The quickstart: the whole of Safeguard's main job in one run. It builds the engine once,
 * assesses each case's Dash answers, applies a practitioner's judgement where the case has one,
 * screens each case for MARAC, and prints a summary of counts and three decisions explained in
 * full, then three cases built to show MARAC rules the sample may not contain ({@link MaracRules}).
 * By default it runs over a shipped sample of 60 synthetic cases.
 *
 * <pre>
 * java -jar safeguard-quickstart.jar [--cases FILE] [--policy FILE] [--out FILE] [--lenient]
 * java -jar safeguard-quickstart.jar plan [--areas FILE] [--team FILE] [--trace] [--out FILE] ...
 * java -jar safeguard-quickstart.jar generate COUNT SEED FILE
 * </pre>
 *
 * <p>The command line is picocli's: help, typed options and their errors are generated. Every
 * failure is one line on standard error, starting with the command's name: bad arguments exit with
 * status 2, bad input (a cases, policy, areas or team file refused, naming the file, row, line and
 * column but never a cell) with 1. The summary holds case ids and counts only; see {@link
 * ScreeningReport}.
 */
@Command(name = "java -jar safeguard-quickstart.jar",
    description = {"Assesses and screens synthetic cases for MARAC, works them through casework to a closing review, and"
        + " prints a summary and the cohort outcome tables. Without --cases it runs over the shipped sample."},
    subcommands = {PlanningCommand.class, GenerateCommand.class},
    sortOptions = false,
    exitCodeListHeading = "Exit status:%n",
    exitCodeList = {"0:done", "1:bad input: a file refused, naming the file, row, line and column (never a cell)",
        "2:bad arguments"},
    footer = {"The shipped sample is 'generate " + SyntheticCases.SAMPLE_COUNT + " " + SyntheticCases.SAMPLE_SEED
        + " FILE'; every case is screened on " + SyntheticCases.SCREENING_DAY + "."})
public final class Quickstart implements Callable<Integer> {
  private static final Logger log = LoggerFactory.getLogger(Quickstart.class);

  /** The instrument every case answers. */
  public static final String INSTRUMENT = "safelives-dash-ric";

  /** Where the summary goes unless {@code --out} says otherwise, relative to the working directory. */
  public static final Path DEFAULT_OUT = Path.of("target", "quickstart-summary.txt");
  /** Where the sample's exports go unless {@code --exports} says otherwise. */
  public static final Path DEFAULT_EXPORTS = Path.of("target", "quickstart-exports");

  /** The longest line a failure prints: a file name or an argument is cut short rather than printed whole. */
  static final int MAX_MESSAGE = 400;

  /**
   * Judgements are stamped with the engine's clock. A fixed one, on the screening date, keeps the
   * output the same on every run; a real system uses the system clock, the default.
   */
  private static final Clock SCREENING_CLOCK =
      Clock.fixed(SyntheticCases.SCREENING_DATE.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  @Option(names = "--cases", paramLabel = "FILE", converter = InputFile.class, order = 1,
      description = "screen the cases in FILE (CSV UTF-8, as the shipped sample; see CaseCsv) instead of the sample")
  @Nullable Path cases;

  @Option(names = "--policy", paramLabel = "FILE", converter = InputFile.class, order = 2,
      description = "use a county threshold policy (properties file) instead of safelives")
  @Nullable Path policy;

  @Option(names = "--out", paramLabel = "FILE", converter = OutputFile.class, order = 3,
      description = "write the summary to FILE; default target/quickstart-summary.txt")
  @Nullable Path out;

  @Option(names = "--exports", paramLabel = "DIR", converter = OutputDirectory.class, order = 4,
      description = "write the sample's exports (one file per format and purpose) into DIR; default target/quickstart-exports")
  @Nullable Path exports;

  @Option(names = "--lenient", order = 5, description = "leave out a plugin that fails to load, instead of stopping")
  boolean lenient;

  @Option(names = {"-h", "--help"}, usageHelp = true, order = 6, description = "show this help and exit")
  boolean help;

  private final PrintStream stdout;
  private final PrintStream stderr;

  private Quickstart(PrintStream stdout, PrintStream stderr) {
    this.stdout = stdout;
    this.stderr = stderr;
  }

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the quickstart and returns the exit status, so tests can run it in-process. */
  public static int run(String @Nullable [] args, PrintStream out, PrintStream err) {
    if (args == null) {
      return run(new String[0], out, err);
    }
    for (String arg : args) {
      if (arg == null) {
        err.println("quickstart: an argument is missing (null) (see --help)");
        return 2;
      }
    }
    CommandLine commandLine = new CommandLine(new Quickstart(out, err));
    // @FILE would read a file as more arguments, and an error could print a cell of it back
    commandLine.setExpandAtFiles(false);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    commandLine.setParameterExceptionHandler((e, given) -> {
      err.println(oneLine(nameOf(e.getCommandLine()) + ": " + e.getMessage()) + " (see --help)");
      return 2;
    });
    commandLine.setExecutionExceptionHandler((e, failed, parsed) -> {
      String name = nameOf(failed);
      if (e instanceof CommandFailure) {
        err.println(oneLine(name + ": " + e.getMessage()));
        return ((CommandFailure) e).status();
      }
      if (e instanceof PolicyFormatException) {
        err.println(oneLine(name + ": " + policyProblem((PolicyFormatException) e)));
        return 1;
      }
      if (e instanceof SafeguardException) {
        // the library's messages name the field and the rule, and a file's where; never a cell
        err.println(oneLine(name + ": " + e.getMessage()));
        return 1;
      }
      throw e;
    });
    return commandLine.execute(args);
  }

  /** The quickstart's stdout, for its subcommands. */
  public PrintStream out() {
    return stdout;
  }

  /** The quickstart's stderr, for its subcommands. */
  public PrintStream err() {
    return stderr;
  }

  /**
   * Refuses, for a subcommand, the options that belong to the screening run, which it would
   * otherwise quietly ignore.
   */
  public void refuseScreeningOptions(CommandLine subcommand) {
    if (cases != null || policy != null || out != null || lenient) {
      throw new CommandLine.ParameterException(subcommand, "--cases, --policy, --out and --lenient belong to the screening run;"
          + " give " + subcommand.getCommandName() + " its own options after its name");
    }
  }

  @Override
  public Integer call() {
    Safeguard safeguard = buildSafeguard(policy, lenient);
    Instrument instrument = safeguard.instrument(INSTRUMENT);
    if (safeguard.policy().bandsFor(INSTRUMENT).isEmpty()) {
      throw new InvalidInputException("--policy", safeguard.policy().id(),
          "the policy sets no bands for " + INSTRUMENT + "; add bands." + INSTRUMENT + ".* keys");
    }
    String source = cases == null ? CaseCsv.SAMPLE_RESOURCE + " (shipped sample)" : cases.toString();
    List<SyntheticCase> read = cases == null
        ? CaseCsv.readSample(instrument, SyntheticCases.SCREENING_DATE)
        : CaseCsv.read(cases, instrument, SyntheticCases.SCREENING_DATE);

    List<String> leftOut = new ArrayList<>();
    for (PluginProblem problem : safeguard.problems()) {
      leftOut.add(problem.providerId());
    }
    List<ScreenedCase> screened = screen(safeguard, read);
    List<SampleCasework.Worked> worked = SampleCasework.work(safeguard, read, screened);
    List<CaseFile> files = worked.stream().map(SampleCasework.Worked::file).toList();
    CohortReport sampleReport = sampleReport(safeguard, files);
    List<PerpetratorSide.Worked> perpetrators = PerpetratorSide.work(safeguard, screened, SyntheticCases.SCREENING_DATE);
    QuarterlyReturn.Worked quarter = QuarterlyReturn.work(safeguard, read, screened, SyntheticCases.SCREENING_DATE);
    String summary = new ScreeningReport(source, SyntheticCases.SCREENING_DATE, instrument, safeguard.policy(), leftOut,
        screened).render()
        + MaracRules.render(safeguard, instrument, SyntheticCases.SCREENING_DATE)
        + cohortSection(sampleReport, files.size())
        + PerpetratorSide.render(safeguard, perpetrators, files)
        + QuarterlyReturn.render(quarter.figures(), QuarterlyReturn.ranges(), QuarterlyReturn.population())
        + policyImpact(read, screened, safeguard, lenient);

    stdout.print(summary);
    Path written = SummaryFile.write(out == null ? DEFAULT_OUT : out, summary);
    stdout.println();
    stdout.println("Summary written to " + written);
    List<SampleExports.Written> exported = SampleExports.write(safeguard, exports == null ? DEFAULT_EXPORTS : exports, worked, read,
        screened, perpetrators, List.of(sampleReport, GeneratedCohort.REPORT), quarter, SampleExports.freshKey());
    for (SampleExports.Written w : exported) {
      stdout.println("Export written to " + w.file() + " (" + w.format() + ", " + w.purpose().name().toLowerCase(java.util.Locale.ROOT)
          + ", " + w.records() + " records" + (w.purpose() == org.safeguard.export.Purpose.RESEARCH
              ? researchNote(safeguard.exporters().get(w.format()).records()) : "") + ")");
    }
    return 0;
  }

  /**
   * A policy file's problem without the line's value, and with its key only when it is one a policy
   * has: a cases file given as a policy by mistake would otherwise have its cells read as keys and
   * values and printed back.
   */
  static String policyProblem(PolicyFormatException e) {
    String rule = e.rule();
    String in = " (in " + e.source() + ")";
    if (rule.endsWith(in)) {
      rule = rule.substring(0, rule.length() - in.length());
    }
    String key = e.field();
    if (key.equals("file") || key.equals("resource")) {
      // the whole file: the engine says what is wrong in words (not UTF-8, too large, a directory)
      if (rule.startsWith("cannot be read: ")) {
        rule = "cannot be read";
      }
      return e.source() + ": " + rule;
    }
    boolean policyKey = POLICY_KEY.matcher(key).matches();
    return e.source() + ": " + (policyKey ? key : "a line that is not a policy setting") + ": " + rule;
  }

  /** The keys a policy has, or may have misspelt: its own names, and the bands, service and marac families. */
  private static final Pattern POLICY_KEY = Pattern.compile(
      "(id|version|family|description|effective-from|effective-until|(bands|service|marac)\\.[A-Za-z0-9@._-]{1,100})");

  /** The name a failure line starts with: {@code quickstart}, or the subcommand's. */
  private static String nameOf(CommandLine commandLine) {
    return commandLine.getParent() == null ? "quickstart" : commandLine.getCommandName();
  }

  /**
   * A message as one printable line of bounded length: a control character (a line break in a
   * file name, say) shows as {@code ?}, and a line too long is cut short.
   */
  static String oneLine(String message) {
    StringBuilder line = new StringBuilder(Math.min(message.length(), MAX_MESSAGE + 1));
    for (int i = 0; i < message.length() && line.length() < MAX_MESSAGE; i++) {
      char c = message.charAt(i);
      line.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? '?' : c);
    }
    return line.length() < message.length() ? line.append('…').toString() : line.toString();
  }

  /**
   * The policy-impact section: the sample screened again under Hertfordshire 2014, by an engine built
   * as the main one is (the same loading mode and clock). Under --lenient, a run whose policies plugin
   * is missing leaves the section out rather than failing.
   */
  private static String policyImpact(List<SyntheticCase> read, List<ScreenedCase> screened, Safeguard safeguard, boolean lenient) {
    Safeguard candidate;
    try {
      candidate = buildCandidate(lenient);
    } catch (UnknownProviderException missing) {
      if (lenient) {
        return "";
      }
      throw missing;
    }
    return PolicyComparison.render(PolicyComparison.compare(read, screened, candidate), safeguard.policy().id());
  }

  /** The engine of the policy-impact section: Hertfordshire 2014, loaded and clocked as the main engine is. */
  static Safeguard buildCandidate(boolean lenient) {
    return Safeguard.builder().loading(lenient ? LoadingMode.LENIENT : LoadingMode.STRICT).clock(SCREENING_CLOCK)
        .thresholdPolicy(PolicyComparison.CANDIDATE).build();
  }

  /** Builds the engine once; it is immutable and thread-safe, and every case goes through it. */
  static Safeguard buildSafeguard(@Nullable Path policy, boolean lenient) {
    Safeguard.Builder builder = Safeguard.builder()
        .loading(lenient ? LoadingMode.LENIENT : LoadingMode.STRICT)
        .clock(SCREENING_CLOCK);
    if (policy != null) {
      builder.thresholdPolicyFile(policy);
    } else {
      builder.thresholdPolicy(Safeguard.DEFAULT_POLICY);
    }
    Safeguard safeguard = builder.build();
    // the engine logs only what goes wrong; a host that wants a line at start writes it, ids and counts only
    log.info("Engine ready: {}", safeguard);
    return safeguard;
  }

  /** The seed of the large generated cohort the quickstart reports beside the sample's. */
  static final long COHORT_SEED = 2009;

  /** How many generated cases that report covers. */
  static final int COHORT_SIZE = 1_000_000;

  /**
   * The casework half: the sample worked from referral to a closing review through the casework
   * commands, then the evaluation's outcome tables for it, and for a million generated cases whose
   * rates follow the evaluation's published figures.
   */
  static String cohortSection(CohortReport sample, int cases) {
    String nl = System.lineSeparator();
    return nl + "Casework: each case opened on " + SyntheticCases.SCREENING_DATE + ", worked through consent, MARAC,"
        + " interventions and contacts, and closed after a review four months later." + nl
        + "Cohort outcomes for the " + cases + " sample cases (far too few to match the published rates):" + nl
        + sample.toTable() + nl
        + "The same report for " + String.format("%,d", COHORT_SIZE) + " generated cases (SyntheticCohort, seed " + COHORT_SEED
        + "), whose rates follow Safety in Numbers:" + nl
        + GeneratedCohort.TABLE;
  }

  /** What research did to a format's records: pseudonyms where it writes cases, suppression where it writes cohort reports. */
  static String researchNote(java.util.Set<String> records) {
    boolean cases = records.contains(org.safeguard.export.Schemas.CASE.name()) || records.contains(org.safeguard.export.Schemas.ASSESSMENT.name());
    boolean counts = records.contains(org.safeguard.export.Schemas.COHORT_REPORT.name());
    return (cases ? "; pseudonyms keyed for this run only" : "") + (counts ? (cases ? "," : ";") + " small counts suppressed" : "");
  }

  /** The outcome report on the sample once its casework is done. */
  static CohortReport sampleReport(Safeguard safeguard, List<CaseFile> files) {
    List<CaseOutcome> outcomes = new ArrayList<>(files.size());
    for (CaseFile file : files) {
      outcomes.add(safeguard.casework().outcome(file));
    }
    return outcomes.stream().collect(CohortTally.collector());
  }

  /**
   * The generated cohort's report and table, made once a JVM: it depends on nothing a run is given, and a
   * million cases take a while, which tests running the quickstart many times need not pay each time.
   */
  private static final class GeneratedCohort {
    static final CohortReport REPORT = SyntheticCohort.withDefaults(COHORT_SEED).packed(COHORT_SIZE).report(ReportParameters.defaults());
    static final String TABLE = REPORT.toTable();

    private GeneratedCohort() {}
  }

  /** The main job, case by case: assess, apply judgement, screen. */
  static List<ScreenedCase> screen(Safeguard safeguard, List<SyntheticCase> cases) {
    List<ScreenedCase> screened = new ArrayList<>(cases.size());
    for (SyntheticCase c : cases) {
      Assessment assessment = safeguard.assess(c.responses());
      boolean judgementNotNeeded = false;
      if (c.judgement().isPresent()) {
        Judgement judgement = c.judgement().get();
        // Judgement may only raise. Under a county policy with a lower threshold the computed level
        // can already be as high, and raise() would rightly refuse. Answers too few for a level
        // have none, and judgement sets it.
        if (assessment.level().map(computed -> judgement.level().isAbove(computed)).orElse(true)) {
          assessment = safeguard.raise(assessment, safeguard.judgement()
              .level(judgement.level())
              .assessorId(judgement.assessorId())
              .rationale(judgement.rationale())
              .reasons(judgement.reasons())
              .build());
        } else {
          judgementNotNeeded = true;
        }
      }
      MaracDecision decision = safeguard.screenForMarac(c.history(SyntheticCases.SCREENING_DATE), assessment);
      screened.add(new ScreenedCase(c.caseId(), assessment, decision, judgementNotNeeded));
    }
    return screened;
  }
}
