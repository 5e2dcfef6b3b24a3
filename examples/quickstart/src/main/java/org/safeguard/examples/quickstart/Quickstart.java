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
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.safeguard.core.LoadingMode;
import org.safeguard.core.PluginProblem;
import org.safeguard.core.Safeguard;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.core.marac.MaracDecision;
import org.safeguard.core.outcome.CohortReport;
import org.safeguard.core.outcome.CohortTally;
import org.safeguard.core.outcome.ReportParameters;
import org.safeguard.examples.quickstart.planning.PlanningCommand;
import org.safeguard.model.Instrument;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.SafeguardException;
import org.safeguard.synthetic.SyntheticCohort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The quickstart: the whole of Safeguard's main job in one run. It builds the engine once,
 * assesses each case's Dash answers, applies a practitioner's judgement where the case has one,
 * screens each case for MARAC, and prints a summary of counts and three decisions explained in
 * full. By default it runs over a shipped sample of 60 synthetic cases.
 *
 * <pre>
 * java -jar safeguard-quickstart.jar [--cases FILE] [--policy FILE] [--out FILE] [--lenient]
 * java -jar safeguard-quickstart.jar plan [--areas FILE] [--team FILE] [--trace] [--out FILE]
 * java -jar safeguard-quickstart.jar --generate COUNT SEED FILE
 * </pre>
 *
 * <p>The summary holds case ids and counts only; see {@link ScreeningReport}. Bad arguments exit
 * with status 2, bad input (a malformed cases or policy file) with 1, each with one line on
 * standard error.
 */
public final class Quickstart {
  private static final Logger log = LoggerFactory.getLogger(Quickstart.class);

  /** The instrument every case answers. */
  public static final String INSTRUMENT = "safelives-dash-ric";

  /** Where the summary goes unless {@code --out} says otherwise, relative to the working directory. */
  public static final Path DEFAULT_OUT = Path.of("target", "quickstart-summary.txt");

  static final String USAGE = String.join("\n",
      "Usage: java -jar safeguard-quickstart.jar [--cases FILE] [--policy FILE] [--out FILE] [--lenient]",
      "       java -jar safeguard-quickstart.jar --generate COUNT SEED FILE",
      "       java -jar safeguard-quickstart.jar plan [--areas FILE] [--team FILE] [--trace] [--out FILE]   (plan --help for more)",
      "  --cases FILE      screen the cases in FILE (CSV, as the shipped sample) instead of the sample",
      "  --policy FILE     use a county threshold policy (properties file) instead of safelives",
      "  --out FILE        write the summary to FILE; default " + DEFAULT_OUT,
      "  --lenient         leave out a plugin that fails to load, instead of stopping",
      "  --generate COUNT SEED FILE",
      "                    write COUNT synthetic cases made from SEED to FILE, and do nothing else",
      "The shipped sample is --generate " + SyntheticCases.SAMPLE_COUNT + " " + SyntheticCases.SAMPLE_SEED
          + "; every case is screened on " + SyntheticCases.SCREENING_DATE + ".");

  /**
   * Judgements are stamped with the engine's clock. A fixed one, on the screening date, keeps the
   * output the same on every run; a real system uses the system clock, the default.
   */
  private static final Clock SCREENING_CLOCK =
      Clock.fixed(SyntheticCases.SCREENING_DATE.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  private Quickstart() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the quickstart and returns the exit status, so tests can run it in-process. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length > 0 && args[0].equals("plan")) {
      return PlanningCommand.run(Arrays.copyOfRange(args, 1, args.length), out, err);
    }
    try {
      Options options = Options.parse(args);
      if (options.help()) {
        out.println(USAGE);
        return 0;
      }
      Safeguard safeguard = buildSafeguard(options);
      Instrument instrument = safeguard.instrument(INSTRUMENT);
      if (options.generate() != null) {
        return generate(options.generate(), instrument, out);
      }
      if (safeguard.policy().bandsFor(INSTRUMENT).isEmpty()) {
        throw new InvalidInputException("--policy", safeguard.policy().id(),
            "the policy sets no bands for " + INSTRUMENT + "; add bands." + INSTRUMENT + ".* keys");
      }

      String source = options.cases() == null ? CaseCsv.SAMPLE_RESOURCE + " (shipped sample)" : options.cases().toString();
      List<SyntheticCase> cases = options.cases() == null
          ? CaseCsv.readSample(instrument, SyntheticCases.SCREENING_DATE)
          : readCases(options.cases(), instrument);

      List<String> leftOut = new ArrayList<>();
      for (PluginProblem problem : safeguard.problems()) {
        leftOut.add(problem.providerId());
      }
      List<ScreenedCase> screened = screen(safeguard, cases);
      String summary = new ScreeningReport(source, SyntheticCases.SCREENING_DATE, instrument, safeguard.policy(), leftOut,
          screened).render()
          + cohortSection(safeguard, cases, screened);

      out.print(summary);
      Path written = SummaryFile.write(options.out(), summary);
      out.println();
      out.println("Summary written to " + written);
      return 0;
    } catch (CommandFailure e) {
      err.println("quickstart: " + e.getMessage());
      return e.status();
    } catch (InvalidPathException e) {
      err.println("quickstart: not a usable file name: " + e.getMessage() + " (see --help)");
      return 2;
    } catch (SafeguardException e) {
      // the library's messages name the field, the value and the rule, and never echo personal data
      err.println("quickstart: " + e.getMessage());
      return 1;
    }
  }

  /** Builds the engine once; it is immutable and thread-safe, and every case goes through it. */
  private static Safeguard buildSafeguard(Options options) {
    Safeguard.Builder builder = Safeguard.builder()
        .loading(options.lenient() ? LoadingMode.LENIENT : LoadingMode.STRICT)
        .clock(SCREENING_CLOCK);
    if (options.policy() != null) {
      builder.thresholdPolicyFile(options.policy());
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
  static String cohortSection(Safeguard safeguard, List<SyntheticCase> cases, List<ScreenedCase> screened) {
    CohortReport sample = SampleCasework.run(safeguard, cases, screened).stream().collect(CohortTally.collector());
    CohortReport generated = SyntheticCohort.withDefaults(COHORT_SEED).packed(COHORT_SIZE).report(ReportParameters.defaults());
    String nl = System.lineSeparator();
    return nl + "Casework: each case opened on " + SyntheticCases.SCREENING_DATE + ", worked through consent, MARAC,"
        + " interventions and contacts, and closed after a review four months later." + nl
        + "Cohort outcomes for the " + cases.size() + " sample cases (far too few to match the published rates):" + nl
        + sample.toTable() + nl
        + "The same report for " + String.format("%,d", COHORT_SIZE) + " generated cases (SyntheticCohort, seed " + COHORT_SEED
        + "), whose rates follow Safety in Numbers:" + nl
        + generated.toTable();
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
        // can already be as high, and raise() would rightly refuse.
        if (judgement.level().isAbove(assessment.level())) {
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

  private static int generate(Options.Generate generate, Instrument instrument, PrintStream out) {
    String text = SyntheticCases.generateFile(instrument, generate.seed(), generate.count());
    Path written = SummaryFile.write(generate.file(), text);
    out.println("Wrote " + generate.count() + " synthetic cases made from seed " + generate.seed() + " to " + written);
    return 0;
  }

  private static List<SyntheticCase> readCases(Path file, Instrument instrument) {
    return CaseCsv.read(file, instrument, SyntheticCases.SCREENING_DATE);
  }

  /** The command line, checked. */
  private record Options(Path cases, Path policy, Path out, boolean lenient, Generate generate, boolean help) {
    record Generate(int count, long seed, Path file) {}

    static Options parse(String[] args) {
      Path cases = null;
      Path policy = null;
      Path out = null;
      boolean lenient = false;
      Generate generate = null;
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--help":
          case "-h":
            return new Options(null, null, DEFAULT_OUT, false, null, true);
          case "--cases":
            cases = Arguments.existingFile(arg, Arguments.once(arg, cases, Arguments.value(args, ++i, "--cases needs a FILE")));
            break;
          case "--policy":
            policy = Arguments.existingFile(arg, Arguments.once(arg, policy, Arguments.value(args, ++i, "--policy needs a FILE")));
            break;
          case "--out":
            out = Path.of(Arguments.once(arg, out, Arguments.value(args, ++i, "--out needs a FILE")));
            break;
          case "--lenient":
            lenient = true;
            break;
          case "--generate":
            if (generate != null) {
              throw CommandFailure.usage("--generate is given twice");
            }
            String missing = "--generate needs COUNT SEED FILE";
            generate = new Generate(count(Arguments.value(args, i + 1, missing)), seed(Arguments.value(args, i + 2, missing)),
                Path.of(Arguments.value(args, i + 3, missing)));
            i += 3;
            break;
          default:
            throw CommandFailure.usage("unknown argument '" + arg + "'");
        }
      }
      if (generate != null && (cases != null || policy != null || out != null)) {
        throw CommandFailure.usage("--generate writes a cases file and nothing else; give it without --cases, --policy or --out");
      }
      return new Options(cases, policy, out == null ? DEFAULT_OUT : out, lenient, generate, false);
    }

    private static int count(String value) {
      try {
        int count = Integer.parseInt(value);
        if (count >= 1 && count <= SyntheticCases.MAX_COUNT) {
          return count;
        }
      } catch (NumberFormatException e) {
        // refused below
      }
      throw CommandFailure.usage("--generate COUNT must be a whole number from 1 to " + SyntheticCases.MAX_COUNT + ", not '" + value + "'");
    }

    private static long seed(String value) {
      try {
        return Long.parseLong(value);
      } catch (NumberFormatException e) {
        throw CommandFailure.usage("--generate SEED must be a whole number, not '" + value + "'");
      }
    }
  }
}
