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
package org.safeguard.core.marac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.Tuple;
import org.safeguard.core.equality.EqualityGroup;
import org.safeguard.core.equality.PopulationShare;
import org.safeguard.core.export.ExportProfile;
import org.safeguard.core.export.ReturnRecords;
import org.safeguard.export.Count;
import org.safeguard.export.ExportRecord;
import org.safeguard.model.Agency;

/**
 * A MARAC return as it leaves the service, over random referrals and meetings: under MARAC and
 * research no count from 1 to one below the threshold is shown, no count hidden can be had by
 * subtracting what is shown of its group from the group's total shown, no rate shows a numerator and
 * a denominator a few apart, no value rests on a count not shown, and a count shown in several places
 * shows the same in each. Under FULL the return goes out exact.
 */
class ReturnExportProperties {
  private static final byte[] KEY = new byte[ExportProfile.MIN_KEY_BYTES];
  private static final Map<EqualityGroup, PopulationShare> POPULATION = Map.of(EqualityGroup.MALE, PopulationShare.between("4", "6"),
      EqualityGroup.DISABLED, PopulationShare.of("17"));

  /**
   * Areas as {@link MaracReturnProperties} makes them, and as often areas whose referrals come
   * mostly from two agencies with now and then another: so that one agency's count alone is small
   * beside the others', the case a group's secondary suppression is for.
   */
  @Provide
  Arbitrary<MaracReturnProperties.Area> areas() {
    Arbitrary<Agency> agency = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(Agency.POLICE)),
        Tuple.of(6, Arbitraries.just(Agency.IDVA_SERVICE)), Tuple.of(1, Arbitraries.of(Agency.class)));
    Arbitrary<MaracReturnProperties.Case> kase = Combinators.combine(Arbitraries.integers().between(0, 40),
        Arbitraries.integers().between(-30, 80), agency, Arbitraries.of(true, false), Arbitraries.integers().between(-1, 3),
        Arbitraries.integers().between(0, 3), Arbitraries.frequency(Tuple.of(8, 0), Tuple.of(4, 1), Tuple.of(1, 2), Tuple.of(1, 3)),
        Arbitraries.integers().between(0, 30)).as(MaracReturnProperties.Case::new);
    Arbitrary<List<List<Integer>>> meetings = Arbitraries.integers().between(0, 44).list().ofMaxSize(16).list().ofMaxSize(7);
    Arbitrary<MaracReturnProperties.Area> concentrated = Combinators.combine(Arbitraries.longs().between(1, 2_000_000),
        kase.list().ofMaxSize(60), meetings).as((women, cases, m) -> MaracReturnProperties.area("M-C", women, cases, m));
    return Arbitraries.oneOf(new MaracReturnProperties().areas(), concentrated);
  }

  /** A group: parts that add up to a total. */
  private record Group(String name, List<Count> parts, Count total) {}

  private static boolean shown(Count c) {
    return !c.suppressed();
  }

  private static Count count(ExportRecord r, String field) {
    return r.count(field).orElseThrow(() -> new AssertionError(field + " is absent from " + r));
  }

  private static ExportRecord figure(ExportRecord ret, String key) {
    return ret.records("figures").stream().filter(f -> f.text("figure").orElse("").equals(key)).findFirst().orElseThrow();
  }

  @Property(tries = 400)
  void underAPurposeThatLeavesTheServiceNoSmallCountShowsAndNoneCanBeWorkedOut(@ForAll("areas") MaracReturnProperties.Area area,
      @ForAll boolean research, @ForAll @IntRange(min = 2, max = 12) int researchThreshold) {
    ExportRecord full = ReturnRecords.of(area.ret(), ReturnRecordsTest.ranges(), POPULATION);
    assertSame(full, ExportProfile.full().apply(full), "under FULL the return goes out exact");
    ExportProfile profile = research ? ExportProfile.research(KEY, researchThreshold) : ExportProfile.marac();
    int threshold = profile.smallCell();
    ExportRecord out = profile.apply(full);

    // every count: small ones suppressed, withheld ones not small, the rest as counted
    List<Count[]> cells = new ArrayList<>();
    for (String f : List.of("casesHeard", "referrals", "accepted", "rejected", "transferred", "children")) {
      cells.add(new Count[] {count(full, f), count(out, f)});
    }
    for (String nested : List.of("figures", "access")) {
      List<ExportRecord> exact = full.records(nested);
      List<ExportRecord> shown = out.records(nested);
      assertEquals(exact.size(), shown.size());
      for (int i = 0; i < exact.size(); i++) {
        for (String f : List.of("numerator", "denominator", "missing", "cases", "of")) {
          if (exact.get(i).schema().field(f).isPresent() && exact.get(i).count(f).isPresent()) {
            cells.add(new Count[] {count(exact.get(i), f), count(shown.get(i), f)});
          }
        }
      }
    }
    for (Count[] c : cells) {
      long n = c[0].value();
      if (c[1].isWithheld()) {
        assertTrue(n >= threshold, "only a count that is not small is withheld: " + n);
      } else if (n == 0 || n >= threshold) {
        assertEquals(c[0], c[1]);
      } else {
        assertEquals(Count.fewerThan(threshold), c[1], n + " under threshold " + threshold);
      }
    }

    // the same count shows the same wherever it is
    Count heard = count(out, "casesHeard");
    Count referrals = count(out, "referrals");
    assertEquals(heard, count(figure(out, "cases-heard"), "numerator"));
    assertEquals(heard, count(figure(out, "per-10k-adult-women"), "numerator"));
    assertEquals(count(out, "accepted"), count(figure(out, "engagement"), "denominator"));
    List<ExportRecord> access = out.records("access");
    for (EqualityGroup g : EqualityGroup.values()) {
      ExportRecord row = access.get(g.ordinal());
      ExportRecord f = figure(out, ReturnFigure.access(g).key());
      assertEquals(List.of(count(f, "numerator"), count(f, "denominator"), count(f, "missing")),
          List.of(count(row, "cases"), count(row, "of"), count(row, "missing")), g.name());
    }

    // groups: parts that add up to a total
    List<Group> groups = new ArrayList<>();
    List<Count> agencies = new ArrayList<>();
    for (ExportRecord f : out.records("figures")) {
      String key = f.text("figure").orElseThrow();
      if (key.startsWith("referrals-by-")) {
        assertEquals(referrals, count(f, "denominator"), key);
      }
      if (key.startsWith("referrals-by-agency.")) {
        agencies.add(count(f, "numerator"));
      }
      if (key.equals("repeat-rate") || key.equals("cases-with-children") || key.startsWith("access.")) {
        groups.add(new Group(key + ": known and missing", List.of(count(f, "denominator"), count(f, "missing")), heard));
      }
    }
    groups.add(new Group("referrals by agency", agencies, referrals));
    groups.add(new Group("accepted, rejected and transferred", List.of(count(out, "accepted"), count(out, "rejected"),
        count(out, "transferred")), referrals));
    for (ExportRecord row : access) {
      groups.add(new Group(row.text("group").orElseThrow() + " row: known and missing", List.of(count(row, "of"), count(row, "missing")),
          heard));
    }
    for (Group g : groups) {
      long hiddenParts = g.parts().stream().filter(c -> !shown(c)).count();
      if (shown(g.total())) {
        assertTrue(hiddenParts != 1, g.name() + ": the one part hidden is the total shown less the parts shown, " + g);
      } else {
        assertTrue(hiddenParts != 0, g.name() + ": the total hidden is the sum of its parts shown, " + g);
      }
    }

    // rates: a numerator and a denominator shown are not a few apart; a value shown rests on counts shown
    for (ExportRecord f : out.records("figures")) {
      String key = f.text("figure").orElseThrow();
      Count numerator = count(f, "numerator");
      boolean rate = f.count("denominator").isPresent();
      Count denominator = rate ? count(f, "denominator") : Count.of(0);
      if (rate && shown(numerator) && shown(denominator)) {
        long complement = denominator.value() - numerator.value();
        assertTrue(complement == 0 || complement >= threshold, key + ": " + numerator + " of " + denominator);
      }
      if (f.decimal("value").isPresent()) {
        assertTrue(shown(numerator) && shown(denominator), key + ": a value shown beside " + numerator + " of " + denominator);
      }
      if (f.flag("outsideExpected").isPresent()) {
        assertTrue(f.decimal("value").isPresent(), key + ": outside its range said of a value not shown");
      }
    }
    for (ExportRecord row : access) {
      if (row.decimal("percent").isPresent() || row.text("representation").isPresent()) {
        assertTrue(shown(count(row, "cases")) && shown(count(row, "of")), row.toString());
      }
    }
  }
}
