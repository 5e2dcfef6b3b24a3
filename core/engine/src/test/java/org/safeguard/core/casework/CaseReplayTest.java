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
package org.safeguard.core.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeguard.core.Casework;
import org.safeguard.core.Fixtures;
import org.safeguard.core.marac.MaracOutcome;
import org.safeguard.core.marac.MaracRoute;
import org.safeguard.model.Agency;
import org.safeguard.model.InvalidInputException;

/** A case rebuilt from the events its commands recorded, and the event lists replay refuses. */
class CaseReplayTest {
  private static final LocalDate REFERRED = CaseworkTest.REFERRED;
  private final CaseworkTest fixture = new CaseworkTest();
  private final Casework casework = Fixtures.engine().casework();

  /** A high-risk case referred to MARAC, shared with the police under consent, reviewed and closed. */
  private List<CaseChange> journey() {
    List<CaseChange> changes = new ArrayList<>();
    CaseChange opened = casework.open("C-0007", REFERRED, 29, fixture.measures(REFERRED, 15, CaseworkTest.AT_INTAKE));
    changes.add(opened);
    CaseFile c = opened.caseFile();
    changes.add(casework.screenForMarac(c, REFERRED.plusDays(1)));
    c = last(changes);
    changes.add(casework.setMaracMeeting(c, REFERRED.plusDays(1), REFERRED.plusDays(15)));
    c = last(changes);
    changes.add(casework.recordConsent(c, Consent.builder().recordedOn(REFERRED.plusDays(2)).method(ConsentMethod.WRITTEN)
        .contactAgreed(true).shareWith(Set.of(Agency.POLICE)).build()));
    c = last(changes);
    changes.add(casework.share(c, REFERRED.plusDays(3), Agency.POLICE));
    c = last(changes);
    changes.add(casework.shareWithoutConsent(c, REFERRED.plusDays(4), Agency.HOUSING, SharingReason.RISK_OF_SERIOUS_HARM));
    c = last(changes);
    changes.add(casework.startIntervention(c, Intervention.builder().id("i1").kind(CaseFile.MARAC_KIND).start(REFERRED.plusDays(15)).build()));
    c = last(changes);
    changes.add(casework.endIntervention(c, "i1", REFERRED.plusDays(16), InterventionResult.ACHIEVED));
    c = last(changes);
    changes.add(casework.recordReview(c, Review.builder().kind(ReviewKind.CLOSURE)
        .measures(fixture.measures(REFERRED.plusDays(130), 4, CaseworkTest.AT_INTAKE)).build()));
    c = last(changes);
    changes.add(casework.close(c, Closure.of(REFERRED.plusDays(131), ClosureReason.SUPPORT_COMPLETED)));
    return changes;
  }

  private static CaseFile last(List<CaseChange> changes) {
    return changes.get(changes.size() - 1).caseFile();
  }

  private static List<CaseEvent> events(List<CaseChange> changes) {
    List<CaseEvent> events = new ArrayList<>();
    for (CaseChange change : changes) {
      events.addAll(change.events());
    }
    return events;
  }

  @Test
  void theEventsOfACaseToClosureRebuildItsSnapshot() {
    List<CaseChange> changes = journey();
    List<CaseEvent> events = events(changes);
    assertEquals(10, events.size(), "every command of the journey recorded one event");
    assertEquals(MaracOutcome.REFER_TO_MARAC, changes.get(1).maracDecision().orElseThrow().outcome());
    assertEquals(last(changes), casework.replay(events));
  }

  @Test
  void aPoliceReferralOpenedWithoutItsChecklistReplaysWithTheIntakeRecordedLater() {
    CaseChange opened = casework.open("C-0010", REFERRED);
    CaseChange intake = casework.recordIntake(opened.caseFile(), fixture.measures(REFERRED.plusDays(6), 15, CaseworkTest.AT_INTAKE));
    MaracScreening screened = casework.screenForMarac(intake.caseFile(), REFERRED.plusDays(7));
    List<CaseEvent> events = events(List.of(opened, intake, screened));
    assertEquals(3, events.size());
    assertEquals(screened.caseFile(), casework.replay(events));
  }

  @Test
  void anEmptyListOrOneThatDoesNotOpenTheCaseIsRefused() {
    List<CaseEvent> events = events(journey());
    InvalidInputException none = assertThrows(InvalidInputException.class, () -> casework.replay(List.of()));
    assertEquals("events", none.field());
    InvalidInputException noOpening = assertThrows(InvalidInputException.class, () -> casework.replay(events.subList(1, events.size())));
    assertEquals("events", noOpening.field());
  }

  @Test
  void anEventOfAnotherCaseOrOutOfRevisionOrderIsRefused() {
    List<CaseEvent> events = new ArrayList<>(events(journey()));
    CaseEvent second = events.get(1);
    events.set(1, new MaracReferralMade("C-0008", second.revision(), ((MaracReferralMade) second).referral()));
    assertEquals("events.caseId", assertThrows(InvalidInputException.class, () -> casework.replay(events)).field());

    List<CaseEvent> swapped = new ArrayList<>(events(journey()));
    swapped.add(1, swapped.remove(2));
    assertEquals("events.revision", assertThrows(InvalidInputException.class, () -> casework.replay(swapped)).field());
  }

  @Test
  void anEventItsCommandWouldNotRecordIsRefused() {
    List<CaseEvent> events = new ArrayList<>(events(journey()));
    // the housing sharing claims consent the victim never gave for housing
    InformationShared housing = (InformationShared) events.get(5);
    events.set(5, new InformationShared(housing.caseId(), housing.revision(),
        InformationSharing.builder().on(housing.sharing().on()).with(Agency.HOUSING).withConsent(true).build()));
    InvalidInputException refused = assertThrows(InvalidInputException.class, () -> casework.replay(events));
    assertEquals("sharing.with", refused.field(), refused.getMessage());
  }

  @Test
  void aReferralTheScreenWouldNotMakeThatDayIsRefused() {
    CaseChange opened = casework.open("C-0009", REFERRED, 29, fixture.measures(REFERRED, 3, CaseworkTest.AT_INTAKE));
    MaracReferral invented = MaracReferral.builder().referredOn(REFERRED.plusDays(1)).outcome(MaracOutcome.REFER_TO_MARAC)
        .routes(List.of(MaracRoute.PROFESSIONAL_JUDGEMENT)).build();
    List<CaseEvent> events = List.of(opened.events().get(0), new MaracReferralMade("C-0009", 2, invented));
    InvalidInputException refused = assertThrows(InvalidInputException.class, () -> casework.replay(events));
    assertEquals("events", refused.field());
  }
}
