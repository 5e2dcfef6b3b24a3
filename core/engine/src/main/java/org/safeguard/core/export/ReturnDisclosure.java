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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeguard.core.export.Disclosure.Cell;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Schemas;

/**
 * Secondary suppression for a MARAC return under every purpose that leaves the service: which
 * counts, beyond the small ones, must not be shown so that no small one can be worked out by
 * subtraction, and which values rest on a count not shown. The return's own arithmetic, applied by
 * {@link Disclosure}:
 *
 * <ul>
 *   <li>groups, parts beside their total: the referrals by agency beside the referrals; the
 *       accepted, rejected and transferred referrals beside them too; and for each figure over the
 *       cases heard (repeats, children, each equality group, in the figures and in the access table)
 *       its denominator and its missing cases beside the cases heard, so the linked and unlinked
 *       cases among them;
 *   <li>pairs: each rate's numerator beside its denominator, withheld when the complement is small;
 *       and each figure over the cases heard but the repeat rate (children, each equality group)
 *       beside the repeat rate, which is over every case heard with a referral: its denominator
 *       beside the repeat rate's, and the repeat rate's missing (no referral record) beside its
 *       missing, since either difference is the cases whose answer is missing for that figure;
 *   <li>the same count in several places: the cases heard at the top, as the count figure and as
 *       the rate per 10,000; the referrals at the top and as every referral rate's denominator; the
 *       accepted referrals and engagement's denominator; an access row's counts and its group's
 *       figure's.
 * </ul>
 *
 * A group is declared only when its parts add up to its total, so that a record not made from a
 * return (a test's random one) is judged on what it holds. Then a figure's value and whether it is
 * outside its expected range, and an access row's percentage and representation, are hidden when a
 * count they rest on is.
 */
final class ReturnDisclosure {
  private ReturnDisclosure() {}

  private static final String ACCESS = "access.";

  /** A figure's counts: its numerator, and its denominator when it is a percentage. */
  private record Figure(Cell numerator, @Nullable Cell denominator) {}

  /**
   * The fields of a FULL MARAC return to hide under a purpose that leaves the service.
   *
   * @param ret a {@link Schemas#MARAC_RETURN} record made for FULL
   * @param threshold the small-cell threshold
   * @return for each record of the return, the positions of its fields to hide: counts small or
   *     withheld, and values worked out from them
   */
  static Map<ExportRecord, boolean[]> hidden(ExportRecord ret, int threshold) {
    Disclosure d = new Disclosure();
    Cell heard = d.cell(ret, "casesHeard");
    Cell referrals = d.cell(ret, "referrals");
    Cell accepted = d.cell(ret, "accepted");
    d.groupIfSums(List.of(accepted, d.cell(ret, "rejected"), d.cell(ret, "transferred")), referrals);
    d.cell(ret, "children");
    List<Cell> byAgency = new ArrayList<>();
    Map<String, Cell[]> accessFigures = new HashMap<>();
    List<Figure> rates = new ArrayList<>();
    // the repeat rate's denominator and missing: the cases heard with a referral record and without
    Cell @Nullable [] linked = null;
    for (ExportRecord f : ret.records("figures")) {
      String key = f.text("figure").orElse("");
      Cell numerator = d.cell(f, "numerator");
      if (!f.has(f.schema().indexOf("denominator"))) {
        // a count or a rate per 10,000: the cases heard
        if (numerator.value == heard.value) {
          d.same(numerator, heard);
        }
        rates.add(new Figure(numerator, null));
        continue;
      }
      Cell denominator = d.cell(f, "denominator");
      Cell missing = d.cell(f, "missing");
      d.pair(numerator, denominator);
      rates.add(new Figure(numerator, denominator));
      if (key.startsWith("referrals-by-")) {
        if (denominator.value == referrals.value) {
          d.same(denominator, referrals);
        }
        if (key.startsWith("referrals-by-agency.")) {
          byAgency.add(numerator);
        }
      } else if (key.equals("engagement")) {
        if (denominator.value == accepted.value) {
          d.same(denominator, accepted);
        }
      } else {
        d.groupIfSums(List.of(denominator, missing), heard);
        if (key.equals("repeat-rate")) {
          // every case heard with a referral has its routes: this rate is over all of them, and
          // its missing are the cases with no referral record, which every figure below shares
          linked = new Cell[] {denominator, missing};
        } else if (linked != null) {
          // the cases whose answer is missing for this figure, beside all those with a referral:
          // shown either way, as the linked less this denominator or as this missing less the
          // no-referral count, so a small difference withholds both parts
          d.pair(denominator, linked[0]);
          d.pair(linked[1], missing);
        }
        if (key.startsWith(ACCESS)) {
          accessFigures.put(key.substring(ACCESS.length()), new Cell[] {numerator, denominator, missing});
        }
      }
    }
    d.groupIfSums(byAgency, referrals);
    List<Cell[]> access = new ArrayList<>();
    for (ExportRecord a : ret.records("access")) {
      Cell[] row = {d.cell(a, "cases"), d.cell(a, "of"), d.cell(a, "missing")};
      d.pair(row[0], row[1]);
      d.groupIfSums(List.of(row[1], row[2]), heard);
      Cell[] figure = accessFigures.get(a.text("group").orElse("").toUpperCase(Locale.ROOT).replace('-', '_'));
      for (int k = 0; figure != null && k < row.length; k++) {
        if (figure[k].value == row[k].value) {
          d.same(figure[k], row[k]);
        }
      }
      access.add(row);
    }
    Map<ExportRecord, boolean[]> hidden = d.settle(threshold);
    for (Figure r : rates) {
      Cell denominator = r.denominator();
      if (d.isHidden(r.numerator()) || denominator != null && d.isHidden(denominator)) {
        ExportRecord f = r.numerator().owner;
        d.hide(f, f.schema().indexOf("value"));
        d.hide(f, f.schema().indexOf("outsideExpected"));
      }
    }
    for (Cell[] r : access) {
      if (d.isHidden(r[0]) || d.isHidden(r[1])) {
        ExportRecord a = r[0].owner;
        d.hide(a, a.schema().indexOf("percent"));
        d.hide(a, a.schema().indexOf("representation"));
      }
    }
    return hidden;
  }
}
