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
package org.safeguard.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safeguard.planning.Figures.assertBetween;
import static org.safeguard.planning.Figures.assertFigure;
import static org.safeguard.planning.Figures.d;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * People from counts in the <i>Hertfordshire Domestic Abuse Review</i> (CAADA, 2014): Table 8
 * (incidents and MARAC cases net of repeats) with Table 1's incident mix, section 2.2 and
 * Appendix 12 Table 4 (IDVA referrals engaged), Table 9 and sections 3.4 and 3.6 (the prevalence
 * cascade and children). Each row of the source rounds its own way; the rounding is the test's
 * parameter.
 */
class HertfordshirePeopleTest {
  private static final BigDecimal POLICE_REPEATS = d("0.41");

  @ParameterizedTest(name = "Hertfordshire review Table 8: {0} {1} incidents net of 41% repeats are {3} individuals ({2})")
  @CsvSource({
      "all risks, 13658, to the nearest 1000, 8000, 1000",
      "high risk, 364, to the nearest 100, 200, 100",
      "medium risk, 3439, to the nearest 100, 2000, 100",
      "high and medium risk, 3803, to the nearest 100, 2200, 100"})
  void policeIncidentsNetOfRepeats(String row, long incidents, String rule, String printed, long step) {
    // Footnote 22: "an approximation of the number of victims net of the repeat rate". The rows
    // round differently: all risks to the nearest 1,000 (nearest 100 would give 8,100), the risk
    // rows to the nearest 100.
    Estimate people = PeopleEstimates.netOfRepeats(row, incidents, POLICE_REPEATS, Rounding.nearest(step));
    assertFigure(printed, people.value(), row);
  }

  @Test
  @DisplayName("Hertfordshire review Table 8: all-risk incidents to the nearest 100 would be 8,100, not the printed 8,000")
  void allRiskIncidentsRoundToTheThousand() {
    assertFigure("8100", PeopleEstimates.netOfRepeats("all risks", 13_658, POLICE_REPEATS, Rounding.nearest(100)).value());
  }

  @Test
  @DisplayName("Hertfordshire review Table 8 / section 3.2: 694 MARAC cases net of 18% repeats are 'approximately 570'; 937 children are 770")
  void maracCasesAndChildrenNetOfRepeats() {
    Estimate people = PeopleEstimates.netOfRepeats("MARAC individuals", 694, d("0.18"), Rounding.nearest(10));
    assertFigure("569.08", people.exact());
    assertFigure("570", people.value());
    assertFigure("770", PeopleEstimates.netOfRepeats("MARAC children", 937, d("0.18"), Rounding.nearest(10)).value());
    // children per MARAC case: worked out from Table 8's counts, not printed in the review
    assertFigure("1.35", PeopleEstimates.per("children per case", d(937), "children", d(694), "cases",
        Rounding.nearest(d("0.01"))).value());
  }

  @Test
  @DisplayName("Hertfordshire review section 2.2 and App 12 Table 4: 857 of 1,163 referrals engaged (74%); net of 19% repeats, 694 victims")
  void idvaReferralsEngagedAndNetOfRepeats() {
    assertFigure("74", PeopleEstimates.percent("engagement", d(857), d(1_163), Rounding.NEAREST_WHOLE).value());
    assertFigure("694", PeopleEstimates.netOfRepeats("IDVA victims", 857, d("0.19"), Rounding.NEAREST_WHOLE).value());
  }

  @Test
  @DisplayName("Hertfordshire review Tables 1 and 8: incident mix 3% / 25% / 72%; high+medium is 28%, printed '38%' (a typo)")
  void theIncidentMixAndItsTypo() {
    assertFigure("3", PeopleEstimates.percent("high", d(364), d(13_658), Rounding.NEAREST_WHOLE).value());
    assertFigure("25", PeopleEstimates.percent("medium", d(3_439), d(13_658), Rounding.NEAREST_WHOLE).value());
    assertFigure("72", PeopleEstimates.percent("low", d(9_855), d(13_658), Rounding.NEAREST_WHOLE).value());
    // Quirk: Table 8 and App 6 print 3,803 "(38%)"; 3,803 / 13,658 is 27.8%. Not reproducible:
    // the library gives 28% and this test records the printed 38% as the source's typo.
    assertFigure("28", PeopleEstimates.percent("high and medium", d(3_803), d(13_658), Rounding.NEAREST_WHOLE).value());
  }

  @Test
  @DisplayName("Hertfordshire review section 3.4: 17,700 female victims × 26% = 4,600 high and medium; × 40% = 1,800 high; 2,800 medium")
  void thePrevalenceCascade() {
    Estimate highAndMedium = PeopleEstimates.share("high and medium", d(17_700), d("0.26"), Rounding.nearest(100));
    assertFigure("4602", highAndMedium.exact());
    assertFigure("4600", highAndMedium.value());
    Estimate high = PeopleEstimates.share("high", highAndMedium.value(), d("0.40"), Rounding.nearest(100));
    assertFigure("1800", high.value());
    assertFigure("2800", highAndMedium.value().subtract(high.value()));
  }

  @ParameterizedTest(name = "Hertfordshire review Table 9 / section 3.6: {1} {0} victims × 60% with children × 1.75 ≈ {3} children ({2})")
  @CsvSource({
      "high risk (women), 1800, 1000, 2000",
      "medium risk (women), 2800, 1000, 3000",
      "high and medium (women), 4600, 1000, 5000",
      "visible high and medium, 2000, 100, 2100"})
  void childrenOfVictims(String group, long victims, long step, String printed) {
    // Footnote 24: "around 60% of victims have dependent children ... almost 1.8 dependent children
    // per family". 0.6 × 1.75 (almost 1.8) reproduces every row; the visible total 2,100 exactly.
    Estimate children = PeopleEstimates.childrenOf("children, " + group, d(victims), d("0.6"), d("1.75"),
        Rounding.nearest(step));
    assertFigure(printed, children.value(), group);
  }

  @Test
  @DisplayName("Hertfordshire review Table 9: visible high and medium victims' children print 1,000 and 1,100: one tie (1,050) rounded each way")
  void theVisibleChildrenSplitIsATieRoundedBothWays() {
    // Quirk: 1,000 visible victims × 0.6 × 1.75 = 1,050 for each tier, exactly half way between
    // hundreds. The source prints the high tier down (1,000) and the medium tier up (1,100), so the
    // two add to the 2,100 it prints for both. One rule cannot give both; the test names each.
    Estimate high = PeopleEstimates.childrenOf("children, visible high", d(1_000), d("0.6"), d("1.75"),
        Rounding.to(d(100), RoundingMode.HALF_DOWN));
    Estimate medium = PeopleEstimates.childrenOf("children, visible medium", d(1_000), d("0.6"), d("1.75"),
        Rounding.to(d(100), RoundingMode.HALF_UP));
    assertFigure("1050", high.exact());
    assertFigure("1000", high.value());
    assertFigure("1100", medium.value());
    assertFigure("2100", high.value().add(medium.value()));
  }

  @Test
  @DisplayName("Hertfordshire review section 3.6: 'around 1,700 children exposed' is not reproducible; the stated method gives about 1,560-1,600")
  void childrenExposedIsAStatedFigureOnly() {
    // Quirk: the text gives no formula. Its stated method (a child present at 44% of high and 39%
    // of medium incidents, "adjusting for the repeat incident rate" of 41%, about 1.8 children a
    // family) gives about 1,594, 6% below the printed 1,700. Kept as a stated figure within 10%.
    BigDecimal present = d(364).multiply(d("0.44")).add(d(3_439).multiply(d("0.39")));
    Estimate incidents = PeopleEstimates.netOfRepeats("incidents with children present", present, POLICE_REPEATS,
        Rounding.EXACT);
    BigDecimal children = incidents.value().multiply(d("1.8"));
    assertBetween("1530", "1700", children);
    assertTrue(d(1_700).subtract(children).divide(d(1_700), java.math.MathContext.DECIMAL64).compareTo(d("0.10")) < 0);
  }

  @Test
  @DisplayName("Hertfordshire review section 3.6: 2,500 children's social care cases × 60% with domestic abuse = 1,500")
  void childrensSocialCareCases() {
    assertFigure("1500", PeopleEstimates.share("cases with domestic abuse", d(2_500), d("0.6"), Rounding.EXACT).value());
  }

  @Test
  @DisplayName("an estimate's trace says how it was rounded")
  void anEstimateExplainsItself() {
    Estimate people = PeopleEstimates.netOfRepeats("MARAC individuals", 694, d("0.18"), Rounding.nearest(10));
    assertEquals("MARAC individuals = count × (1 − repeat rate) [count 694; repeat rate 0.18] → 569.08, "
        + "to the nearest 10 (halves up) → 570", people.trace().steps().get(0).render());
  }
}
