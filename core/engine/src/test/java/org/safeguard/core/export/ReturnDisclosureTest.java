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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.safeguard.export.Count;
import org.safeguard.export.ExportDate;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Schemas;

/**
 * Suppression of a MARAC return, case by case on hand-built records: small counts under MARAC and
 * research, the counts that would give one away by subtraction, the values resting on either, and
 * nothing under FULL.
 */
class ReturnDisclosureTest {
  private static final ExportProfile MARAC = ExportProfile.marac();
  private static final ExportProfile RESEARCH = ExportProfile.research(ExportProfileTest.KEY);

  /** A return's counts, each settable, consistent unless a test makes them not. */
  private static final class Ret {
    long heard = 60;
    long referrals = 50;
    long accepted = 39;
    long rejected = 6;
    long transferred = 5;
    long children = 30;
    long[] agencies = {20, 18, 12};
    long repeats = 12;
    long linked = 55;
    long engaged = 30;
    long male = 6;
    long maleKnown = 40;
    boolean expectEngagement;
    /** Each agency's rate's denominator when not the referrals: a record not made from a return. */
    long[] agencyDenominators;
    /** Whether the return has the access.MALE figure beside the male access row. */
    boolean maleFigure = true;
    /** The male access row's known and missing cases when not the figure's: a record not made from a return. */
    long rowOf = -1;
    long rowMissing = -1;

    ExportRecord build() {
      ExportRecord.Builder b = ExportRecord.builder(Schemas.MARAC_RETURN).set("from", ExportDate.of(LocalDate.of(2026, 1, 1)))
          .set("to", ExportDate.of(LocalDate.of(2026, 3, 31))).set("maracIds", "M-1").set("adultWomen", 100_000L)
          .set("casesHeard", Count.of(heard)).set("referrals", Count.of(referrals)).set("accepted", Count.of(accepted))
          .set("rejected", Count.of(rejected)).set("transferred", Count.of(transferred)).set("children", Count.of(children));
      b.set("figures", count("cases-heard", heard));
      b.set("figures", count("per-10k-adult-women", heard));
      b.set("figures", rate("repeat-rate", repeats, linked, heard - linked, null));
      b.set("figures", rate("engagement", engaged, accepted, 0, expectEngagement ? "50..70" : null));
      String[] names = {"POLICE", "IDVA", "HEALTH"};
      for (int i = 0; i < agencies.length; i++) {
        long den = agencyDenominators == null ? referrals : agencyDenominators[i];
        b.set("figures", rate("referrals-by-agency." + names[i], agencies[i], den, 0, null));
      }
      if (maleFigure) {
        b.set("figures", rate("access.MALE", male, maleKnown, heard - maleKnown, null));
      }
      long of = rowOf < 0 ? maleKnown : rowOf;
      long missing = rowMissing < 0 ? heard - maleKnown : rowMissing;
      b.set("access", ExportRecord.builder(Schemas.MARAC_RETURN_ACCESS).set("group", "male").set("cases", Count.of(male))
          .set("of", Count.of(of)).set("missing", Count.of(missing)).set("percent", percent(male, of))
          .set("populationLow", new BigDecimal("4.0")).set("populationHigh", new BigDecimal("6.0")).set("representation", "above").build());
      return b.build();
    }

    private static ExportRecord count(String key, long n) {
      return ExportRecord.builder(Schemas.MARAC_RETURN_FIGURE).set("figure", key).set("kind", "count").set("numerator", Count.of(n))
          .set("value", BigDecimal.valueOf(n)).set("expectedLow", BigDecimal.ONE).set("outsideExpected", false).build();
    }

    private static ExportRecord rate(String key, long num, long den, long missing, String range) {
      ExportRecord.Builder f = ExportRecord.builder(Schemas.MARAC_RETURN_FIGURE).set("figure", key).set("kind", "percent")
          .set("numerator", Count.of(num)).set("denominator", Count.of(den)).set("missing", Count.of(missing))
          .set("value", percent(num, den));
      if (range != null) {
        f.set("expectedLow", new BigDecimal(range.substring(0, 2))).set("expectedHigh", new BigDecimal(range.substring(4)))
            .set("outsideExpected", true);
      }
      return f.build();
    }

    private static Optional<BigDecimal> percent(long num, long den) {
      return den == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(num * 100).divide(BigDecimal.valueOf(den), 1, RoundingMode.HALF_UP));
    }
  }

  private static ExportRecord figure(ExportRecord ret, String key) {
    return ret.records("figures").stream().filter(f -> f.text("figure").orElse("").equals(key)).findFirst().orElseThrow();
  }

  private static String shown(ExportRecord r, String field) {
    return r.count(field).map(Count::toString).orElse("absent");
  }

  /** Every count, top and nested, as shown. */
  private static List<Count> counts(ExportRecord ret) {
    List<Count> all = new ArrayList<>();
    for (String f : List.of("casesHeard", "referrals", "accepted", "rejected", "transferred", "children")) {
      all.add(ret.count(f).orElseThrow());
    }
    for (ExportRecord f : ret.records("figures")) {
      for (String c : List.of("numerator", "denominator", "missing")) {
        f.count(c).ifPresent(all::add);
      }
    }
    return all;
  }

  @Test
  void aReturnWithNoSmallCountGoesOutAsItIsUnderEveryPurpose() {
    ExportRecord full = new Ret().build();
    assertSame(full, ExportProfile.full().apply(full));
    for (ExportProfile p : List.of(MARAC, RESEARCH)) {
      ExportRecord out = p.apply(full);
      for (Count c : counts(out)) {
        assertFalse(c.suppressed(), p + ": " + c);
      }
      assertEquals(Optional.of(new BigDecimal("15.0")), figure(out, "access.MALE").decimal("value"));
    }
  }

  @Test
  void underFullEveryCountIsExactEvenSmallOnes() {
    Ret r = new Ret();
    r.rejected = 2;
    r.accepted = 43;
    ExportRecord full = r.build();
    assertSame(full, ExportProfile.full().apply(full));
    assertEquals("2", shown(full, "rejected"));
  }

  @Test
  void aSmallCountShowsAsBelowTheThresholdUnderMaracAndResearch() {
    Ret r = new Ret();
    r.children = 3;
    for (ExportProfile p : List.of(MARAC, RESEARCH)) {
      assertEquals("<5", shown(p.apply(r.build()), "children"), p.toString());
    }
    assertEquals("<9", shown(ExportProfile.research(ExportProfileTest.KEY, 9).apply(r.build()), "rejected"), "6 is small under 9");
  }

  @Test
  void oneReferringAgencySmallWithholdsTheSmallestOtherAgency() {
    Ret r = new Ret();
    r.agencies = new long[] {20, 27, 3};
    ExportRecord out = MARAC.apply(r.build());
    assertEquals("<5", shown(figure(out, "referrals-by-agency.HEALTH"), "numerator"));
    assertEquals("[c]", shown(figure(out, "referrals-by-agency.POLICE"), "numerator"), "20 = 50 - 27 - 3 would give the 3 away");
    assertEquals("27", shown(figure(out, "referrals-by-agency.IDVA"), "numerator"));
    assertEquals("50", shown(out, "referrals"));
  }

  @Test
  void oneOfAcceptedRejectedAndTransferredSmallWithholdsAnother() {
    Ret r = new Ret();
    r.rejected = 2;
    r.transferred = 8;
    r.accepted = 40;
    ExportRecord out = RESEARCH.apply(r.build());
    assertEquals("<5", shown(out, "rejected"));
    assertEquals("[c]", shown(out, "transferred"), "the smallest other part");
    assertEquals("40", shown(out, "accepted"));
    assertEquals("50", shown(out, "referrals"));
  }

  @Test
  void fewCasesWithNoReferralRecordWithholdTheLinkedOnesEverywhereTheyShow() {
    Ret r = new Ret();
    r.linked = 57;
    r.maleKnown = 57;
    ExportRecord out = MARAC.apply(r.build());
    ExportRecord repeat = figure(out, "repeat-rate");
    assertEquals("<5", shown(repeat, "missing"), "3 unlinked");
    assertEquals("[c]", shown(repeat, "denominator"), "57 linked = 60 heard - 3 unlinked");
    assertEquals(Optional.empty(), repeat.decimal("value"), "a percentage of a count not shown is not shown");
    assertEquals("60", shown(out, "casesHeard"));
  }

  /**
   * Three of the 55 cases with a referral have no male answer (withheld or not recorded): shown
   * beside the repeat rate's 55 and 5, the figure's 52 and 8 would each give the 3 away.
   */
  @Test
  void fewCasesWithAnAnswerMissingAreNotShownByTheRepeatRatesCountsBesideTheGroups() {
    Ret r = new Ret();
    r.maleKnown = 52;
    ExportRecord out = MARAC.apply(r.build());
    ExportRecord repeat = figure(out, "repeat-rate");
    ExportRecord male = figure(out, "access.MALE");
    assertEquals("[c]", shown(male, "denominator"), "52 beside the 55 linked");
    assertEquals("[c]", shown(repeat, "missing"), "the 5 unlinked beside the 8 missing");
    for (String[] pair : new String[][] {{"denominator", "denominator"}, {"missing", "missing"}}) {
      Optional<Count> a = repeat.count(pair[0]).filter(c -> !c.suppressed() && !c.isWithheld());
      Optional<Count> b = male.count(pair[1]).filter(c -> !c.suppressed() && !c.isWithheld());
      assertFalse(a.isPresent() && b.isPresent() && Math.abs(a.get().value() - b.get().value()) == 3, pair[0]);
    }
    assertEquals(Optional.empty(), male.decimal("value"));
  }

  @Test
  void aNumeratorCloseToItsDenominatorIsWithheldAndItsValueAndFlagWithIt() {
    Ret r = new Ret();
    r.engaged = 37;
    r.expectEngagement = true;
    ExportRecord fullRecord = r.build();
    assertEquals(Optional.of(true), figure(fullRecord, "engagement").flag("outsideExpected"));
    ExportRecord engagement = figure(RESEARCH.apply(fullRecord), "engagement");
    assertEquals("[c]", shown(engagement, "numerator"), "39 - 37 = 2 not engaged");
    assertEquals("39", shown(engagement, "denominator"));
    assertEquals(Optional.empty(), engagement.decimal("value"));
    assertEquals(Optional.empty(), engagement.flag("outsideExpected"), "whether it is outside its range would narrow it down");
    assertEquals(Optional.of(new BigDecimal("50")), engagement.decimal("expectedLow"), "the service's range is not a count");
  }

  @Test
  void fewCasesHeardHideTheCountFigureTheRatePerTenThousandAndTheirValues() {
    Ret r = new Ret();
    r.heard = 4;
    r.linked = 4;
    r.repeats = 1;
    r.maleKnown = 4;
    r.male = 0;
    ExportRecord out = MARAC.apply(r.build());
    assertEquals("<5", shown(out, "casesHeard"));
    for (String key : List.of("cases-heard", "per-10k-adult-women")) {
      ExportRecord f = figure(out, key);
      assertEquals("<5", shown(f, "numerator"), key);
      assertEquals(Optional.empty(), f.decimal("value"), key);
      assertEquals(Optional.empty(), f.flag("outsideExpected"), key);
      assertEquals(Optional.of(BigDecimal.ONE), f.decimal("expectedLow"), key);
    }
  }

  @Test
  void theAcceptedWithheldAtTheTopAreWithheldAsEngagementsDenominator() {
    Ret r = new Ret();
    r.rejected = 0;
    r.transferred = 1;
    r.accepted = 49;
    ExportRecord out = MARAC.apply(r.build());
    assertEquals("<5", shown(out, "transferred"));
    // 49 accepted + 0 rejected + <5 transferred = 50: the smallest other part above zero is the accepted
    assertEquals("[c]", shown(out, "accepted"));
    assertEquals("[c]", shown(figure(out, "engagement"), "denominator"), "the same count, withheld in both places");
    assertEquals(Optional.empty(), figure(out, "engagement").decimal("value"));
    for (String a : List.of("POLICE", "IDVA", "HEALTH")) {
      assertEquals(shown(out, "referrals"), shown(figure(out, "referrals-by-agency." + a), "denominator"), a);
    }
  }

  @Test
  void anAccessRowHidesItsShareAndRepresentationWithItsFiguresCounts() {
    Ret r = new Ret();
    r.male = 2;
    ExportRecord out = RESEARCH.apply(r.build());
    ExportRecord row = out.records("access").get(0);
    assertEquals("<5", shown(row, "cases"));
    assertEquals(Optional.empty(), row.decimal("percent"));
    assertEquals(Optional.empty(), row.text("representation"));
    assertEquals(Optional.of(new BigDecimal("4.0")), row.decimal("populationLow"), "the population's share is not a count");
    assertEquals("<5", shown(figure(out, "access.MALE"), "numerator"));
    assertEquals(Optional.empty(), figure(out, "access.MALE").decimal("value"));
  }

  @Test
  void zeroIsNeverHidden() {
    Ret r = new Ret();
    r.rejected = 0;
    r.transferred = 0;
    r.accepted = 50;
    r.agencies = new long[] {50, 0, 0};
    ExportRecord out = MARAC.apply(r.build());
    assertEquals("0", shown(out, "rejected"));
    assertEquals("50", shown(out, "accepted"));
    assertEquals("0", shown(figure(out, "referrals-by-agency.IDVA"), "numerator"));
    assertEquals("50", shown(figure(out, "referrals-by-agency.POLICE"), "numerator"));
    assertTrue(figure(out, "referrals-by-agency.POLICE").decimal("value").isPresent());
  }

  @Test
  void reasonsLoseTheirCountsNotTheirWords() {
    assertEquals("preferred not to say, no referral record", ReturnRecords.reasons("3 preferred not to say, 2 no referral record"));
    assertEquals("not recorded", ReturnRecords.reasons("not recorded"));
  }

  /** Only a number before the first space is a count: a reason that opens with a space keeps its words as written. */
  @Test
  void aReasonWithNothingBeforeItsFirstSpaceIsNotACount() {
    assertEquals("declined,  not recorded", ReturnRecords.reasons("3 declined,  not recorded"));
    assertEquals(" not recorded", ReturnRecords.reasons(" not recorded"));
  }

  /**
   * The referrals at the top and every referral rate's denominator are one count: withheld in one,
   * withheld in all, so no rate's value shows it. Here the police's rate counts 52 referrals, so its
   * 50 are withheld (2 apart); the other agencies referred none, so 50 referrals less 0 and 0 would
   * give the police's away and the referrals are withheld too.
   */
  @Test
  void referralsWithheldAtTheTopAreWithheldAsEveryReferralRatesDenominator() {
    Ret r = new Ret();
    r.agencies = new long[] {50, 0, 0};
    r.agencyDenominators = new long[] {52, 50, 50};
    ExportRecord out = MARAC.apply(r.build());
    assertEquals("[c]", shown(figure(out, "referrals-by-agency.POLICE"), "numerator"), "52 - 50 = 2 not from the police");
    assertEquals("[c]", shown(out, "referrals"), "50 - 0 - 0 is the police's 50");
    for (String a : List.of("IDVA", "HEALTH")) {
      ExportRecord f = figure(out, "referrals-by-agency." + a);
      assertEquals("[c]", shown(f, "denominator"), a + ": the referrals, withheld at the top");
      assertEquals(Optional.empty(), f.decimal("value"), a + ": a value resting on a count withheld");
    }
  }

  /**
   * A total withheld by a group settled later makes a group settled earlier withhold one of its
   * parts: the referrals withheld for the agencies leave the accepted, rejected and transferred all
   * shown, which would add up to them, so the smallest, the 5 transferred, is withheld; and with
   * one part and the total hidden nothing more is, so the 39 accepted and 6 rejected still show.
   */
  @Test
  void aTotalWithheldForOneGroupWithholdsTheSmallestPartOfAnotherAndNoMore() {
    Ret r = new Ret();
    r.agencies = new long[] {50, 0, 0};
    r.agencyDenominators = new long[] {52, 50, 50};
    ExportRecord out = RESEARCH.apply(r.build());
    assertEquals("[c]", shown(out, "referrals"));
    assertEquals("[c]", shown(out, "transferred"), "39 + 6 + 5 would give the referrals away");
    assertEquals("39", shown(out, "accepted"), "the total and one part hidden give nothing away");
    assertEquals("6", shown(out, "rejected"), "the total and one part hidden give nothing away");
  }

  /** An agency that referred none is not withheld for a small one: zero is never hidden, the next smallest above zero is. */
  @Test
  void anAgencyThatReferredNoneIsPassedOverForTheSmallestAboveZero() {
    Ret r = new Ret();
    r.agencies = new long[] {47, 0, 3};
    ExportRecord out = MARAC.apply(r.build());
    assertEquals("<5", shown(figure(out, "referrals-by-agency.HEALTH"), "numerator"));
    assertEquals("0", shown(figure(out, "referrals-by-agency.IDVA"), "numerator"));
    assertEquals("[c]", shown(figure(out, "referrals-by-agency.POLICE"), "numerator"), "50 - 0 - 3 = 47");
  }

  /** An access row's share rests on its known cases as well as its cases: 3 unknown withhold the 57 known, and the share goes. */
  @Test
  void anAccessRowsShareIsHiddenWhenOnlyItsKnownCasesAreWithheld() {
    Ret r = new Ret();
    r.male = 6;
    r.maleKnown = 57;
    ExportRecord row = MARAC.apply(r.build()).records("access").get(0);
    assertEquals("6", shown(row, "cases"));
    assertEquals("<5", shown(row, "missing"));
    assertEquals("[c]", shown(row, "of"), "60 heard - 3 unknown");
    assertEquals(Optional.empty(), row.decimal("percent"), "6 of a count withheld");
    assertEquals(Optional.empty(), row.text("representation"));
  }

  /** An access row with no figure beside it is judged on its own counts: its cases 2 short of its known cases are withheld. */
  @Test
  void anAccessRowWithoutItsFigureWithholdsCasesCloseToItsKnownCases() {
    Ret r = new Ret();
    r.maleFigure = false;
    r.male = 38;
    ExportRecord row = RESEARCH.apply(r.build()).records("access").get(0);
    assertEquals("[c]", shown(row, "cases"), "40 - 38 = 2 not male");
    assertEquals("40", shown(row, "of"));
    assertEquals(Optional.empty(), row.decimal("percent"));
  }

  /** An access row with no figure beside it is judged on its own counts: a few unknown withhold the known, 60 heard less them. */
  @Test
  void anAccessRowWithoutItsFigureWithholdsItsKnownCasesBesideFewUnknown() {
    Ret r = new Ret();
    r.maleFigure = false;
    r.maleKnown = 57;
    ExportRecord row = MARAC.apply(r.build()).records("access").get(0);
    assertEquals("<5", shown(row, "missing"));
    assertEquals("[c]", shown(row, "of"), "60 heard - 3 unknown");
    assertEquals("60", shown(MARAC.apply(r.build()), "casesHeard"));
  }

  /**
   * A count shown both in an access row and in its figure is one count: withheld for the figure's
   * arithmetic (38 of 40, 2 apart), it is withheld in the row too, though the row's own (38 of 45)
   * would let it show, and the row's share with it.
   */
  @Test
  void aCountWithheldInAnAccessFigureIsWithheldInItsRowToo() {
    Ret r = new Ret();
    r.male = 38;
    r.rowOf = 45;
    r.rowMissing = 15;
    ExportRecord out = RESEARCH.apply(r.build());
    assertEquals("[c]", shown(figure(out, "access.MALE"), "numerator"), "40 - 38 = 2");
    ExportRecord row = out.records("access").get(0);
    assertEquals("[c]", shown(row, "cases"), "the same 38 as the figure's");
    assertEquals("45", shown(row, "of"));
    assertEquals(Optional.empty(), row.decimal("percent"));
  }

  /** An access row whose cases and known cases both show keeps its share and representation: only a count hidden takes them. */
  @Test
  void anAccessRowWithItsCountsShownKeepsItsShareAndRepresentation() {
    for (ExportProfile p : List.of(MARAC, RESEARCH)) {
      ExportRecord row = p.apply(new Ret().build()).records("access").get(0);
      assertEquals("6", shown(row, "cases"), p.toString());
      assertEquals("40", shown(row, "of"), p.toString());
      assertEquals(Optional.of(new BigDecimal("15.0")), row.decimal("percent"), p.toString());
      assertEquals(Optional.of("above"), row.text("representation"), p.toString());
    }
  }
}
