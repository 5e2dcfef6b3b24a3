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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.safeguard.core.Casework;
import org.safeguard.core.Fixtures;
import org.safeguard.core.Safeguard;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.core.marac.Incident;
import org.safeguard.core.outcome.AbuseProfile;
import org.safeguard.model.Agency;
import org.safeguard.model.IncidentType;

/**
 * A case closes once and nothing more is recorded on it: every command on a closed case is refused
 * with a {@link CaseRuleException} naming what it would have recorded, even when the record is dated
 * before the closure, and the closed case is left exactly as it was.
 */
class ClosedCaseTest {
  static final LocalDate REFERRED = LocalDate.of(2026, 3, 2);
  static final LocalDate CLOSED_ON = REFERRED.plusDays(60);
  private final Safeguard engine = Fixtures.engine();
  private final Casework casework = engine.casework();

  private Assessment scoring(int yes) {
    return Fixtures.scoring(engine, yes);
  }

  private Measures measures(LocalDate on, int yes) {
    return Measures.builder().on(on).assessment(scoring(yes)).abuse(AbuseProfile.none()).build();
  }

  /** A high-risk case referred to MARAC, with one intervention run to its end, then closed. */
  private CaseFile closed() {
    CaseFile c = casework.open("C-0100", REFERRED, 29, measures(REFERRED, 15)).caseFile();
    c = casework.screenForMarac(c, REFERRED.plusDays(1)).caseFile();
    c = casework.startIntervention(c, Intervention.builder().id("i1").kind(StandardInterventions.HOUSING)
        .start(REFERRED.plusDays(2)).build()).caseFile();
    c = casework.endIntervention(c, "i1", REFERRED.plusDays(20), InterventionResult.ACHIEVED).caseFile();
    return casework.close(c, Closure.of(CLOSED_ON, ClosureReason.SUPPORT_COMPLETED)).caseFile();
  }

  /** Runs a command on the closed case: refused for the closure, naming the field, and nothing changed. */
  private static CaseRuleException refusedAsClosed(CaseFile file, String field, Supplier<CaseChange> command) {
    CaseFile before = CaseFile.builder().from(file).build();
    CaseRuleException e = assertThrows(CaseRuleException.class, command::get);
    assertEquals(field, e.field());
    assertTrue(e.rule().contains("closed on " + CLOSED_ON), e.rule());
    assertEquals(before, file, "the closed case is unchanged");
    return e;
  }

  private static LocalDate beforeClosure() {
    return CLOSED_ON.minusDays(1);
  }

  @Test
  void aClosedCaseRefusesAnInterventionStartedBeforeItClosed() {
    CaseFile c = closed();
    refusedAsClosed(c, "intervention", () -> casework.startIntervention(c,
        Intervention.builder().id("i2").kind(StandardInterventions.GP).start(beforeClosure()).build()));
  }

  @Test
  void aClosedCaseRefusesEndingAnIntervention() {
    CaseFile c = closed();
    refusedAsClosed(c, "intervention", () -> casework.endIntervention(c, "i1", beforeClosure(), InterventionResult.ACHIEVED));
  }

  @Test
  void aClosedCaseRefusesSettingAMaracMeeting() {
    CaseFile c = closed();
    refusedAsClosed(c, "marac", () -> casework.setMaracMeeting(c, REFERRED.plusDays(1), beforeClosure()));
  }

  @Test
  void aClosedCaseRefusesAMaracScreen() {
    CaseFile c = closed();
    refusedAsClosed(c, "marac", () -> casework.screenForMarac(c, beforeClosure()));
  }

  @Test
  void aClosedCaseRefusesASafetyPlanRevision() {
    CaseFile c = closed();
    refusedAsClosed(c, "safetyPlan", () -> casework.reviseSafetyPlan(c, beforeClosure(), List.of()));
  }

  @Test
  void aClosedCaseRefusesAnIncident() {
    CaseFile c = closed();
    refusedAsClosed(c, "incident", () -> casework.recordIncident(c,
        Incident.of(beforeClosure(), IncidentType.VIOLENCE_OR_THREATS, Agency.POLICE)));
  }

  @Test
  void aClosedCaseRefusesAReview() {
    CaseFile c = closed();
    refusedAsClosed(c, "review", () -> casework.recordReview(c,
        Review.builder().kind(ReviewKind.INTERIM).measures(measures(beforeClosure(), 3)).build()));
  }

  @Test
  void aClosedCaseRefusesConsent() {
    CaseFile c = closed();
    refusedAsClosed(c, "consent", () -> casework.recordConsent(c, Consent.builder().recordedOn(beforeClosure())
        .method(ConsentMethod.WRITTEN).contactAgreed(true).shareWith(Set.of(Agency.POLICE)).build()));
  }

  @Test
  void aClosedCaseRefusesSharingWithOrWithoutConsent() {
    CaseFile c = closed();
    refusedAsClosed(c, "sharing", () -> casework.share(c, beforeClosure(), Agency.POLICE));
    refusedAsClosed(c, "sharing", () -> casework.shareWithoutConsent(c, beforeClosure(), Agency.POLICE,
        SharingReason.RISK_OF_SERIOUS_HARM));
  }

  @Test
  void aClosedCaseStillGivesItsOutcome() {
    CaseFile c = closed();
    assertEquals("C-0100", casework.outcome(c).caseId());
    assertEquals(2, casework.outcome(c).interventions(), "housing, and the MARAC referral counted as a kind");
  }
}
