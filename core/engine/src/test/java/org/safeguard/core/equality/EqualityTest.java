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
package org.safeguard.core.equality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeguard.core.Fixtures;
import org.safeguard.core.MaracReferrals;
import org.safeguard.core.marac.EqualityRecorded;
import org.safeguard.core.marac.MaracRoute;
import org.safeguard.core.marac.ReferralChange;
import org.safeguard.model.Agency;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;

/**
 * A victim's equality answers: given only with a value and a lawful basis; "prefer not to say"
 * and "not recorded" kept apart, neither of them known; and no {@code toString} of an answer, a
 * profile, an event or a referral ever showing a value.
 */
class EqualityTest {
  private static final LocalDate DAY = LocalDate.of(2026, 6, 1);
  /** Planted values, each a name that no other text in these strings could contain. */
  private static final List<String> PLANTED = List.of("ASIAN", "BISEXUAL", "ANOTHER_GENDER", "NOT_DISABLED", "AGED_35_44",
      "SAFEGUARDING", "EXPLICIT_CONSENT");

  private static EqualityProfile planted() {
    return new EqualityProfile(EqualityAnswer.given(Gender.ANOTHER_GENDER, LawfulBasis.SAFEGUARDING),
        EqualityAnswer.given(Ethnicity.ASIAN, LawfulBasis.EXPLICIT_CONSENT),
        EqualityAnswer.given(SexualOrientation.BISEXUAL, LawfulBasis.EXPLICIT_CONSENT),
        EqualityAnswer.given(Disability.NOT_DISABLED, LawfulBasis.SAFEGUARDING),
        EqualityAnswer.given(AgeBand.of(40), LawfulBasis.SAFEGUARDING));
  }

  private static void showsNoAnswer(String text) {
    for (String value : PLANTED) {
      assertFalse(text.contains(value), "shows " + value + ": " + text);
    }
  }

  @Test
  void anAnswerIsGivenOnlyWithAValueAndALawfulBasis() {
    assertEquals("value", assertThrows(MissingValueException.class, () -> EqualityAnswer.given(null, LawfulBasis.EXPLICIT_CONSENT))
        .field());
    assertEquals("basis", assertThrows(MissingValueException.class, () -> EqualityAnswer.given(Ethnicity.ASIAN, null)).field());
    EqualityAnswer<Ethnicity> given = EqualityAnswer.given(Ethnicity.ASIAN, LawfulBasis.EQUALITY_MONITORING);
    assertTrue(given.known());
    assertEquals(DisclosureStatus.GIVEN, given.status());
    assertEquals(Optional.of(Ethnicity.ASIAN), given.value());
    assertEquals(Optional.of(LawfulBasis.EQUALITY_MONITORING), given.lawfulBasis());
    assertEquals(given, EqualityAnswer.given(Ethnicity.ASIAN, LawfulBasis.EQUALITY_MONITORING));
    assertEquals(given.hashCode(), EqualityAnswer.given(Ethnicity.ASIAN, LawfulBasis.EQUALITY_MONITORING).hashCode());
    assertNotEquals(given, EqualityAnswer.given(Ethnicity.ASIAN, LawfulBasis.EXPLICIT_CONSENT), "the basis is part of the answer");
  }

  @Test
  void preferNotToSayAndNotRecordedAreDifferentAndNeitherIsKnown() {
    EqualityAnswer<SexualOrientation> withheld = EqualityAnswer.preferNotToSay();
    EqualityAnswer<SexualOrientation> missing = EqualityAnswer.notRecorded();
    assertNotEquals(withheld, missing);
    assertEquals(DisclosureStatus.PREFER_NOT_TO_SAY, withheld.status());
    assertEquals(DisclosureStatus.NOT_RECORDED, missing.status());
    for (EqualityAnswer<SexualOrientation> unknown : List.of(withheld, missing)) {
      assertFalse(unknown.known());
      assertEquals(Optional.empty(), unknown.value());
      assertEquals(Optional.empty(), unknown.lawfulBasis());
    }
    assertEquals("prefer not to say", withheld.toString());
    assertEquals("not recorded", missing.toString());
    EqualityProfile one = new EqualityProfile(missing(), missing(), withheld, missing(), missing());
    assertNotEquals(EqualityProfile.notRecorded(), one, "a person's choice not to say is not a gap in the recording");
    assertEquals(0, one.given());
    assertEquals(5, planted().given());
  }

  private static <T extends Enum<T>> EqualityAnswer<T> missing() {
    return EqualityAnswer.notRecorded();
  }

  @Test
  void aProfileRefusesAMissingAnswerByName() {
    EqualityAnswer<Gender> g = EqualityAnswer.notRecorded();
    assertEquals("ethnicity", assertThrows(MissingValueException.class, () -> new EqualityProfile(g, null, missing(), missing(),
        missing())).field());
    assertEquals("ageBand", assertThrows(MissingValueException.class, () -> new EqualityProfile(g, missing(), missing(), missing(),
        null)).field());
  }

  @Test
  void noAnswerProfileEventOrReferralShowsAValue() {
    EqualityProfile profile = planted();
    assertEquals("given", profile.ethnicity().toString());
    showsNoAnswer(profile.ethnicity().toString());
    showsNoAnswer(profile.sexualOrientation().toString());
    assertEquals("EqualityProfile[5 of 5 given]", profile.toString());
    EqualityRecorded event = new EqualityRecorded("R-1", 2, DAY, profile);
    showsNoAnswer(event.toString());
    assertTrue(event.toString().contains("R-1") && event.toString().contains("5 of 5 given"), event.toString());
    MaracReferrals referrals = Fixtures.engine().maracReferrals();
    ReferralChange change = referrals.recordEquality(referrals.receive("R-1", "C-1", "MARAC-A", DAY, Agency.POLICE,
        Set.of(MaracRoute.REPEAT)).referral(), DAY, profile);
    showsNoAnswer(change.toString());
    showsNoAnswer(change.referral().toString());
    InvalidInputException again = assertThrows(InvalidInputException.class,
        () -> referrals.recordEquality(change.referral(), DAY, planted()));
    showsNoAnswer(again.getMessage());
    showsNoAnswer(again.value());
    InvalidInputException closed = assertThrows(InvalidInputException.class,
        () -> referrals.recordEquality(referrals.close(change.referral(), DAY).referral(), DAY, planted()));
    showsNoAnswer(closed.getMessage());
    showsNoAnswer(closed.value());
    // the check sees what it looks for
    assertThrows(AssertionError.class, () -> showsNoAnswer(String.valueOf(Ethnicity.ASIAN)));
    assertThrows(AssertionError.class, () -> showsNoAnswer(String.valueOf(SexualOrientation.BISEXUAL)));
  }

  @Test
  void anAgeFallsInABandFrom16To150() {
    assertEquals("age", assertThrows(InvalidInputException.class, () -> AgeBand.of(15)).field());
    assertEquals(AgeBand.AGED_16_17, AgeBand.of(16));
    assertEquals(AgeBand.AGED_16_17, AgeBand.of(17));
    assertEquals(AgeBand.AGED_18_24, AgeBand.of(18));
    assertEquals(AgeBand.AGED_55_64, AgeBand.of(64));
    assertEquals(AgeBand.AGED_65_AND_OVER, AgeBand.of(65));
    assertEquals(AgeBand.AGED_65_AND_OVER, AgeBand.of(150));
    assertEquals("age", assertThrows(InvalidInputException.class, () -> AgeBand.of(151)).field());
    assertEquals(16, AgeBand.AGED_16_17.from());
    for (int age = 16; age <= 150; age++) {
      assertTrue(AgeBand.of(age).from() <= age, "every age from 16 to 150 has its band");
    }
  }
}
