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
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one rule for ids and versions, at each edge of its character set and length. */
class StableIdTest {
  @ParameterizedTest
  @ValueSource(strings = {"a", "z", "0", "9", "safelives-dash-ric", "hertfordshire-2014", "a-b-c", "az09"})
  void lowerCaseLettersAndDigitsJoinedBySingleHyphensAreIds(String id) {
    assertTrue(StableId.isValid(id), id);
    assertSame(id, StableId.require("field", id));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-a", "a-", "a--b", "A", "dash-RIC", "a_b", "a.b", "a b", "`", "{", "/", ":", "é"})
  void anythingElseIsNoId(String id) {
    assertFalse(StableId.isValid(id), id);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> StableId.require("instrument.id", id));
    assertEquals("instrument.id", e.field());
    assertEquals(id, e.value());
  }

  @Test
  void anIdIsAtMostSixtyFourCharacters() {
    String longest = "a".repeat(StableId.MAX_LENGTH);
    assertTrue(StableId.isValid(longest));
    assertFalse(StableId.isValid(longest + "a"));
    assertFalse(StableId.isValid(null));
  }

  @Test
  void aNullIdOrFieldIsMissingNotInvalid() {
    assertEquals("policy.id", assertThrows(MissingValueException.class, () -> StableId.require("policy.id", null)).field());
    assertEquals("field", assertThrows(MissingValueException.class, () -> StableId.require(null, "a")).field());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "2009", "1.0", "15-factor", "v2_1", "1.0+local", "A", "Z", "a", "z", "0", "9", "2014.1-B"})
  void versionsAreLettersDigitsAndDotsHyphensUnderscoresOrPlusAfterTheFirst(String version) {
    assertTrue(StableId.isValidVersion(version), version);
    assertSame(version, StableId.requireVersion("version", version));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".1", "-1", "_1", "+1", "1 0", "1/0", "1:0", "1@0", "1[0", "1`0", "1{0", "1!", "1\n", "é"})
  void aVersionStartsWithALetterOrDigitAndHoldsNothingElse(String version) {
    assertFalse(StableId.isValidVersion(version), version);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> StableId.requireVersion("instrument.version", version));
    assertEquals("instrument.version", e.field());
  }

  @Test
  void aVersionIsAtMostThirtyTwoCharacters() {
    String longest = "1".repeat(StableId.MAX_VERSION_LENGTH);
    assertTrue(StableId.isValidVersion(longest));
    assertFalse(StableId.isValidVersion(longest + "1"));
    assertFalse(StableId.isValidVersion(null));
  }

  @Test
  void aNullVersionOrFieldIsMissingNotInvalid() {
    assertEquals("version", assertThrows(MissingValueException.class, () -> StableId.requireVersion("version", null)).field());
    assertEquals("field", assertThrows(MissingValueException.class, () -> StableId.requireVersion(null, "1")).field());
  }

  @ParameterizedTest
  @ValueSource(strings = {"PER-000123", "3f2a9c1e-0b7d-4e52-9a61-2c8d5f0e7b14", "police:2026-14", "inc_77.a", "A", "z", "0", "9"})
  void referencesAreLettersDigitsAndDotsHyphensUnderscoresOrColonsAfterTheFirst(String reference) {
    assertTrue(StableId.isValidReference(reference), reference);
    assertSame(reference, StableId.requireReference("incident.incidentId", reference));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ":1", "-1", ".1", "_1", "police/2026/14", "PER 1", "1+0", "1@0", "1[0", "1`0", "1{0", "1\n", "é"})
  void aReferenceStartsWithALetterOrDigitAndHoldsNothingElse(String reference) {
    assertFalse(StableId.isValidReference(reference), reference);
    assertEquals("incident.perpetratorId",
        assertThrows(InvalidInputException.class, () -> StableId.requireReference("incident.perpetratorId", reference)).field());
  }

  @Test
  void aReferenceIsAtMostSixtyFourCharactersAndNullIsMissing() {
    String longest = "R".repeat(StableId.MAX_LENGTH);
    assertTrue(StableId.isValidReference(longest));
    assertFalse(StableId.isValidReference(longest + "1"));
    assertFalse(StableId.isValidReference(null));
    assertEquals("perpetratorIds", assertThrows(MissingValueException.class, () -> StableId.requireReference("perpetratorIds", null)).field());
    assertEquals("field", assertThrows(MissingValueException.class, () -> StableId.requireReference(null, "a")).field());
  }
}
