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
package org.safeguard.plugins.reporthtml;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeguard.export.Count;
import org.safeguard.export.ExportRecord;

/**
 * One cohort report as a section of the page: what it covers, then each chart with its table.
 * Reads only the record; every number shown is one the record carries, or a share of two of them.
 */
final class CohortSection {
  private CohortSection() {}

  private static final List<String> LEVELS = List.of("standard", "medium", "high");
  private static final List<String> MOVEMENT_COLOURS = List.of("#009E73", "#E69F00", "#D55E00", "#BBBBBB");
  private static final String ALL_CASES = "All cases";
  private static final String ALL_CASES_COLOUR = "#555555";

  static void write(Writer w, ExportRecord report, int n) throws IOException {
    String id = "report-" + n;
    w.write("<section aria-labelledby=\"" + id + "\">\n<h2 id=\"" + id + "\">Cohort report " + n + "</h2>\n<p>");
    // a suppressed count reads <5: escaped like every other text
    Html.text(w, count(report, "cases") + " cases, " + count(report, "reviewed") + " of them with an outcome review.");
    w.write("</p>\n<p>");
    Html.text(w, "Outcomes are read " + Labels.of(report.text("outcomePoint").orElse("")) + ". Support counts as intensive from "
        + report.integer("intensiveThreshold").orElse(0) + " significant contacts.");
    w.write("</p>\n");
    bands(w, report, id);
    outcomes(w, report, id);
    movement(w, report, id);
    abuse(w, report, id);
    interventions(w, report, id);
    w.write("</section>\n");
  }

  private static Count count(ExportRecord r, String field) {
    return r.count(field).orElse(Count.of(0));
  }

  private static void bands(Writer w, ExportRecord report, String id) throws IOException {
    w.write("<table id=\"" + id + "-bands\"><caption>Cases by number of interventions</caption>\n<thead><tr><th scope=\"col\">Interventions"
        + "</th><th scope=\"col\">Cases</th><th scope=\"col\">With a review</th></tr></thead>\n<tbody>");
    for (ExportRecord band : report.records("bands")) {
      row(w, band.text("band").orElse(""), List.of(count(band, "cases").toString(), count(band, "reviewed").toString()));
    }
    w.write("</tbody></table>\n");
  }

  /** Chart 1: each measure's rate over every case and band by band. */
  private static void outcomes(Writer w, ExportRecord report, String id) throws IOException {
    List<String> series = new ArrayList<>();
    series.add(ALL_CASES);
    List<String> colours = new ArrayList<>();
    colours.add(ALL_CASES_COLOUR);
    for (ExportRecord band : report.records("bands")) {
      String label = band.text("band").orElse("");
      series.add(label + " interventions");
      colours.add(Svg.SERIES[(series.size() - 2) % Svg.SERIES.length]);
    }
    // measure -> its rates, in series order (over every case first, then the bands as the record lists them)
    Map<String, List<Ratio>> byMeasure = new LinkedHashMap<>();
    for (ExportRecord o : report.records("outcomes")) {
      String measure = o.text("measure").orElse("");
      int at = o.text("band").map(b -> series.indexOf(b + " interventions")).orElse(0);
      List<Ratio> cells = byMeasure.computeIfAbsent(measure, m -> new ArrayList<>());
      while (cells.size() < series.size()) {
        cells.add(new Ratio(Count.of(0), Count.of(0)));
      }
      if (at >= 0) {
        cells.set(at, new Ratio(count(o, "achieved"), count(o, "of")));
      }
    }
    List<String> rows = new ArrayList<>();
    Ratio[][] cells = new Ratio[byMeasure.size()][];
    int r = 0;
    for (Map.Entry<String, List<Ratio>> e : byMeasure.entrySet()) {
      rows.add(Labels.of(e.getKey()));
      cells[r++] = e.getValue().toArray(new Ratio[0]);
    }
    figureStart(w, id + "-outcomes", "Outcomes by number of interventions");
    Svg.groupedBars(w, id + "-outcomes-chart", "Outcomes by number of interventions",
        "For each outcome measure, the share of cases with the outcome, over all cases and for each band of interventions received.",
        series, colours, rows, cells);
    figureTable(w, id + "-outcomes", "Outcomes by number of interventions: cases with the outcome, of those with an answer", "Outcome",
        series, rows, cells);
  }

  /** Chart 2: levels at intake against levels at review. */
  private static void movement(Writer w, ExportRecord report, String id) throws IOException {
    List<String> segments = new ArrayList<>();
    for (String level : LEVELS) {
      segments.add(Labels.of(level) + " at review");
    }
    segments.add("No review");
    Count[][] cells = new Count[LEVELS.size()][segments.size()];
    for (Count[] row : cells) {
      java.util.Arrays.fill(row, Count.of(0));
    }
    for (ExportRecord m : report.records("riskMovement")) {
      int from = LEVELS.indexOf(m.text("from").orElse(""));
      Optional<String> to = m.text("to");
      int at = to.isPresent() ? LEVELS.indexOf(to.get()) : LEVELS.size();
      if (from >= 0 && at >= 0) {
        cells[from][at] = count(m, "cases");
      }
    }
    List<String> rows = new ArrayList<>();
    for (String level : LEVELS) {
      rows.add(Labels.of(level) + " at intake");
    }
    figureStart(w, id + "-movement", "Risk movement from intake (T1) to review (T2)");
    Svg.stackedBars(w, id + "-movement-chart", "Risk movement from intake (T1) to review (T2)",
        "For each risk level at intake, the share of its cases at each level at the outcome review, and with no review.",
        segments, MOVEMENT_COLOURS, rows, cells);
    w.write("</div><div>");
    List<String> columns = new ArrayList<>(segments);
    columns.add("All at intake");
    Html.tableStart(w, id + "-movement-table", "Risk movement: cases by level at intake and at review", "At intake", columns);
    for (int r = 0; r < rows.size(); r++) {
      List<String> values = new ArrayList<>();
      long total = 0;
      boolean exact = true;
      for (Count c : cells[r]) {
        values.add(c.toString());
        exact &= !c.suppressed();
        total += c.suppressed() ? 0 : c.value();
      }
      // a row total beside a suppressed cell would give the cell away
      values.add(exact ? Long.toString(total) : "not shown");
      row(w, rows.get(r), values);
    }
    w.write("</tbody></table></div></div></figure>\n");
  }

  /** Chart 3: cessation by type of abuse. */
  private static void abuse(Writer w, ExportRecord report, String id) throws IOException {
    List<String> rows = new ArrayList<>();
    List<ExportRecord> types = report.records("abuse");
    Ratio[][] ceased = new Ratio[types.size()][];
    Ratio[][] atIntake = new Ratio[types.size()][];
    for (int i = 0; i < types.size(); i++) {
      ExportRecord t = types.get(i);
      rows.add(Labels.of(t.text("type").orElse("")));
      ceased[i] = new Ratio[] {new Ratio(count(t, "ceased"), count(t, "reviewed"))};
      atIntake[i] = new Ratio[] {new Ratio(count(t, "atIntake"), count(t, "recorded"))};
    }
    figureStart(w, id + "-cessation", "Cessation by type of abuse");
    Svg.groupedBars(w, id + "-cessation-chart", "Cessation by type of abuse",
        "For each type of abuse, the share of the cases with it at intake whose review found it had stopped.",
        List.of("Stopped by the review"), List.of(Svg.SERIES[2]), rows, ceased);
    w.write("</div><div>");
    Html.tableStart(w, id + "-cessation-table", "Cessation by type of abuse", "Type", List.of("With it at intake", "Stopped by the review"));
    for (int i = 0; i < rows.size(); i++) {
      row(w, rows.get(i), List.of(atIntake[i][0].text(), ceased[i][0].text()));
    }
    w.write("</tbody></table></div></div></figure>\n");
  }

  private static void interventions(Writer w, ExportRecord report, String id) throws IOException {
    List<ExportRecord> kinds = report.records("interventions");
    if (kinds.isEmpty()) {
      return;
    }
    Html.tableStart(w, id + "-interventions-table", "Cases that received each kind of intervention", "Intervention", List.of("Received"));
    for (ExportRecord k : kinds) {
      row(w, Labels.of(k.text("kind").orElse("")), List.of(new Ratio(count(k, "received"), count(k, "of")).text()));
    }
    w.write("</tbody></table>\n");
  }

  private static void figureStart(Writer w, String id, String heading) throws IOException {
    w.write("<figure id=\"" + id + "\" aria-labelledby=\"" + id + "-heading\"><figcaption><h3 id=\"" + id
        + "-heading\">");
    Html.text(w, heading);
    w.write("</h3></figcaption><div class=\"pair\"><div>");
  }

  private static void figureTable(Writer w, String id, String caption, String rowHeader, List<String> columns, List<String> rows,
      Ratio[][] cells) throws IOException {
    w.write("</div><div>");
    Html.tableStart(w, id + "-table", caption, rowHeader, columns);
    for (int r = 0; r < rows.size(); r++) {
      List<String> values = new ArrayList<>();
      for (Ratio cell : cells[r]) {
        values.add(cell.text());
      }
      row(w, rows.get(r), values);
    }
    w.write("</tbody></table></div></div></figure>\n");
  }

  private static void row(Writer w, String header, List<String> values) throws IOException {
    w.write("<tr><th scope=\"row\">");
    Html.text(w, header);
    w.write("</th>");
    for (String v : values) {
      w.write("<td>");
      Html.text(w, v);
      w.write("</td>");
    }
    w.write("</tr>\n");
  }
}
