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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.safeguard.core.Casework;
import org.safeguard.core.marac.Incident;
import org.safeguard.core.outcome.AbuseProfile;
import org.safeguard.model.Agency;
import org.safeguard.model.IncidentType;
import org.safeguard.model.InvalidInputException;

/**
 * Random sequences of commands, valid and not, over one case: a refused command leaves the
 * snapshot as it was, an accepted one moves the revision on by exactly one, and a closed case
 * accepts nothing more.
 */
class CaseworkProperties {
  private static final CaseworkTest FIXTURE = new CaseworkTest();
  private static final Casework CASEWORK = org.safeguard.core.Fixtures.engine().casework();

  /** A command with a day offset from referral; days may fall before the case opened. */
  record Step(String name, Function<CaseFile, CaseChange> command) {
    @Override
    public String toString() {
      return name;
    }
  }

  @Provide
  Arbitrary<List<Step>> journeys() {
    Arbitrary<Integer> day = Arbitraries.integers().between(-5, 120);
    Arbitrary<String> ids = Arbitraries.of("i1", "i2", "i3");
    Arbitrary<Step> step = Arbitraries.oneOf(
        day.map(d -> new Step("contact@" + d, c -> CASEWORK.recordContact(c, Contact.of(on(d), ContactChannel.PHONE, d % 2 == 0)))),
        Combinators.combine(ids, day, Arbitraries.of(List.copyOf(CASEWORK.interventionKinds().keySet())))
            .as((id, d, kind) -> new Step("start " + id + "@" + d,
                c -> CASEWORK.startIntervention(c, Intervention.builder().id(id).kind(kind).start(on(d)).build()))),
        Combinators.combine(ids, day, Arbitraries.of(InterventionResult.class))
            .as((id, d, r) -> new Step("end " + id + "@" + d + " " + r, c -> CASEWORK.endIntervention(c, id, on(d), r))),
        day.map(d -> new Step("incident@" + d,
            c -> CASEWORK.recordIncident(c, Incident.of(on(d), IncidentType.VIOLENCE_OR_THREATS, Agency.POLICE)))),
        day.map(d -> new Step("marac@" + d, c -> CASEWORK.screenForMarac(c, on(d)))),
        day.map(d -> new Step("plan@" + d, c -> CASEWORK.reviseSafetyPlan(c, on(d), List.of()))),
        Combinators.combine(day, Arbitraries.of(true, false)).as((d, agree) -> new Step("consent@" + d + " " + agree,
            c -> CASEWORK.recordConsent(c, Consent.builder().recordedOn(on(d)).method(ConsentMethod.VERBAL)
                .contactAgreed(agree).shareWith(agree ? Set.of(Agency.POLICE) : Set.of()).build()))),
        day.map(d -> new Step("share@" + d, c -> CASEWORK.share(c, on(d), Agency.POLICE))),
        day.map(d -> new Step("shareWithoutConsent@" + d,
            c -> CASEWORK.shareWithoutConsent(c, on(d), Agency.POLICE, SharingReason.RISK_OF_SERIOUS_HARM))),
        Combinators.combine(day, Arbitraries.of(ReviewKind.class)).as((d, kind) -> new Step("review@" + d + " " + kind,
            c -> CASEWORK.recordReview(c, Review.builder().kind(kind)
                .measures(FIXTURE.measures(on(d), 5, AbuseProfile.none())).build()))),
        day.map(d -> new Step("close@" + d, c -> CASEWORK.close(c, Closure.of(on(d), ClosureReason.SUPPORT_COMPLETED)))));
    return step.list().ofMaxSize(25);
  }

  private static LocalDate on(int day) {
    return CaseworkTest.REFERRED.plusDays(day);
  }

  @Property(tries = 300)
  void aRefusedCommandChangesNothingAndAnAcceptedOneMovesTheRevisionOnByOne(@ForAll("journeys") List<Step> steps) {
    CaseFile c = FIXTURE.opened();
    for (Step step : steps) {
      CaseFile before = CaseFile.builder().from(c).build();
      boolean wasClosed = c.closed();
      try {
        CaseChange change = step.command().apply(c);
        assertFalse(wasClosed, "a closed case accepted " + step);
        CaseFile after = change.caseFile();
        if (change.events().isEmpty()) {
          assertEquals(before, after, "a command without events changes nothing: " + step);
        } else {
          assertEquals(c.revision() + 1, after.revision(), step.toString());
          assertEquals(after.revision(), change.events().get(0).revision());
        }
        c = after;
      } catch (InvalidInputException refused) {
        assertEquals(before, c, "refused " + step + " but the snapshot changed");
        assertTrue(refused.field() != null && !refused.field().isBlank());
      }
    }
  }

  @Property(tries = 100)
  void theOutcomeOfAnyReachableCaseCountsEachInterventionKindReceivedOnce(@ForAll("journeys") List<Step> steps) {
    CaseFile c = FIXTURE.opened();
    for (Step step : steps) {
      try {
        c = step.command().apply(c).caseFile();
      } catch (InvalidInputException refused) {
        // refusals are covered above
      }
    }
    var outcome = CASEWORK.outcome(c);
    // only interventions received count: one declined or not available stays on the record alone
    long kinds = c.interventions().stream().filter(i -> i.result().received()).map(Intervention::kind).distinct().count();
    boolean referredWithoutTheKind = c.maracReferrals().stream().anyMatch(r -> r.toMarac())
        && c.interventions().stream().noneMatch(i -> i.result().received() && i.kind().equals(CaseFile.MARAC_KIND));
    assertEquals(kinds + (referredWithoutTheKind ? 1 : 0), outcome.interventions());
    // T2 exists once the case has a closure review or one four months or more after intake (Safety in Numbers)
    LocalDate fourMonths = c.intake().orElseThrow().on().plusMonths(4);
    boolean t2 = c.reviews().stream().anyMatch(r -> r.kind() == ReviewKind.CLOSURE || !r.on().isBefore(fourMonths));
    assertEquals(t2, outcome.abuseAtReview().isPresent());
    assertTrue(outcome.significantContacts() <= c.contacts().size());
  }

  @Property(tries = 200)
  void theEventsOfEveryAcceptedCommandRebuildTheCase(@ForAll("journeys") List<Step> steps) {
    CaseChange opening = CASEWORK.open("C-0001", CaseworkTest.REFERRED, OptionalInt.of(31),
        Optional.of(FIXTURE.measures(CaseworkTest.REFERRED.plusDays(1), 15, AbuseProfile.none())));
    CaseFile c = opening.caseFile();
    List<CaseEvent> events = new ArrayList<>(opening.events());
    for (Step step : steps) {
      try {
        CaseChange change = step.command().apply(c);
        events.addAll(change.events());
        c = change.caseFile();
      } catch (InvalidInputException refused) {
        // a refused command records nothing
      }
    }
    assertEquals(c, CASEWORK.replay(events), "the events rebuild the case: " + steps);
    if (events.size() > 2) { // a lost last event leaves a shorter history, which is whole
      List<CaseEvent> gap = new ArrayList<>(events);
      gap.remove(1);
      List<CaseEvent> missing = gap;
      assertThrows(InvalidInputException.class, () -> CASEWORK.replay(missing), "a lost event is found");
    }
  }
}
