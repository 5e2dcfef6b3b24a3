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
package org.safeguard.core.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.safeguard.core.export.Disclosure.Cell;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Schemas;

/**
 * Secondary suppression for a cohort report under research: which counts, beyond the small ones,
 * must not be shown so that no small one can be worked out by subtraction. The report's own
 * arithmetic, applied by {@link Disclosure}:
 *
 * <ul>
 *   <li>parts beside their total: the bands' cases and reviewed cases beside the cohort's; each
 *       outcome's achieved, answered and missing cases band by band beside those over every case;
 *       the risk-movement cells beside the cases (and the reviewed ones beside the reviewed cases),
 *       when they add up to them;
 *   <li>a part beside its whole, whose difference is a count too (cases without the outcome,
 *       without a review, without the abuse at intake, whose abuse went on, without the
 *       intervention).
 * </ul>
 *
 * The result is what the engine withholds beyond the small cells; a withheld count is written
 * {@code [c]}.
 */
final class CohortDisclosure {
  private CohortDisclosure() {}

  /**
   * The counts of a FULL cohort report to withhold under research, beyond those below the threshold.
   *
   * @param report a {@link Schemas#COHORT_REPORT} record made for FULL
   * @param threshold the small-cell threshold
   * @return for each record of the report, the positions of its count fields to hide (small or withheld)
   */
  static Map<ExportRecord, boolean[]> hidden(ExportRecord report, int threshold) {
    Disclosure d = new Disclosure();
    Cell cases = d.cell(report, "cases");
    Cell reviewed = d.cell(report, "reviewed");
    d.pair(reviewed, cases);
    List<Cell> bandCases = new ArrayList<>();
    List<Cell> bandReviewed = new ArrayList<>();
    for (ExportRecord band : report.records("bands")) {
      Cell c = d.cell(band, "cases");
      Cell r = d.cell(band, "reviewed");
      bandCases.add(c);
      bandReviewed.add(r);
      d.pair(r, c);
    }
    d.group(bandCases, cases);
    d.group(bandReviewed, reviewed);
    // each measure: its row over every case (no band), then its band rows
    Map<String, Cell[]> overall = new java.util.HashMap<>();
    Map<String, List<Cell[]>> byBand = new java.util.LinkedHashMap<>();
    for (ExportRecord o : report.records("outcomes")) {
      Cell[] row = {d.cell(o, "achieved"), d.cell(o, "of"), d.cell(o, "missing")};
      d.pair(row[0], row[1]);
      String measure = o.text("measure").orElse("");
      if (o.text("band").isPresent()) {
        byBand.computeIfAbsent(measure, m -> new ArrayList<>()).add(row);
      } else {
        overall.put(measure, row);
      }
    }
    for (Map.Entry<String, List<Cell[]>> e : byBand.entrySet()) {
      Cell[] total = overall.get(e.getKey());
      if (total == null) {
        continue;
      }
      for (int k = 0; k < 3; k++) {
        List<Cell> parts = new ArrayList<>();
        for (Cell[] row : e.getValue()) {
          parts.add(row[k]);
        }
        d.groupIfSums(parts, total[k]);
      }
    }
    List<Cell> moves = new ArrayList<>();
    List<Cell> reviewedMoves = new ArrayList<>();
    for (ExportRecord m : report.records("riskMovement")) {
      Cell c = d.cell(m, "cases");
      moves.add(c);
      if (m.text("to").isPresent()) {
        reviewedMoves.add(c);
      }
    }
    d.groupIfSums(moves, cases);
    d.groupIfSums(reviewedMoves, reviewed);
    for (ExportRecord a : report.records("abuse")) {
      d.pair(d.cell(a, "atIntake"), d.cell(a, "recorded"));
      d.pair(d.cell(a, "ceased"), d.cell(a, "reviewed"));
    }
    for (ExportRecord i : report.records("interventions")) {
      d.pair(d.cell(i, "received"), d.cell(i, "of"));
    }
    return d.settle(threshold);
  }
}
