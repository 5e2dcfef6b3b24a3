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
package org.safeguard.examples.quickstart.planning;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.safeguard.examples.quickstart.Arguments;
import org.safeguard.examples.quickstart.CommandFailure;
import org.safeguard.examples.quickstart.SummaryFile;
import org.safeguard.model.SafeguardException;
import org.safeguard.planning.AreaCsv;
import org.safeguard.planning.CapacityPlan;
import org.safeguard.planning.CapacityPlanner;
import org.safeguard.planning.PlanningArea;
import org.safeguard.planning.Post;
import org.safeguard.planning.Rounding;
import org.safeguard.planning.TeamCostModel;
import org.safeguard.planning.TeamCsv;

/**
 * The quickstart's planning command: a capacity and cost table for the shipped sample areas, or for
 * a CSV of areas the user gives, by the published models (SafeLives required IDVAs, the CAADA
 * caseload model, the Council of Europe refuge benchmark, the Hertfordshire team cost model). The
 * table goes to the screen; the table with every area's trace goes to a file.
 *
 * <pre>
 * java -jar safeguard-quickstart.jar plan [--areas FILE] [--team FILE] [--on-costs RATE]
 *     [--overheads RATE] [--contingency RATE] [--trace] [--out FILE]
 * </pre>
 *
 * <p>Bad arguments exit with status 2, bad input (a malformed areas or team file) with 1, each with
 * one line on standard error naming the file, the row, the line and the column.
 */
public final class PlanningCommand {
  /** Where the summary goes unless {@code --out} says otherwise, relative to the working directory. */
  public static final Path DEFAULT_OUT = Path.of("target", "planning-summary.txt");

  /** The shipped sample, a resource next to this class. */
  public static final String SAMPLE_RESOURCE = "sample-areas.csv";

  static final String USAGE = String.join("\n",
      "Usage: java -jar safeguard-quickstart.jar plan [--areas FILE] [--team FILE] [--on-costs RATE]",
      "           [--overheads RATE] [--contingency RATE] [--trace] [--out FILE]",
      "  --areas FILE        plan the areas in FILE (CSV: area, adult_women, marac_cases required; region,",
      "                      population, idva_fte, high_risk_share, refuge_beds, visible_high_risk,",
      "                      visible_medium_risk, high_risk_caseload, medium_risk_caseload optional)",
      "                      instead of the shipped sample",
      "  --team FILE         cost teams from the posts in FILE (CSV: role, salary, fte, on_costs, adviser)",
      "                      instead of the Hertfordshire 2014 model; each area's team is scaled to its",
      "                      required IDVAs",
      "  --on-costs RATE     employer on-costs on salaries, for example 20% or 0.2; default 20%",
      "  --overheads RATE    overheads on staff costs, for example 30%; default 30%",
      "  --contingency RATE  contingency on staff and overheads; default 0%",
      "  --trace             print every area's trace on screen too (the file always has it)",
      "  --out FILE          write the summary and traces to FILE; default " + DEFAULT_OUT);

  private PlanningCommand() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command and returns the exit status, so tests and the quickstart can run it in-process. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      Options options = Options.parse(args);
      if (options.help) {
        out.println(USAGE);
        return 0;
      }
      String source = options.areas == null ? SAMPLE_RESOURCE + " (shipped sample)" : options.areas.toString();
      List<PlanningArea> areas = options.areas == null ? AreaCsv.read(sampleText(), SAMPLE_RESOURCE) : AreaCsv.read(options.areas);
      CapacityPlan plan = planner(options).plan(areas);
      PlanningReport report = new PlanningReport(source, plan);

      out.print(report.render(options.trace));
      Path written = SummaryFile.write(options.out, report.render(true));
      out.println();
      out.println("Summary and traces written to " + written);
      return 0;
    } catch (CommandFailure e) {
      err.println("plan: " + e.getMessage());
      return e.status();
    } catch (InvalidPathException e) {
      err.println("plan: not a usable file name: " + e.getMessage() + " (see --help)");
      return 2;
    } catch (UncheckedIOException e) {
      err.println("plan: " + e.getMessage() + ": " + e.getCause().getMessage());
      return 1;
    } catch (SafeguardException e) {
      // the library's messages name the file, row, line, field, value and rule
      err.println("plan: " + e.getMessage());
      return 1;
    }
  }

  private static CapacityPlanner planner(Options options) {
    if (options.team == null && options.onCosts == null && options.overheads == null && options.contingency == null) {
      return CapacityPlanner.defaults();
    }
    TeamCostModel.Builder team;
    if (options.team == null) {
      team = TeamCostModel.HERTFORDSHIRE_2014.toBuilder();
    } else {
      List<Post> posts = TeamCsv.read(options.team);
      team = TeamCostModel.builder()
          .onCostMultiplier(new BigDecimal("1.20"))
          .overheads(new BigDecimal("0.30"), Rounding.nearest(1000))
          .posts(posts);
    }
    if (options.onCosts != null) {
      team.onCostMultiplier(BigDecimal.ONE.add(options.onCosts));
    }
    if (options.overheads != null) {
      team.overheads(options.overheads, Rounding.NEAREST_PENNY);
    }
    if (options.contingency != null) {
      team.contingency(options.contingency, Rounding.NEAREST_PENNY);
    }
    return CapacityPlanner.builder().team(team.build()).build();
  }

  /** The shipped sample exactly as stored. */
  public static String sampleText() {
    try (InputStream in = PlanningCommand.class.getResourceAsStream(SAMPLE_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(SAMPLE_RESOURCE + " is missing from the class path; the jar was built without its resources");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SAMPLE_RESOURCE, e);
    }
  }

  /** The command line, checked. */
  private static final class Options {
    Path areas;
    Path team;
    BigDecimal onCosts;
    BigDecimal overheads;
    BigDecimal contingency;
    boolean trace;
    Path out = DEFAULT_OUT;
    boolean outGiven;
    boolean help;

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--help":
          case "-h":
            o.help = true;
            return o;
          case "--areas":
            o.areas = Arguments.existingFile(arg, Arguments.once(arg, o.areas, Arguments.value(args, ++i, "--areas needs a FILE")));
            break;
          case "--team":
            o.team = Arguments.existingFile(arg, Arguments.once(arg, o.team, Arguments.value(args, ++i, "--team needs a FILE")));
            break;
          case "--on-costs":
            o.onCosts = rate(arg, Arguments.once(arg, o.onCosts, Arguments.value(args, ++i, "--on-costs needs a RATE")));
            break;
          case "--overheads":
            o.overheads = rate(arg, Arguments.once(arg, o.overheads, Arguments.value(args, ++i, "--overheads needs a RATE")));
            break;
          case "--contingency":
            o.contingency = rate(arg, Arguments.once(arg, o.contingency, Arguments.value(args, ++i, "--contingency needs a RATE")));
            break;
          case "--trace":
            o.trace = true;
            break;
          case "--out":
            if (o.outGiven) {
              throw CommandFailure.usage("--out is given twice");
            }
            o.out = Path.of(Arguments.value(args, ++i, "--out needs a FILE"));
            o.outGiven = true;
            break;
          default:
            throw CommandFailure.usage("unknown argument '" + arg + "'");
        }
      }
      return o;
    }

    /** A rate written {@code 20%} or {@code 0.2}, from 0 to 1. */
    private static BigDecimal rate(String option, String value) {
      String text = value.strip();
      boolean percent = text.endsWith("%");
      String digits = percent ? text.substring(0, text.length() - 1).strip() : text;
      try {
        BigDecimal rate = new BigDecimal(digits);
        if (percent) {
          rate = rate.movePointLeft(2);
        }
        if (rate.signum() >= 0 && rate.compareTo(BigDecimal.ONE) <= 0) {
          return rate;
        }
      } catch (NumberFormatException e) {
        // refused below with the same words as an out-of-range rate
      }
      throw CommandFailure.usage(option + " RATE must be a share from 0 to 1 or a percentage such as 20%, not '" + value + "'");
    }
  }
}
