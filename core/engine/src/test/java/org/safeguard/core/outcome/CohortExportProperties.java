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
package org.safeguard.core.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.safeguard.core.export.ExportProfile;
import org.safeguard.core.export.ExportRecords;
import org.safeguard.export.Count;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Field;
import org.safeguard.export.FieldKind;
import org.safeguard.export.Purpose;
import org.safeguard.export.Schemas;
import org.safeguard.model.RiskLevel;

/**
 * A cohort report as an export carries it: every cell the report's own count, and under research
 * every count from 1 to one below the small-cell threshold suppressed, nothing else changed.
 */
class CohortExportProperties {
  private static final byte[] KEY = new byte[ExportProfile.MIN_KEY_BYTES];

  @Provide
  Arbitrary<List<CaseOutcome>> cohorts() {
    return CaseOutcomes.cohorts();
  }

  @Provide
  Arbitrary<ReportParameters> parameters() {
    return CaseOutcomes.parameters();
  }

  @Property
  void everyCellOfTheRecordIsTheReportsOwnCount(@ForAll("cohorts") List<CaseOutcome> cases, @ForAll("parameters") ReportParameters parameters) {
    CohortReport report = CohortTally.create(parameters).addAll(cases).report();
    ExportRecord r = ExportRecords.ofCohortReport(report);
    assertEquals(Count.of(cases.size()), r.count("cases").orElseThrow());
    assertEquals(Count.of(report.reviewed()), r.count("reviewed").orElseThrow());
    assertEquals((long) parameters.intensiveThreshold(), r.integer("intensiveThreshold").getAsLong());
    List<ExportRecord> bands = r.records("bands");
    assertEquals(report.bands().size(), bands.size());
    long inBands = 0;
    for (InterventionBand band : report.bands()) {
      ExportRecord row = bands.get(band.index());
      assertEquals(band.label(), row.text("band").orElseThrow());
      assertEquals(band.lower(), row.integer("lower").getAsLong());
      assertEquals(band.upper().isPresent(), row.integer("upper").isPresent());
      inBands += row.count("cases").orElseThrow().value();
    }
    assertEquals(cases.size(), inBands, "every case falls in one band");
    List<ExportRecord> outcomes = r.records("outcomes");
    assertEquals(OutcomeMeasure.values().length * (1 + report.bands().size()), outcomes.size());
    int i = 0;
    for (OutcomeMeasure measure : OutcomeMeasure.values()) {
      assertRate(report.overall(measure), outcomes.get(i++), measure, Optional.empty());
      for (InterventionBand band : report.bands()) {
        assertRate(report.byBand(measure, band.index()), outcomes.get(i++), measure, Optional.of(band.label()));
      }
    }
    long moved = 0;
    for (ExportRecord cell : r.records("riskMovement")) {
      RiskLevel from = RiskLevel.valueOf(cell.text("from").orElseThrow().toUpperCase(java.util.Locale.ROOT));
      long n = cell.count("cases").orElseThrow().value();
      Optional<String> to = cell.text("to");
      assertEquals(to.isPresent() ? report.riskMovement().count(from, RiskLevel.valueOf(to.get().toUpperCase(java.util.Locale.ROOT)))
          : report.riskMovement().noReview(from), n);
      moved += n;
    }
    assertEquals(report.riskMovement().reviewed() + report.riskMovement().notReviewed(), moved);
    List<ExportRecord> abuse = r.records("abuse");
    for (AbuseType type : AbuseType.values()) {
      ExportRecord row = abuse.get(type.ordinal());
      assertEquals(report.prevalenceAtIntake(type).numerator(), row.count("atIntake").orElseThrow().value());
      assertEquals(report.prevalenceAtIntake(type).denominator(), row.count("recorded").orElseThrow().value());
      assertEquals(report.cessation(type).numerator(), row.count("ceased").orElseThrow().value());
      assertEquals(report.cessation(type).denominator(), row.count("reviewed").orElseThrow().value());
    }
    assertEquals(report.interventionKinds().size(), r.records("interventions").size());
  }

  private static void assertRate(Rate rate, ExportRecord row, OutcomeMeasure measure, Optional<String> band) {
    assertEquals(measure.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), row.text("measure").orElseThrow());
    assertEquals(band, row.text("band"));
    assertEquals(List.of(rate.numerator(), rate.denominator(), rate.missing()),
        List.of(row.count("achieved").orElseThrow().value(), row.count("of").orElseThrow().value(), row.count("missing").orElseThrow().value()));
  }

  /**
   * Research suppresses every count from 1 to threshold - 1, withholds only counts that are not
   * small, and shows every other count as counted; MARAC keeps every count.
   */
  @Property
  void researchSuppressesTheSmallCellsAndShowsTheRestAsCounted(@ForAll("cohorts") List<CaseOutcome> cases,
      @ForAll @IntRange(min = 1, max = 40) int threshold) {
    ExportRecord full = ExportRecords.ofCohortReport(CohortTally.create(ReportParameters.defaults()).addAll(cases).report());
    ExportRecord research = ExportProfile.research(KEY, threshold).apply(full);
    assertEquals(Purpose.RESEARCH, research.purpose());
    List<Count[]> pairs = new ArrayList<>();
    pair(full, research, pairs);
    assertFalse(pairs.isEmpty());
    for (Count[] p : pairs) {
      Count exact = p[0];
      Count shown = p[1];
      assertFalse(exact.suppressed());
      if (shown.isWithheld()) {
        assertTrue(exact.value() >= threshold, "only a count that is not small is withheld: " + exact);
      } else if (exact.value() == 0 || exact.value() >= threshold) {
        assertEquals(exact, shown);
      } else {
        assertTrue(shown.suppressed(), exact + " under threshold " + threshold);
        assertEquals(threshold, shown.threshold());
        assertEquals(shown, shown.suppressedBelow(threshold), "suppressing twice changes nothing");
      }
    }
    ExportRecord marac = ExportProfile.marac().apply(full);
    List<Count[]> kept = new ArrayList<>();
    pair(full, marac, kept);
    for (Count[] p : kept) {
      assertEquals(p[0], p[1]);
    }
  }

  /**
   * No suppressed count can be worked out by subtraction: no group of parts with its total shown
   * has exactly one part hidden, and no part and whole both shown differ by a small count. Checked
   * against the report's own arithmetic, written out here apart from the engine's.
   */
  @Property
  void noSuppressedCountCanBeWorkedOutFromTheOthers(@ForAll("cohorts") List<CaseOutcome> cases,
      @ForAll @IntRange(min = 2, max = 40) int threshold, @ForAll("parameters") ReportParameters parameters) {
    ExportRecord full = ExportRecords.ofCohortReport(CohortTally.create(parameters).addAll(cases).report());
    ExportRecord r = ExportProfile.research(KEY, threshold).apply(full);
    List<ExportRecord> bands = r.records("bands");
    oneHiddenNeverAlone(r.count("cases").orElseThrow(), bands.stream().map(b -> b.count("cases").orElseThrow()).toList(), "band cases");
    oneHiddenNeverAlone(r.count("reviewed").orElseThrow(), bands.stream().map(b -> b.count("reviewed").orElseThrow()).toList(), "band reviews");
    differenceNotSmall(r.count("reviewed").orElseThrow(), r.count("cases").orElseThrow(), threshold, "not reviewed");
    for (ExportRecord b : bands) {
      differenceNotSmall(b.count("reviewed").orElseThrow(), b.count("cases").orElseThrow(), threshold, "not reviewed in a band");
    }
    List<ExportRecord> outcomes = r.records("outcomes");
    int perMeasure = 1 + bands.size();
    for (int m = 0; m < outcomes.size(); m += perMeasure) {
      for (String field : List.of("achieved", "of", "missing")) {
        List<Count> parts = new ArrayList<>();
        for (int b = 1; b < perMeasure; b++) {
          parts.add(outcomes.get(m + b).count(field).orElseThrow());
        }
        oneHiddenNeverAlone(outcomes.get(m).count(field).orElseThrow(), parts, outcomes.get(m).text("measure").orElseThrow() + " " + field);
      }
    }
    for (ExportRecord o : outcomes) {
      differenceNotSmall(o.count("achieved").orElseThrow(), o.count("of").orElseThrow(), threshold, "without the outcome");
    }
    List<ExportRecord> moves = r.records("riskMovement");
    oneHiddenNeverAlone(r.count("cases").orElseThrow(), moves.stream().map(m -> m.count("cases").orElseThrow()).toList(), "risk movement");
    oneHiddenNeverAlone(r.count("reviewed").orElseThrow(), moves.stream().filter(m -> m.text("to").isPresent())
        .map(m -> m.count("cases").orElseThrow()).toList(), "risk movement of the reviewed");
    for (ExportRecord a : r.records("abuse")) {
      differenceNotSmall(a.count("atIntake").orElseThrow(), a.count("recorded").orElseThrow(), threshold, "without the abuse");
      differenceNotSmall(a.count("ceased").orElseThrow(), a.count("reviewed").orElseThrow(), threshold, "abuse went on");
    }
    for (ExportRecord i : r.records("interventions")) {
      differenceNotSmall(i.count("received").orElseThrow(), i.count("of").orElseThrow(), threshold, "without the intervention");
    }
  }

  private static void oneHiddenNeverAlone(Count total, List<Count> parts, String what) {
    long hidden = parts.stream().filter(Count::suppressed).count();
    if (!total.suppressed()) {
      assertTrue(hidden != 1, what + ": one part hidden beside a total shown, " + parts + " of " + total);
    } else if (hidden == 0) {
      org.junit.jupiter.api.Assertions.fail(what + ": a hidden total whose parts are all shown, " + parts);
    }
  }

  private static void differenceNotSmall(Count part, Count whole, int threshold, String what) {
    if (!part.suppressed() && !whole.suppressed()) {
      long difference = whole.value() - part.value();
      assertFalse(difference > 0 && difference < threshold, what + ": " + part + " of " + whole + " shows " + difference);
    }
  }

  /** Walks two records of one schema side by side, pairing their counts; every other value is equal. */
  private static void pair(ExportRecord a, ExportRecord b, List<Count[]> pairs) {
    List<Field> fields = a.schema().fields();
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      assertEquals(a.has(i), b.has(i), f.name());
      if (!a.has(i)) {
        continue;
      }
      List<?> as = f.repeated() ? (List<?>) a.get(i) : List.of(a.get(i));
      List<?> bs = f.repeated() ? (List<?>) b.get(i) : List.of(b.get(i));
      assertEquals(as.size(), bs.size(), f.name());
      for (int j = 0; j < as.size(); j++) {
        if (f.kind() == FieldKind.RECORD) {
          pair((ExportRecord) as.get(j), (ExportRecord) bs.get(j), pairs);
        } else if (f.kind() == FieldKind.COUNT) {
          pairs.add(new Count[] {(Count) as.get(j), (Count) bs.get(j)});
        } else {
          assertEquals(as.get(j), bs.get(j), f.name());
        }
      }
    }
  }

  @Property(tries = 20)
  void theReportRecordIsTheSchemasOwn(@ForAll("cohorts") List<CaseOutcome> cases) {
    assertEquals(Schemas.COHORT_REPORT, ExportRecords.ofCohortReport(CohortTally.create(ReportParameters.defaults()).addAll(cases).report()).schema());
  }
}
