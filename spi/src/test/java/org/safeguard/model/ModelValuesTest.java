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
package org.safeguard.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The small values of the model: risk levels in order, the incident types that make a repeat MARAC
 * case (SafeLives, <i>Marac referral criteria and form</i>: violence or threats of violence, a
 * pattern of stalking or harassment, rape or sexual abuse), scores, and intervention catalogues.
 */
class ModelValuesTest {
  @Test
  void riskLevelsRiseFromStandardThroughMediumToHigh() {
    assertTrue(RiskLevel.HIGH.isAbove(RiskLevel.MEDIUM));
    assertTrue(RiskLevel.MEDIUM.isAbove(RiskLevel.STANDARD));
    assertFalse(RiskLevel.MEDIUM.isAbove(RiskLevel.MEDIUM));
    assertFalse(RiskLevel.STANDARD.isAbove(RiskLevel.HIGH));
  }

  @Test
  void theHigherOfTwoLevelsIsTheMax() {
    assertEquals(RiskLevel.HIGH, RiskLevel.max(RiskLevel.HIGH, RiskLevel.MEDIUM));
    assertEquals(RiskLevel.HIGH, RiskLevel.max(RiskLevel.STANDARD, RiskLevel.HIGH));
    assertEquals(RiskLevel.MEDIUM, RiskLevel.max(RiskLevel.MEDIUM, RiskLevel.MEDIUM));
    assertEquals("b", assertThrows(MissingValueException.class, () -> RiskLevel.max(RiskLevel.HIGH, null)).field());
    assertEquals("other", assertThrows(MissingValueException.class, () -> RiskLevel.HIGH.isAbove(null)).field());
  }

  /**
   * SafeLives' current definition of a repeat MARAC (its published guidance, "definition of a repeat
   * Marac"): any instance of abuse between the same victim and perpetrator within 12 months of the
   * last referral, criminal or not, a breach of bail or of a court order included. The older list
   * (violence or threats, stalking or harassment, rape or sexual abuse) is a policy's to keep.
   */
  @Test
  void byDefaultEveryIncidentTypeMakesARepeatAndAPolicyMayNarrowIt() {
    assertEquals(EnumSet.allOf(IncidentType.class), MaracParameters.defaults().repeatIncidentTypes());
    assertTrue(MaracParameters.defaults().repeatIncidentTypes().contains(IncidentType.BREACH_OF_ORDER));
    Set<IncidentType> older = EnumSet.of(IncidentType.VIOLENCE_OR_THREATS, IncidentType.STALKING_OR_HARASSMENT, IncidentType.SEXUAL_ABUSE);
    assertEquals(older, MaracParameters.builder().repeatIncidentTypes(older).build().repeatIncidentTypes());
    InvalidInputException none = assertThrows(InvalidInputException.class,
        () -> MaracParameters.builder().repeatIncidentTypes(EnumSet.noneOf(IncidentType.class)).build());
    assertEquals("marac.repeat.incident-types", none.field());
  }

  @Test
  void aScoreIsValidWithoutAnInvalidReasonAndRatedOnlyWhenSaid() {
    Score plain = Score.builder().instrumentId("x").instrumentVersion("1").value(3).build();
    assertTrue(plain.valid());
    assertFalse(plain.rated());
    assertEquals(0, plain.yesCount() + plain.noCount() + plain.notKnownCount() + plain.notAskedCount() + plain.ratedCount());
    Score invalid = Score.builder().from(plain).invalidReason("too many not known").rated(true).build();
    assertFalse(invalid.valid());
    assertTrue(invalid.rated());
  }

  @Test
  void aCatalogueRefusesTwoKindsWithOneId() {
    InterventionKind counselling = InterventionKind.of("counselling", "Counselling");
    InterventionCatalog one = InterventionCatalog.builder().id("local").version("1").addKinds(counselling).build();
    assertEquals(1, one.kinds().size());
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> InterventionCatalog.builder().id("local").version("1")
        .addKinds(counselling, InterventionKind.of("counselling", "Counselling again")).build());
    assertEquals("interventionCatalog.kinds", e.field());
    assertEquals("counselling", e.value());
  }

  @Test
  void answerWordsAreReadLeniently() {
    assertEquals(Answer.YES, Answer.parse("f", "y"));
    assertEquals(Answer.NO, Answer.parse("f", "N"));
    assertEquals(Answer.NOT_KNOWN, Answer.parse("f", "do not know"));
    assertEquals(Answer.NOT_KNOWN, Answer.parse("f", "Unknown"));
    assertEquals(Answer.NOT_KNOWN, Answer.parse("f", "dont_know"));
    assertEquals(Answer.NOT_ASKED, Answer.parse("f", "NOT_ASKED"));
    assertEquals("f", assertThrows(MissingValueException.class, () -> Answer.parse("f", null)).field());
  }
}
