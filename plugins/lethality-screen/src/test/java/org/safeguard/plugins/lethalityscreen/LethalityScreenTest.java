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
package org.safeguard.plugins.lethalityscreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeguard.core.Safeguard;
import org.safeguard.core.policy.PolicyFiles;
import org.safeguard.model.Answer;
import org.safeguard.model.Instrument;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.Responses;
import org.safeguard.model.RiskLevel;
import org.safeguard.model.Score;

/**
 * The Lethality Screen of the Maryland Lethality Assessment Program: 11 questions plus
 * the responder's belief; high danger on a yes to any of Q1-Q3, or to at least 4 of Q4-Q11, or on
 * the responder's belief that the victim is in a potentially lethal situation; "not answered" or
 * "refused" must be representable (here: not known).
 */
class LethalityScreenTest {
  static final Safeguard ENGINE = Safeguard.builder()
      .thresholdPolicy(PolicyFiles.readResource(LethalityScreenTest.class.getClassLoader(), "lap-test-policy.properties"))
      .build();
  static final Instrument SCREEN = ENGINE.instrument("lethality-screen");
  static final List<String> DANGER_QUESTIONS = SCREEN.itemIds().subList(0, 3);
  static final List<String> OTHER_QUESTIONS = SCREEN.itemIds().subList(3, 11);

  private static Score score(Responses.Builder answers) {
    return SCREEN.score(answers.build());
  }

  private static Responses.Builder answers() {
    return ENGINE.responses("lethality-screen");
  }

  @Test
  void theScreenHasElevenQuestionsAndTheRespondersBelief() {
    assertEquals(12, SCREEN.items().size());
    assertEquals(List.of("weapon-used-or-threatened", "threats-to-kill", "believes-might-kill"), DANGER_QUESTIONS);
    assertEquals("responder-believes-in-danger", SCREEN.itemIds().get(11));
    assertEquals(LethalityScreen.RESPONDER_BELIEF, SCREEN.itemIds().get(11));
  }

  @Test
  void eachOfQuestionsOneToThreeAloneScreensIn() {
    for (String question : DANGER_QUESTIONS) {
      Score s = score(answers().yes(question));
      assertEquals(1, s.value(), question);
      assertEquals("high danger", s.category().orElseThrow());
      assertEquals(EnumSet.of(ScreenInReason.DANGER_QUESTION), LethalityScreen.reasons(answers().yes(question).build()));
    }
  }

  @Test
  void threeOfQuestionsFourToElevenDoNotScreenInAndFourDo() {
    for (int first = 0; first + 4 <= OTHER_QUESTIONS.size(); first++) {
      List<String> four = OTHER_QUESTIONS.subList(first, first + 4);
      Responses.Builder three = answers().yes(four.subList(0, 3).toArray(new String[0])).no(four.get(3));
      Score s = score(three);
      assertEquals(0, s.value(), "three yes: " + four.subList(0, 3));
      assertEquals("not screened in", s.category().orElseThrow());
      Responses fourYes = answers().yes(four.toArray(new String[0])).build();
      assertEquals(1, SCREEN.score(fourYes).value(), "four yes: " + four);
      assertEquals(EnumSet.of(ScreenInReason.FOUR_OR_MORE_OTHER_QUESTIONS), LethalityScreen.reasons(fourYes));
    }
  }

  @Test
  void noToTheDangerQuestionsAndThreeOtherYesAnswersIsNotScreenedIn() {
    Responses r = answers()
        .no(DANGER_QUESTIONS.toArray(new String[0]))
        .yes(OTHER_QUESTIONS.subList(5, 8).toArray(new String[0]))
        .no(OTHER_QUESTIONS.subList(0, 5).toArray(new String[0]))
        .no(LethalityScreen.RESPONDER_BELIEF)
        .build();
    assertEquals(0, SCREEN.score(r).value());
    assertTrue(LethalityScreen.reasons(r).isEmpty());
  }

  @Test
  void theRespondersBeliefAloneScreensIn() {
    Responses r = answers().yes(LethalityScreen.RESPONDER_BELIEF).no(SCREEN.itemIds().subList(0, 11).toArray(new String[0])).build();
    assertEquals(1, SCREEN.score(r).value());
    assertEquals(Set.of(ScreenInReason.RESPONDER_BELIEF), LethalityScreen.reasons(r));
  }

  @Test
  void notKnownNeverScreensInEvenOnEveryItem() {
    Responses allNotKnown = answers().notKnown(SCREEN.itemIds().toArray(new String[0])).build();
    Score s = SCREEN.score(allNotKnown);
    assertEquals(0, s.value());
    assertEquals(12, s.notKnownCount());
    assertEquals("not screened in", s.category().orElseThrow());
    Responses threeAndRefusals = answers()
        .yes(OTHER_QUESTIONS.subList(0, 3).toArray(new String[0]))
        .notKnown(OTHER_QUESTIONS.subList(3, 8).toArray(new String[0]))
        .notKnown(DANGER_QUESTIONS.toArray(new String[0]))
        .notKnown(LethalityScreen.RESPONDER_BELIEF)
        .build();
    assertEquals(0, SCREEN.score(threeAndRefusals).value());
  }

  @Test
  void aRefusalReadAsAWordIsNotKnown() {
    assertEquals(Answer.NOT_KNOWN, answers().answer("threats-to-kill", "unknown").build().answer("threats-to-kill"));
  }

  @Test
  void everyReasonIsListedWhenSeveralApply() {
    Responses r = answers()
        .yes("threats-to-kill", LethalityScreen.RESPONDER_BELIEF)
        .yes(OTHER_QUESTIONS.subList(0, 4).toArray(new String[0]))
        .build();
    assertEquals(EnumSet.allOf(ScreenInReason.class), LethalityScreen.reasons(r));
    assertEquals(1, SCREEN.score(r).value(), "the score stays 1 however many rules fire");
  }

  @Test
  void aTestPolicyBandsScreenedInAsHigh() {
    assertEquals(RiskLevel.HIGH, ENGINE.assess(answers().yes("choking", "gun-access", "abuser-unemployed", "jealousy-or-control").build()).level().orElseThrow());
    assertEquals(RiskLevel.STANDARD, ENGINE.assess(answers().yes("choking", "gun-access", "abuser-unemployed").build()).level().orElseThrow());
  }

  @Test
  void reasonsAreOnlyReadFromLethalityScreenAnswers() {
    assertEquals("responses.instrument", assertThrows(InvalidInputException.class, () -> LethalityScreen.reasons(null)).field());
  }

  @Test
  void everyItemHasAShortNeutralLabel() {
    Map<String, String> labels = ENGINE.itemLabels("lethality-screen", Locale.UK);
    assertEquals(12, labels.size());
    labels.forEach((item, label) -> {
      assertNotEquals(item, label, "label missing for " + item);
      assertTrue(label.length() <= 80, "labels are short: " + label);
    });
  }
}
