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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeguard.core.Fixtures;
import org.safeguard.core.MaracReferrals;
import org.safeguard.core.Safeguard;
import org.safeguard.core.equality.AgeBand;
import org.safeguard.core.equality.EqualityAnswer;
import org.safeguard.core.equality.EqualityProfile;
import org.safeguard.core.equality.Ethnicity;
import org.safeguard.core.equality.Gender;
import org.safeguard.core.equality.LawfulBasis;
import org.safeguard.core.equality.SexualOrientation;
import org.safeguard.core.marac.MaracRoute;
import org.safeguard.core.marac.Referral;
import org.safeguard.core.marac.ReferralChange;
import org.safeguard.core.marac.ReferralEvent;
import org.safeguard.core.marac.RejectionReason;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Purpose;
import org.safeguard.export.Schemas;
import org.safeguard.model.Agency;

/**
 * MARAC referrals and their events as export records: every part, and the victim's equality answers
 * (special-category data) for FULL only: no other purpose gets the field, nor the event that records
 * them at all.
 */
class ReferralExportTest {
  static final LocalDate DAY = LocalDate.of(2026, 3, 4);
  static final EqualityProfile ANSWERS = new EqualityProfile(EqualityAnswer.given(Gender.FEMALE, LawfulBasis.EXPLICIT_CONSENT),
      EqualityAnswer.given(Ethnicity.MIXED, LawfulBasis.EXPLICIT_CONSENT), EqualityAnswer.preferNotToSay(), EqualityAnswer.notRecorded(),
      EqualityAnswer.given(AgeBand.AGED_25_34, LawfulBasis.EQUALITY_MONITORING));

  static List<ReferralEvent> referral(List<Referral> end) {
    MaracReferrals referrals = Fixtures.engine().maracReferrals();
    List<ReferralEvent> events = new ArrayList<>();
    ReferralChange c = referrals.receive("R-1", "V-1", "MARAC-1", DAY, Agency.POLICE,
        Set.of(MaracRoute.REPEAT, MaracRoute.VISIBLE_HIGH_RISK));
    events.addAll(c.events());
    c = referrals.recordChildren(c.referral(), DAY, 2);
    events.addAll(c.events());
    c = referrals.recordEquality(c.referral(), DAY.plusDays(1), ANSWERS);
    events.addAll(c.events());
    c = referrals.flag(c.referral(), DAY.plusDays(1), Agency.HEALTH);
    events.addAll(c.events());
    c = referrals.reject(c.referral(), DAY.plusDays(2), RejectionReason.DUPLICATE);
    events.addAll(c.events());
    end.add(c.referral());
    return events;
  }

  @Test
  void aReferralRecordCarriesEveryPartAndTheAnswersWithTheirBasis() {
    List<Referral> end = new ArrayList<>();
    referral(end);
    ExportRecord r = ReferralRecords.ofReferral(end.get(0));
    assertEquals(List.of("R-1", "V-1", "MARAC-1", "police", "duplicate"), List.of(r.text("referralId").orElseThrow(),
        r.text("caseId").orElseThrow(), r.text("maracId").orElseThrow(), r.text("referredBy").orElseThrow(),
        r.text("rejection").orElseThrow()));
    assertEquals(List.of("visible-high-risk", "repeat"), r.texts("routes"), "in the order of MaracRoute");
    assertEquals(2, r.integer("childrenInHousehold").getAsLong());
    assertEquals(List.of("referred", "rejected"), r.records("history").stream().map(h -> h.text("state").orElseThrow()).toList());
    assertEquals("health", r.records("flags").get(0).text("agency").orElseThrow());
    ExportRecord equality = r.record("equality").orElseThrow();
    ExportRecord ethnicity = equality.record("ethnicity").orElseThrow();
    assertEquals(List.of("given", "mixed", "explicit-consent"), List.of(ethnicity.text("status").orElseThrow(),
        ethnicity.text("value").orElseThrow(), ethnicity.text("lawfulBasis").orElseThrow()));
    assertEquals("prefer-not-to-say", equality.record("sexualOrientation").orElseThrow().text("status").orElseThrow());
    assertEquals("not-recorded", equality.record("disability").orElseThrow().text("status").orElseThrow());
    assertFalse(equality.record("disability").orElseThrow().text("value").isPresent());
  }

  @Test
  void noPurposeButFullGetsTheEqualityAnswersNorTheEventThatRecordsThem() {
    List<Referral> end = new ArrayList<>();
    List<ReferralEvent> events = referral(end);
    ExportRecord full = ReferralRecords.ofReferral(end.get(0));
    for (ExportProfile profile : List.of(ExportProfile.marac(), ExportProfile.research(ExportProfileTest.KEY))) {
      ExportRecord kept = profile.apply(full);
      assertFalse(kept.record("equality").isPresent(), profile.toString());
      assertTrue(kept.texts("routes").contains("repeat"), profile.toString());
      List<String> types = new ArrayList<>();
      for (ReferralEvent e : events) {
        ExportRecord event = ReferralRecords.ofEvent(e);
        if (profile.letsOut(event)) {
          types.add(event.text("type").orElseThrow());
        }
      }
      assertEquals(List.of("referral-received", "children-recorded", "case-flagged", "referral-rejected"), types, profile.toString());
      // nor any revision, whose gaps would count the events left behind
      assertFalse(kept.integer("revision").isPresent(), profile.toString());
      assertFalse(profile.apply(ReferralRecords.ofEvent(events.get(3))).integer("revision").isPresent(), profile.toString());
    }
    assertTrue(ExportProfile.full().apply(full).record("equality").isPresent());
    assertTrue(ExportProfile.full().letsOut(ReferralRecords.ofEvent(events.get(2))));
    assertTrue(Schemas.REFERRAL.fields().get(Schemas.REFERRAL.indexOf("equality")).isFor(Purpose.FULL));
  }

  @Test
  void eachEventHasItsTypeAndContentAndASessionWritesWhatThePurposeLetsOut() {
    List<Referral> end = new ArrayList<>();
    List<ReferralEvent> events = referral(end);
    String typeDoc = Schemas.REFERRAL_EVENT.fields().get(Schemas.REFERRAL_EVENT.indexOf("type")).description();
    for (ReferralEvent e : events) {
      ExportRecord r = ReferralRecords.ofEvent(e);
      assertTrue(typeDoc.contains(r.text("type").orElseThrow()), r.text("type").orElseThrow());
      assertEquals(e.revision(), r.integer("revision").getAsLong());
    }
    assertEquals(List.of("visible-high-risk", "repeat"), ReferralRecords.ofEvent(events.get(0)).texts("routes"));
    assertEquals(2, ReferralRecords.ofEvent(events.get(1)).integer("childrenInHousehold").getAsLong());
    ExportSessionTest.Recording exporter = new ExportSessionTest.Recording() {
      @Override
      public Set<String> records() {
        return Set.of(Schemas.REFERRAL.name(), Schemas.REFERRAL_EVENT.name());
      }
    };
    Safeguard engine = ExportSessionTest.engine(exporter);
    try (var session = engine.export("recording", ExportProfile.marac(), new ByteArrayOutputStream())) {
      session.write(end.get(0));
      events.forEach(session::write);
      assertEquals(1 + events.size() - 1, session.written(), "the equality event stays behind");
    }
    try (var session = engine.export("recording", ExportProfile.full(), new ByteArrayOutputStream())) {
      events.forEach(session::write);
      assertEquals(events.size(), session.written());
    }
  }
}
