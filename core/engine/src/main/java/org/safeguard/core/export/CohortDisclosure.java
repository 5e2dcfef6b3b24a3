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
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeguard.export.Count;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Schemas;

/**
 * Secondary suppression for a cohort report under research: which counts, beyond the small ones,
 * must not be shown so that no small one can be worked out by subtraction. Judged on the counts as
 * counted, from the report's own arithmetic:
 *
 * <ul>
 *   <li>parts beside their total: the bands' cases and reviewed cases beside the cohort's; each
 *       outcome's achieved, answered and missing cases band by band beside those over every case;
 *       the risk-movement cells beside the cases (and the reviewed ones beside the reviewed cases),
 *       when they add up to them. When exactly one part of a group is hidden and its total shown,
 *       the smallest other part above zero is withheld too, or the total when there is none; a
 *       hidden total whose parts are all shown has its smallest part above zero withheld;
 *   <li>a part beside its whole, whose difference is a count too (cases without the outcome,
 *       without a review, without the abuse at intake, whose abuse went on, without the
 *       intervention): when that difference is small and both are shown, the part is withheld.
 * </ul>
 *
 * Repeated until nothing more is hidden. Zero is never hidden. The result is what the engine
 * withholds beyond the small cells; a withheld count is written {@code [c]}.
 */
final class CohortDisclosure {
  private CohortDisclosure() {}

  /** One count in a record: the record (by identity, since two rows may be equal) and the field's position. */
  private static final class Cell {
    final ExportRecord owner;
    final int field;
    final long value;

    Cell(ExportRecord owner, String field) {
      this.owner = owner;
      this.field = owner.schema().indexOf(field);
      // a FULL record holds every count as counted (ExportRecord.Builder#build)
      this.value = owner.count(field).orElse(Count.of(0)).value();
    }
  }

  /**
   * The counts of a FULL cohort report to withhold under research, beyond those below the threshold.
   *
   * @param report a {@link Schemas#COHORT_REPORT} record made for FULL
   * @param threshold the small-cell threshold
   * @return for each record of the report, the positions of its count fields to hide (small or withheld)
   */
  static Map<ExportRecord, boolean[]> hidden(ExportRecord report, int threshold) {
    List<Cell[]> groups = new ArrayList<>();
    List<Cell[]> pairs = new ArrayList<>();
    Cell cases = new Cell(report, "cases");
    Cell reviewed = new Cell(report, "reviewed");
    pairs.add(new Cell[] {reviewed, cases});
    List<Cell> bandCases = new ArrayList<>();
    List<Cell> bandReviewed = new ArrayList<>();
    for (ExportRecord band : report.records("bands")) {
      Cell c = new Cell(band, "cases");
      Cell r = new Cell(band, "reviewed");
      bandCases.add(c);
      bandReviewed.add(r);
      pairs.add(new Cell[] {r, c});
    }
    groups.add(group(bandCases, cases));
    groups.add(group(bandReviewed, reviewed));
    // each measure: its row over every case (no band), then its band rows
    Map<String, Cell[]> overall = new java.util.HashMap<>();
    Map<String, List<Cell[]>> byBand = new java.util.LinkedHashMap<>();
    for (ExportRecord o : report.records("outcomes")) {
      Cell[] row = {new Cell(o, "achieved"), new Cell(o, "of"), new Cell(o, "missing")};
      pairs.add(new Cell[] {row[0], row[1]});
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
        addIfSums(groups, parts, total[k]);
      }
    }
    List<Cell> moves = new ArrayList<>();
    List<Cell> reviewedMoves = new ArrayList<>();
    for (ExportRecord m : report.records("riskMovement")) {
      Cell c = new Cell(m, "cases");
      moves.add(c);
      if (m.text("to").isPresent()) {
        reviewedMoves.add(c);
      }
    }
    addIfSums(groups, moves, cases);
    addIfSums(groups, reviewedMoves, reviewed);
    for (ExportRecord a : report.records("abuse")) {
      pairs.add(new Cell[] {new Cell(a, "atIntake"), new Cell(a, "recorded")});
      pairs.add(new Cell[] {new Cell(a, "ceased"), new Cell(a, "reviewed")});
    }
    for (ExportRecord i : report.records("interventions")) {
      pairs.add(new Cell[] {new Cell(i, "received"), new Cell(i, "of")});
    }
    return settle(groups, pairs, threshold);
  }

  /** A group's cells, its total last. */
  private static Cell[] group(List<Cell> parts, Cell total) {
    List<Cell> all = new ArrayList<>(parts);
    all.add(total);
    return all.toArray(new Cell[0]);
  }

  /** A group only when its parts add up to its total: otherwise subtraction gives nothing exact. */
  private static void addIfSums(List<Cell[]> groups, List<Cell> parts, Cell total) {
    long sum = 0;
    for (Cell c : parts) {
      sum += c.value;
    }
    if (sum == total.value && !parts.isEmpty()) {
      groups.add(group(parts, total));
    }
  }

  private static Map<ExportRecord, boolean[]> settle(List<Cell[]> groups, List<Cell[]> pairs, int threshold) {
    Map<ExportRecord, boolean[]> hidden = new IdentityHashMap<>();
    for (Cell[] g : groups) {
      for (Cell c : g) {
        if (small(c.value, threshold)) {
          hide(hidden, c);
        }
      }
    }
    for (Cell[] p : pairs) {
      for (Cell c : p) {
        if (small(c.value, threshold)) {
          hide(hidden, c);
        }
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Cell[] p : pairs) {
        Cell part = p[0];
        Cell whole = p[1];
        if (!isHidden(hidden, part) && !isHidden(hidden, whole) && small(whole.value - part.value, threshold)) {
          changed |= hide(hidden, part);
        }
      }
      for (Cell[] g : groups) {
        Cell total = g[g.length - 1];
        int hiddenParts = 0;
        for (int i = 0; i < g.length - 1; i++) {
          hiddenParts += isHidden(hidden, g[i]) ? 1 : 0;
        }
        boolean totalHidden = isHidden(hidden, total);
        if (hiddenParts == 1 && !totalHidden || hiddenParts == 0 && totalHidden) {
          Optional<Cell> next = smallestShown(hidden, g);
          changed |= hide(hidden, next.orElse(total));
        }
      }
    }
    return hidden;
  }

  /** The smallest part above zero still shown, which hides the least when withheld. */
  private static Optional<Cell> smallestShown(Map<ExportRecord, boolean[]> hidden, Cell[] group) {
    @org.jspecify.annotations.Nullable Cell best = null;
    for (int i = 0; i < group.length - 1; i++) {
      Cell c = group[i];
      if (c.value > 0 && !isHidden(hidden, c) && (best == null || c.value < best.value)) {
        best = c;
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean small(long n, int threshold) {
    return n > 0 && n < threshold;
  }

  private static boolean isHidden(Map<ExportRecord, boolean[]> hidden, Cell c) {
    boolean[] fields = hidden.get(c.owner);
    return fields != null && fields[c.field];
  }

  /** Hides a cell; false when it was hidden already. */
  private static boolean hide(Map<ExportRecord, boolean[]> hidden, Cell c) {
    boolean[] fields = hidden.computeIfAbsent(c.owner, r -> new boolean[r.schema().fields().size()]);
    boolean was = fields[c.field];
    fields[c.field] = true;
    return !was;
  }
}
