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
package org.safeguard.plugins.dangerassessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safeguard.model.Answer;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.Responses;
import org.safeguard.model.RiskLevel;
import org.safeguard.model.Score;

/**
 * Campbell's Danger Assessment: 20 yes / no items
 * with sub-checks 3a, 5a, 13a and 15a, a weighted sum, and the levels below 8 variable, 8-13
 * increased, 14-17 severe, 18 and over extreme danger. Scores here come from made-up test weights
 * (main items alternate 1 and 2 in form order, sub-check 5a is 3), never the licensed ones.
 */
class DangerAssessmentTest {
  private static final List<String> SEVEN = List.of(
      "violence-increased", "abuser-owns-gun", "left-after-living-together", "abuser-unemployed", "weapon-used-or-threatened");

  private static Score score(List<String> yes, String... more) {
    Responses.Builder b = TestFixtures.ENGINE.responses("danger-assessment").yes(yes.toArray(new String[0]));
    b.yes(more);
    return TestFixtures.DA.score(b.build());
  }

  private static List<String> plus(List<String> base, String... more) {
    List<String> all = new java.util.ArrayList<>(base);
    all.addAll(List.of(more));
    return all;
  }

  @Test
  void theFormHasTwentyItemsAndFourSubChecksEachRightAfterItsItem() {
    List<String> ids = TestFixtures.DA.itemIds();
    assertEquals(24, ids.size());
    assertEquals(4, SubChecks.ITEM_OF.size());
    SubChecks.ITEM_OF.forEach((sub, item) -> assertEquals(ids.indexOf(item) + 1, ids.indexOf(sub), sub));
    assertEquals("2004", TestFixtures.DA.version());
  }

  @Test
  void theScoreIsTheSumOfTheWeightsOfTheYesAnswersNotTheYesCount() {
    Score s = score(List.of("abuser-owns-gun", "violence-increased"));
    assertEquals(3, s.value());
    assertEquals(2, s.yesCount());
  }

  @Test
  void noNotKnownAndNotAskedAddNothing() {
    Responses r = TestFixtures.ENGINE.responses("danger-assessment")
        .yes("abuser-owns-gun")
        .no("threats-to-kill", "strangulation")
        .notKnown("abuser-unemployed")
        .build();
    Score s = TestFixtures.DA.score(r);
    assertEquals(2, s.value());
    assertEquals(2, s.noCount());
    assertEquals(1, s.notKnownCount());
    assertEquals(20, s.notAskedCount());
  }

  @Test
  void sevenIsVariableDangerAndEightIncreased() {
    assertEquals(7, score(SEVEN).value());
    assertEquals("variable danger", score(SEVEN).category().orElseThrow());
    assertEquals(8, score(SEVEN, "avoided-arrest").value());
    assertEquals("increased danger", score(SEVEN, "avoided-arrest").category().orElseThrow());
  }

  @Test
  void thirteenIsIncreasedDangerAndFourteenSevere() {
    List<String> thirteen = plus(SEVEN, "threats-to-kill", "child-not-abusers", "strangulation");
    assertEquals(13, score(thirteen).value());
    assertEquals("increased danger", score(thirteen).category().orElseThrow());
    assertEquals(14, score(thirteen, "forced-sex").value());
    assertEquals("severe danger", score(thirteen, "forced-sex").category().orElseThrow());
  }

  @Test
  void seventeenIsSevereDangerAndEighteenExtreme() {
    List<String> seventeen = plus(SEVEN, "threats-to-kill", "child-not-abusers", "strangulation", "forced-sex",
        "abuser-problem-drinking", "abuser-drug-use");
    assertEquals(17, score(seventeen).value());
    assertEquals("severe danger", score(seventeen).category().orElseThrow());
    assertEquals(18, score(seventeen, "controls-daily-activities").value());
    assertEquals("extreme danger", score(seventeen, "controls-daily-activities").category().orElseThrow());
  }

  @Test
  void everyYesTogetherIsExtremeDanger() {
    Score all = score(TestFixtures.DA.itemIds().stream()
        .filter(id -> !id.equals("never-lived-together") && !id.equals("never-pregnant-by-abuser") && !id.equals("control-resisted"))
        .toList());
    assertEquals(33, all.value());
    assertEquals("extreme danger", all.category().orElseThrow());
    assertTrue(all.valid());
  }

  @Test
  void aTestPolicyCanBandTheScoreToALevelThroughTheEngine() {
    Responses seven = TestFixtures.ENGINE.responses("danger-assessment").yes(SEVEN.toArray(new String[0])).build();
    assertEquals(RiskLevel.STANDARD, TestFixtures.ENGINE.assess(seven).level().orElseThrow());
    assertEquals(RiskLevel.MEDIUM, TestFixtures.ENGINE.assess(seven.with("avoided-arrest", Answer.YES)).level().orElseThrow());
    assertEquals("da-test", TestFixtures.ENGINE.assess(seven).policyId());
  }

  @Test
  void theGunSubCheckAddsItsWeightToAYesOnTheWeaponItem() {
    assertEquals(1, score(List.of("weapon-used-or-threatened")).value());
    Score gun = score(List.of("weapon-used-or-threatened", "weapon-was-gun"));
    assertEquals(1 + 3, gun.value());
    assertTrue(gun.valid());
  }

  @Test
  void notApplicableSubChecksAreConsistentBesideANoToTheirItem() {
    Responses r = TestFixtures.ENGINE.responses("danger-assessment")
        .no("left-after-living-together", "beaten-while-pregnant", "controls-daily-activities")
        .yes("never-lived-together", "never-pregnant-by-abuser", "control-resisted")
        .build();
    Score s = TestFixtures.DA.score(r);
    assertTrue(s.valid(), s.invalidReason().orElse(""));
    assertEquals(0, s.value(), "the made-up weights give these sub-checks 0");
    assertTrue(SubChecks.contradicted(r).isEmpty());
  }

  @Test
  void aSubCheckThatContradictsItsItemMakesTheScoreInvalidWithoutNamingAnswers() {
    Responses r = TestFixtures.ENGINE.responses("danger-assessment")
        .yes("left-after-living-together", "never-lived-together", "weapon-was-gun")
        .no("weapon-used-or-threatened")
        .build();
    Score s = TestFixtures.DA.score(r);
    assertFalse(s.valid());
    assertEquals(1 + 3, s.value(), "the score is still computed");
    assertTrue(s.category().isEmpty(), "an invalid score gets no danger level");
    String reason = s.invalidReason().orElseThrow();
    assertTrue(reason.startsWith("2 sub-check"), reason);
    for (String id : TestFixtures.DA.itemIds()) {
      assertFalse(reason.contains(id), "the reason names no item, so a logged score reveals no answer: " + reason);
    }
    assertEquals(List.of("never-lived-together", "weapon-was-gun"), SubChecks.contradicted(r));
  }

  @Test
  void aGunTickBesideAWeaponItemNotKnownIsNotAContradiction() {
    Responses r = TestFixtures.ENGINE.responses("danger-assessment")
        .notKnown("weapon-used-or-threatened").yes("weapon-was-gun").build();
    assertTrue(TestFixtures.DA.score(r).valid());
  }

  @Test
  void subCheckContradictionsAreOnlyReadFromDangerAssessmentAnswers() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> SubChecks.contradicted(null));
    assertEquals("responses.instrument", e.field());
  }

  @Test
  void everyItemHasAShortNeutralLabel() {
    Map<String, String> labels = TestFixtures.ENGINE.itemLabels("danger-assessment", Locale.UK);
    assertEquals(24, labels.size());
    labels.forEach((item, label) -> {
      assertNotEquals(item, label, "label missing for " + item);
      assertTrue(label.length() <= 80, "labels are short: " + label);
    });
    SubChecks.ITEM_OF.keySet().forEach(sub -> assertTrue(labels.get(sub).startsWith("Sub-check: "), sub));
  }
}
