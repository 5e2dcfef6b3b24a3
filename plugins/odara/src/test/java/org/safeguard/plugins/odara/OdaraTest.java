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
package org.safeguard.plugins.odara;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.safeguard.core.PluginLoadException;
import org.safeguard.core.Safeguard;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.core.policy.PolicyFiles;
import org.safeguard.model.Instrument;
import org.safeguard.model.Responses;
import org.safeguard.model.RiskLevel;
import org.safeguard.model.Score;
import org.safeguard.model.ThresholdPolicy;

/**
 * ODARA as Hilton et al. describe it: 13 items, present 1 / absent 0, an
 * unweighted sum 0-13 read against seven bins (0, 1, 2, 3, 4, 5-6, 7-13), local high cut-offs.
 * The missing-item rule tested here is this plugin's documented assumption (up to 5 missing,
 * prorated, configurable), not the manual's rule, which our sources do not confirm, pending the
 * licensed manual (Hilton et al. 2010, Appendix A).
 */
class OdaraTest {
  static final ThresholdPolicy TEST_POLICY = ThresholdPolicy.builder().id("test").version("1").build();
  static final Safeguard ENGINE = Safeguard.builder().thresholdPolicy(TEST_POLICY).build();

  /** The first {@code present} items present, the next {@code absent} absent, the next {@code notKnown} not known, the rest not asked. */
  static Responses form(Safeguard engine, int present, int absent, int notKnown) {
    Instrument odara = engine.instrument(OdaraProvider.ID);
    Responses.Builder b = engine.responses(OdaraProvider.ID);
    int i = 0;
    for (int n = 0; n < present; n++) {
      b.yes(odara.items().get(i++).id());
    }
    for (int n = 0; n < absent; n++) {
      b.no(odara.items().get(i++).id());
    }
    for (int n = 0; n < notKnown; n++) {
      b.notKnown(odara.items().get(i++).id());
    }
    return b.build();
  }

  static Score score(Safeguard engine, int present, int absent, int notKnown) {
    return engine.instrument(OdaraProvider.ID).score(form(engine, present, absent, notKnown));
  }

  @Test
  void odaraHasThirteenItemsInThePublishedOrderAnsweredPresentOrAbsent() {
    Instrument odara = ENGINE.instrument("odara");
    assertEquals(13, odara.items().size());
    assertEquals("prior-domestic-assault", odara.itemIds().get(0));
    assertEquals("barriers-to-victim-support", odara.itemIds().get(12));
    assertEquals("2004", odara.version());
    assertTrue(odara.ratingScale().isEmpty(), "items are present or absent, not rated");
  }

  @Test
  void everyCompleteFormFallsInTheSevenPublishedBinsAtEachBoundary() {
    // ODARA (Hilton et al.): 7 categories (0, 1, 2, 3, 4, 5-6, 7-13)
    String[] expected = {"0", "1", "2", "3", "4", "5-6", "5-6", "7-13", "7-13", "7-13", "7-13", "7-13", "7-13", "7-13"};
    for (int present = 0; present <= 13; present++) {
      Score s = score(ENGINE, present, 13 - present, 0);
      assertEquals(present, s.value(), "with nothing missing the score is the present count");
      assertEquals(Optional.of(expected[present]), s.category(), "score " + present);
      assertTrue(s.valid());
    }
  }

  @Test
  void theBinsChangeExactlyBetweenFourAndFiveBetweenSixAndSevenAndNowhereInsideAWideBin() {
    assertEquals(Optional.of("4"), score(ENGINE, 4, 9, 0).category());
    assertEquals(Optional.of("5-6"), score(ENGINE, 5, 8, 0).category());
    assertEquals(Optional.of("5-6"), score(ENGINE, 6, 7, 0).category());
    assertEquals(Optional.of("7-13"), score(ENGINE, 7, 6, 0).category());
    assertEquals(Optional.of("7-13"), score(ENGINE, 13, 0, 0).category());
  }

  @Test
  void withNoItemMissingTheScoreIsTheUnproratedPresentCount() {
    // missing-item rule (our assumption; the manual's own rule is unconfirmed): 0 missing,
    // round-half-up(6 x 13 / 13) = 6
    Score s = score(ENGINE, 6, 7, 0);
    assertEquals(6, s.value());
    assertEquals(6, s.yesCount());
    assertEquals(7, s.noCount());
    assertTrue(s.valid());
  }

  @Test
  void atTheMaximumOfFiveMissingTheScoreIsProratedToThirteenItemsRoundingHalfUp() {
    // missing-item rule (our assumption; the manual's own rule is unconfirmed), 5 missing, 8 answered:
    //   3 present: 3 x 13 / 8 = 39 / 8 = 4.875 -> 5, bin 5-6
    //   4 present: 4 x 13 / 8 = 52 / 8 = 6.5   -> 7 (half rounds up), bin 7-13
    Score three = score(ENGINE, 3, 5, 5);
    assertEquals(5, three.value());
    assertEquals(Optional.of("5-6"), three.category());
    assertEquals(5, three.notKnownCount());
    assertTrue(three.valid());

    Score four = score(ENGINE, 4, 4, 5);
    assertEquals(7, four.value());
    assertEquals(Optional.of("7-13"), four.category());
    assertTrue(four.valid());
  }

  @Test
  void proratingRoundsBelowAHalfDownAndAHalfOrMoreUp() {
    // missing-item rule (our assumption; the manual's own rule is unconfirmed):
    //   2 missing, 11 answered, 1 present: 13 / 11 = 1.18 -> 1
    //   3 missing, 10 answered, 5 present: 65 / 10 = 6.5  -> 7
    //   4 missing,  9 answered, 2 present: 26 / 9  = 2.89 -> 3
    assertEquals(1, score(ENGINE, 1, 10, 2).value());
    assertEquals(7, score(ENGINE, 5, 5, 3).value());
    assertEquals(3, score(ENGINE, 2, 7, 4).value());
  }

  @Test
  void oneItemOverTheMaximumMakesTheAssessmentInvalidAndTheScoreIsNotScaledUp() {
    // missing-item rule (our assumption; the manual's own rule is unconfirmed): 6 missing > 5
    Score s = score(ENGINE, 4, 3, 6);
    assertFalse(s.valid());
    assertTrue(s.invalidReason().orElseThrow().contains("6 of 13 items missing"), s.invalidReason().orElseThrow());
    assertEquals(4, s.value(), "beyond the maximum the score is the unprorated present count");
  }

  @Test
  void notAskedCountsAsMissingJustAsNotKnownDoesAndNeverAsAbsent() {
    // 3 present, 5 absent, 5 not asked: the same prorating as 5 not known, 39 / 8 = 4.875 -> 5
    Score notAsked = score(ENGINE, 3, 5, 0);
    assertEquals(5, notAsked.notAskedCount());
    assertEquals(5, notAsked.value());
    assertTrue(notAsked.valid());
    // 6 not asked is one over the maximum
    assertFalse(score(ENGINE, 3, 4, 0).valid());
  }

  @Test
  void anEmptyFormIsInvalidWithAScoreOfZero() {
    Score s = ENGINE.instrument("odara").score(ENGINE.responses("odara").build());
    assertEquals(0, s.value());
    assertFalse(s.valid());
    assertEquals(13, s.notAskedCount());
  }

  @Test
  void theMaximumNumberOfMissingItemsIsSetInConfiguration() {
    Safeguard strict = Safeguard.builder().thresholdPolicy(TEST_POLICY).configure("odara", "max-missing", "2").build();
    // 2 missing, 11 answered, 6 present: 78 / 11 = 7.09 -> 7
    Score atMax = score(strict, 6, 5, 2);
    assertTrue(atMax.valid());
    assertEquals(7, atMax.value());
    assertFalse(score(strict, 6, 4, 3).valid(), "3 missing is over a configured maximum of 2");

    Safeguard none = Safeguard.builder().thresholdPolicy(TEST_POLICY).configure("odara", "max-missing", "0").build();
    assertTrue(score(none, 6, 7, 0).valid());
    assertFalse(score(none, 6, 6, 1).valid(), "with a maximum of 0 any missing item makes the assessment invalid");
  }

  @Test
  void aMaximumThatIsNotAnIntegerFromZeroToTwelveFailsLoadingUnderTheProvidersId() {
    for (String bad : new String[] {"five", "-1", "13", ""}) {
      PluginLoadException e = assertThrows(PluginLoadException.class,
          () -> Safeguard.builder().thresholdPolicy(TEST_POLICY).configure("odara", "max-missing", bad).build(), bad);
      assertEquals("odara", e.providerId());
    }
  }

  @Test
  void aLocalPolicySetsTheHighCutOffAndTheAssessmentNamesTheBin() {
    // ODARA (Hilton et al.): each jurisdiction sets its own high cut-off, typically 6-7
    Safeguard local = Safeguard.builder()
        .thresholdPolicy(PolicyFiles.readResource(OdaraTest.class.getClassLoader(), "odara-local-example.properties"))
        .build();
    assertEquals(RiskLevel.STANDARD, local.assess(form(local, 6, 7, 0)).level().orElseThrow());
    Assessment prorated = local.assess(form(local, 4, 4, 5));
    assertEquals(7, prorated.score().value());
    assertEquals(RiskLevel.HIGH, prorated.level().orElseThrow());
    assertTrue(prorated.explain().contains("category 7-13"), prorated.explain());
  }

  @Test
  void tooManyMissingItemsGiveNoLevelUnlessAPractitionerJudgesIt() {
    Safeguard local = Safeguard.builder()
        .thresholdPolicy(PolicyFiles.readResource(OdaraTest.class.getClassLoader(), "odara-local-example.properties"))
        .build();
    var refused = org.junit.jupiter.api.Assertions.assertThrows(org.safeguard.model.InvalidInputException.class,
        () -> local.assess(form(local, 1, 1, 11)));
    assertTrue(refused.rule().contains("11 of 13 items missing"), refused.rule());
    Assessment judged = local.assess(form(local, 1, 1, 11),
        local.judgement().level(RiskLevel.MEDIUM).assessorId("pc-101").rationale("too little known; judged").build());
    assertTrue(judged.computedLevel().isEmpty());
    String explained = judged.explain();
    assertTrue(explained.contains("invalid"), explained);
    assertTrue(explained.contains("11 of 13 items missing"), explained);
  }

  @Test
  void everyItemHasAShortNeutralLabelInTheBundle() {
    Map<String, String> labels = ENGINE.itemLabels("odara", Locale.UK);
    assertEquals(13, labels.size());
    labels.forEach((item, label) -> {
      assertNotEquals(item, label, "label missing for " + item);
      assertTrue(label.length() <= 80, "labels are short: " + label);
    });
  }
}
