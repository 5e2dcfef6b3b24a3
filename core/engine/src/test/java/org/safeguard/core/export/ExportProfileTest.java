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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.safeguard.export.AgeRange;
import org.safeguard.export.ExportDate;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Purpose;
import org.safeguard.export.Schemas;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;

/** What each profile does to a record, field kind by field kind, and the research key's rules. */
class ExportProfileTest {
  /** Bytes 0 to 31: the key the known-answer pseudonyms below were computed with (Python's hmac, SHA-256). */
  static final byte[] KEY = key(0);
  private static final ExportDate DAY = ExportDate.of(LocalDate.of(2026, 3, 14));
  private static final Instant AT = Instant.parse("2026-03-14T09:30:00Z");

  static byte[] key(int first) {
    byte[] key = new byte[32];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) (first + i);
    }
    return key;
  }

  private static ExportRecord judgement() {
    return ExportRecord.builder(Schemas.JUDGEMENT).set("level", "high").set("reasons", "stalking").set("assessorId", "idva-7")
        .set("rationale", "in the practitioner's words").set("at", AT).set("current", true).build();
  }

  private static ExportRecord assessment(String caseId) {
    return ExportRecord.builder(Schemas.ASSESSMENT).set("caseId", caseId).set("instrumentId", "safelives-dash-ric").set("score", 15)
        .set("completedOn", DAY).set("judgements", judgement()).build();
  }

  private static ExportRecord caseRecord() {
    ExportRecord contact = ExportRecord.builder(Schemas.CONTACT).set("on", DAY).set("channel", "phone").set("significant", true).build();
    ExportRecord incident = ExportRecord.builder(Schemas.INCIDENT).set("date", DAY).set("type", "violence-or-threats")
        .set("reportedBy", "police").set("incidentId", "case-1").set("perpetratorId", "case-1").build();
    return ExportRecord.builder(Schemas.CASE).set("caseId", "case-1").set("revision", 4).set("openedOn", DAY)
        .set("victimAge", AgeRange.exact(17)).set("contacts", contact).set("incidents", incident)
        .set("reviews", ExportRecord.builder(Schemas.REVIEW).set("kind", "closure").build()).build();
  }

  @Test
  void fullLeavesARecordAsItIs() {
    ExportRecord full = caseRecord();
    assertSame(full, ExportProfile.full().apply(full));
    assertEquals(Purpose.FULL, ExportProfile.full().purpose());
  }

  @Test
  void maracDropsFreeTextTheContactLogAndReviewsAndKeepsTheRest() {
    ExportRecord a = ExportProfile.marac().apply(assessment("case-1"));
    assertEquals(Purpose.MARAC, a.purpose());
    assertEquals(Optional.of("case-1"), a.text("caseId"));
    assertEquals(Optional.of(DAY), a.date("completedOn"));
    ExportRecord j = a.records("judgements").get(0);
    assertEquals(Purpose.MARAC, j.purpose());
    assertEquals(Optional.empty(), j.text("rationale"));
    assertEquals(Optional.of("idva-7"), j.text("assessorId"));
    assertEquals(Optional.of(AT), j.instant("at"));
    assertEquals(List.of("stalking"), j.texts("reasons"));
    ExportRecord c = ExportProfile.marac().apply(caseRecord());
    assertEquals(List.of(), c.records("contacts"));
    assertEquals(List.of(), c.records("reviews"));
    assertEquals(Optional.of(AgeRange.exact(17)), c.age("victimAge"));
    assertEquals(Optional.of("case-1"), c.records("incidents").get(0).text("perpetratorId"));
  }

  @Test
  void researchPseudonymisesIdsCoarsensDatesBandsAgesAndDropsStaffTimesAndFreeText() {
    ExportProfile research = ExportProfile.research(KEY);
    ExportRecord c = research.apply(caseRecord());
    assertEquals(Purpose.RESEARCH, c.purpose());
    assertEquals(Optional.of("bd227c01aeadc1f00d8f08830ecfd218"), c.text("caseId"), "HMAC-SHA256 over 'caseId', a zero byte and the id");
    assertEquals(Optional.of(ExportDate.of(LocalDate.of(2026, 3, 1)).toMonth()), c.date("openedOn"));
    assertEquals(Optional.of(AgeRange.band(17)), c.age("victimAge"));
    assertEquals(4L, c.integer("revision").getAsLong());
    assertEquals(1, c.records("contacts").size(), "research keeps the contact log");
    assertEquals(Optional.of("phone"), c.records("contacts").get(0).text("channel"));
    assertEquals(Optional.of("2026-03"), c.records("contacts").get(0).date("on").map(Object::toString));
    ExportRecord incident = c.records("incidents").get(0);
    assertEquals(Optional.of("01be7993fbb11c1f0dfa1fc41ec4d16f"), incident.text("perpetratorId"), "another field, another pseudonym");
    assertNotEquals(incident.text("perpetratorId"), incident.text("incidentId"));
    ExportRecord j = research.apply(assessment("case-1")).records("judgements").get(0);
    assertEquals(Optional.empty(), j.text("assessorId"));
    assertEquals(Optional.empty(), j.text("rationale"));
    assertEquals(Optional.empty(), j.instant("at"));
    assertEquals(Optional.of("high"), j.text("level"));
  }

  @Test
  void theSameIdUnderTheSameKeyLinksAcrossRecordsAndAnotherKeyGivesAnotherPseudonym() {
    ExportProfile research = ExportProfile.research(KEY);
    assertEquals(research.apply(caseRecord()).text("caseId"), research.apply(assessment("case-1")).text("caseId"));
    assertNotEquals(research.apply(assessment("case-1")).text("caseId"), research.apply(assessment("case-2")).text("caseId"));
    assertNotEquals(research.apply(caseRecord()).text("caseId"), ExportProfile.research(key(1)).apply(caseRecord()).text("caseId"));
    assertTrue(research.apply(assessment("case-2")).text("caseId").orElseThrow().matches("[0-9a-f]{32}"));
  }

  @Test
  void aProfileIsAppliedOnceToARecordMadeForFull() {
    ExportRecord marac = ExportProfile.marac().apply(caseRecord());
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> ExportProfile.research(KEY).apply(marac));
    assertEquals("record", e.field());
    assertThrows(InvalidInputException.class, () -> ExportProfile.full().apply(marac));
    assertThrows(MissingValueException.class, () -> ExportProfile.marac().apply(null));
  }

  @Test
  void aResearchKeyIsAtLeastThirtyTwoBytesAndIsNeverShown() {
    InvalidInputException shortKey = assertThrows(InvalidInputException.class, () -> ExportProfile.research(new byte[31]));
    assertEquals("key", shortKey.field());
    assertEquals("31 bytes", shortKey.value());
    assertThrows(MissingValueException.class, () -> ExportProfile.research(null));
    byte[] key = "a secret that must not be shown!".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    ExportProfile research = ExportProfile.research(key, 10);
    assertFalse(research.toString().contains("secret"), research.toString());
    assertEquals("ExportProfile{RESEARCH, key=<redacted>, smallCell=10}", research.toString());
    assertEquals("ExportProfile{MARAC}", ExportProfile.marac().toString());
    assertEquals(10, research.smallCell());
    assertEquals(ExportProfile.DEFAULT_SMALL_CELL, ExportProfile.research(key).smallCell());
  }

  @Test
  void theKeyIsCopiedSoChangingTheCallersArrayChangesNothing() {
    byte[] key = key(0);
    ExportProfile research = ExportProfile.research(key);
    key[0] = 99;
    assertEquals(Optional.of("bd227c01aeadc1f00d8f08830ecfd218"), research.apply(caseRecord()).text("caseId"));
  }

  @Test
  void theSmallCellThresholdIsFromOneToAThousand() {
    assertThrows(InvalidInputException.class, () -> ExportProfile.research(KEY, 0));
    assertThrows(InvalidInputException.class, () -> ExportProfile.research(KEY, 1001));
    assertEquals(1, ExportProfile.research(KEY, 1).smallCell());
    assertEquals(1000, ExportProfile.research(KEY, 1000).smallCell());
  }

  @Test
  void profilesHashByPurposeAndThreshold() {
    assertNotEquals(ExportProfile.marac().hashCode(), ExportProfile.full().hashCode());
    assertNotEquals(ExportProfile.research(KEY, 5).hashCode(), ExportProfile.research(KEY, 6).hashCode());
    assertNotEquals(ExportProfile.research(KEY, 5).hashCode(), ExportProfile.marac().hashCode());
  }

  @Test
  void profilesAreEqualByPurposeKeyAndThreshold() {
    assertEquals(ExportProfile.research(key(0)), ExportProfile.research(key(0)));
    assertEquals(ExportProfile.research(key(0)).hashCode(), ExportProfile.research(key(0)).hashCode());
    assertNotEquals(ExportProfile.research(key(0)), ExportProfile.research(key(1)));
    assertNotEquals(ExportProfile.research(key(0)), ExportProfile.research(key(0), 6));
    assertNotEquals(ExportProfile.marac(), ExportProfile.full());
    assertEquals(ExportProfile.marac(), ExportProfile.marac());
    assertNotEquals(ExportProfile.marac(), "MARAC");
  }

  /**
   * An event carrying content its purpose drops is not let out whatever its type says: an incident's
   * event with a contact in it would put the contact log back under MARAC.
   */
  @Test
  void anEventCarryingContentThePurposeDropsIsNotLetOutWhateverItsType() {
    ExportRecord contact = ExportRecord.builder(Schemas.CONTACT).set("on", DAY).set("channel", "phone").set("significant", true).build();
    ExportRecord event = ExportRecord.builder(Schemas.CASE_EVENT).set("caseId", "case-1").set("type", "incident-recorded")
        .set("contact", contact).build();
    assertFalse(ExportProfile.marac().letsOut(event), "the contact it carries, not its type, decides");
    assertTrue(ExportProfile.research(KEY).letsOut(event), "research keeps the contact log");
    assertTrue(ExportProfile.full().letsOut(event));
  }
}
