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
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.safeguard.core.Safeguard;
import org.safeguard.core.export.ExportProfile;
import org.safeguard.core.export.ExportSession;
import org.safeguard.examples.quickstart.CommandFailure;
import org.safeguard.examples.quickstart.InputFile;
import org.safeguard.examples.quickstart.OutputFile;
import org.safeguard.examples.quickstart.Quickstart;
import org.safeguard.examples.quickstart.SummaryFile;
import org.safeguard.planning.AreaCsv;
import org.safeguard.planning.CapacityPlan;
import org.safeguard.planning.CapacityPlanner;
import org.safeguard.planning.PlanRecords;
import org.safeguard.planning.PlanningArea;
import org.safeguard.planning.Post;
import org.safeguard.planning.Rounding;
import org.safeguard.planning.TeamCostModel;
import org.safeguard.planning.TeamCsv;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

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
// descriptions are format strings to picocli: a per cent sign is written %%
@Command(name = "plan",
    description = "Plans capacity and cost for the shipped sample areas, or your own: IDVAs required by the SafeLives formula,"
        + " coverage, the CAADA caseload model, refuge beds against 1 per 10,000 population, and team cost per victim"
        + " and per cessation. The table goes to the screen; the table with every area's trace to --out; the plan as an"
        + " export record to --export.",
    sortOptions = false,
    exitCodeListHeading = "Exit status:%n",
    exitCodeList = {"0:done", "1:bad input: a file refused, naming the file, row, line and column", "2:bad arguments"})
public final class PlanningCommand implements Callable<Integer> {
  /** Where the summary goes unless {@code --out} says otherwise, relative to the working directory. */
  public static final Path DEFAULT_OUT = Path.of("target", "planning-summary.txt");

  /** The shipped sample, a resource next to this class. */
  public static final String SAMPLE_RESOURCE = "sample-areas.csv";

  @ParentCommand
  private Quickstart quickstart;

  @Spec
  private CommandLine.Model.CommandSpec spec;

  @Option(names = "--areas", paramLabel = "FILE", converter = InputFile.class, order = 1,
      description = {"plan the areas in FILE (CSV UTF-8: area, adult_women, marac_cases required; region, population,"
          + " idva_fte, high_risk_share, refuge_beds, visible_high_risk, visible_medium_risk, high_risk_caseload,"
          + " medium_risk_caseload optional; see AreaCsv) instead of the shipped sample"})
  private @Nullable Path areas;

  @Option(names = "--team", paramLabel = "FILE", converter = InputFile.class, order = 2,
      description = {"cost teams from the posts in FILE (CSV UTF-8: role, salary, fte, on_costs, adviser) instead of the"
          + " Hertfordshire 2014 model; each area's team is scaled to its required IDVAs"})
  private @Nullable Path team;

  @Option(names = "--on-costs", paramLabel = "RATE", converter = Rate.class, order = 3,
      description = "employer on-costs on salaries, for example 20%% or 0.2; default 20%%")
  private @Nullable BigDecimal onCosts;

  @Option(names = "--overheads", paramLabel = "RATE", converter = Rate.class, order = 4,
      description = "overheads on staff costs, for example 30%%; default 30%%")
  private @Nullable BigDecimal overheads;

  @Option(names = "--contingency", paramLabel = "RATE", converter = Rate.class, order = 5,
      description = "contingency on staff and overheads; default 0%%")
  private @Nullable BigDecimal contingency;

  @Option(names = "--trace", order = 6, description = "print every area's trace on screen too (the file always has it)")
  private boolean trace;

  @Option(names = "--out", paramLabel = "FILE", converter = OutputFile.class, order = 7,
      description = "write the summary and traces to FILE; default target/planning-summary.txt")
  private @Nullable Path out;

  @Option(names = "--export", paramLabel = "FILE", converter = OutputFile.class, order = 8,
      description = "also export the plan as a capacity-plan record to FILE, in the format its extension names: .ndjson"
          + " (NDJSON) or .zip (CSV tables)")
  private @Nullable Path export;

  @Option(names = {"-h", "--help"}, usageHelp = true, order = 9, description = "show this help and exit")
  private boolean help;

  /** For picocli, which makes the command. */
  public PlanningCommand() {}

  /**
   * Runs {@code plan} with these arguments, as the quickstart's command line would, and returns the
   * exit status, so that tests can run it in-process.
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    String[] withName = new String[args.length + 1];
    withName[0] = "plan";
    System.arraycopy(args, 0, withName, 1, args.length);
    return Quickstart.run(withName, out, err);
  }

  @Override
  public Integer call() {
    quickstart.refuseScreeningOptions(spec.commandLine());
    @Nullable String format = export == null ? null : exportFormat(export);
    PrintStream screen = quickstart.out();
    String source = areas == null ? SAMPLE_RESOURCE + " (shipped sample)" : areas.toString();
    List<PlanningArea> read = areas == null ? AreaCsv.read(sampleText(), SAMPLE_RESOURCE) : AreaCsv.read(areas);
    CapacityPlan plan = planner().plan(read);
    PlanningReport report = new PlanningReport(source, plan);

    screen.print(report.render(trace));
    Path written = SummaryFile.write(out == null ? DEFAULT_OUT : out, report.render(true));
    screen.println();
    screen.println("Summary and traces written to " + written);
    if (export != null && format != null) {
      Path file = export.toAbsolutePath().normalize();
      writeExport(plan, format, file);
      screen.println("Plan exported to " + file + " (" + format + ", one capacity-plan record)");
    }
    return 0;
  }

  /** The exporter whose file extension ends the file's name, among those that write capacity plans; refused before any work. */
  private String exportFormat(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    for (String[] known : EXPORT_FORMATS) {
      if (name.endsWith("." + known[1])) {
        return known[0];
      }
    }
    throw new CommandLine.ParameterException(spec.commandLine(), "--export " + file
        + ": name the file .ndjson (NDJSON) or .zip (CSV tables), the formats that write a capacity plan");
  }

  /** The formats the quickstart ships that write a capacity plan: exporter id, file extension. */
  private static final String[][] EXPORT_FORMATS = {{"ndjson", "ndjson"}, {"csv", "zip"}};

  /**
   * Writes the plan through the engine's exporter. A plan is about areas, never a case: every
   * purpose keeps it whole, so it goes out as it is, for the planner's own use (FULL).
   */
  private static void writeExport(CapacityPlan plan, String format, Path file) {
    Safeguard engine = Safeguard.builder().build();
    try (OutputStream out = Files.newOutputStream(file)) {
      ExportSession session = engine.export(format, ExportProfile.full(), out);
      try (session) {
        session.write(PlanRecords.of(plan));
      } catch (RuntimeException failed) {
        session.abandon();
        throw failed;
      }
    } catch (IOException e) {
      deleteQuietly(file);
      throw CommandFailure.input("cannot write " + file + ": " + e);
    } catch (RuntimeException e) {
      deleteQuietly(file);
      throw e;
    }
  }

  /** An export cut short is deleted, not left to be taken for a whole one. */
  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // the failure being reported matters more than a partial file left behind
    }
  }

  private CapacityPlanner planner() {
    if (team == null && onCosts == null && overheads == null && contingency == null) {
      return CapacityPlanner.defaults();
    }
    TeamCostModel.Builder model;
    if (team == null) {
      model = TeamCostModel.HERTFORDSHIRE_2014.toBuilder();
    } else {
      List<Post> posts = TeamCsv.read(team);
      model = TeamCostModel.builder()
          .onCostMultiplier(new BigDecimal("1.20"))
          .overheads(new BigDecimal("0.30"), Rounding.nearest(1000))
          .posts(posts);
    }
    if (onCosts != null) {
      model.onCostMultiplier(BigDecimal.ONE.add(onCosts));
    }
    if (overheads != null) {
      model.overheads(overheads, Rounding.NEAREST_PENNY);
    }
    if (contingency != null) {
      model.contingency(contingency, Rounding.NEAREST_PENNY);
    }
    return CapacityPlanner.builder().team(model.build()).build();
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

  /**
   * The type of a rate option: a share from 0 to 1 ({@code 0.2}) or a percentage from 0% to 100%
   * ({@code 20%}), written with a point and at most {@value #MAX_PLACES} decimal places; no sign,
   * exponent or grouping separator, so that no rate can make the arithmetic slow or inexact.
   */
  public static final class Rate implements CommandLine.ITypeConverter<BigDecimal> {
    /** The most decimal places a rate may be written with. */
    public static final int MAX_PLACES = 10;

    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1," + MAX_PLACES + "})?|\\.[0-9]{1," + MAX_PLACES + "}");

    /** For picocli, which makes the converter. */
    public Rate() {}

    @Override
    public BigDecimal convert(String value) {
      String text = value.strip();
      boolean percent = text.endsWith("%");
      String digits = percent ? text.substring(0, text.length() - 1).strip() : text;
      if (DECIMAL.matcher(digits).matches()) {
        BigDecimal rate = new BigDecimal(digits);
        if (percent) {
          rate = rate.movePointLeft(2);
        }
        if (rate.compareTo(BigDecimal.ONE) <= 0) {
          return rate;
        }
      }
      throw new CommandLine.TypeConversionException("a share from 0 to 1 (0.2) or a percentage from 0% to 100% (20%),"
          + " written with a point and at most " + MAX_PLACES + " decimal places, not " + shown(value));
    }

    private static String shown(String value) {
      return value.length() <= 24 ? "'" + value + "'" : "a value of " + value.length() + " characters";
    }
  }
}
