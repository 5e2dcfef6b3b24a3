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
package org.safeguard.core.perpetrator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.safeguard.core.PerpetratorWork;
import org.safeguard.core.casework.CaseRuleException;

/**
 * Random command sequences over a perpetrator case: a command is either accepted (one revision
 * more, one event of that revision) or refused with a case-rule refusal and the case as it was; the
 * events of what was accepted rebuild the case; and whatever is accepted, the case keeps its laws
 * (one primary victim, every contact attempt made under a judgement that it was safe, and all
 * direct work too, engagement in step with the contact made by its day, every disruption action
 * from the catalogue, assessment points in date order, every breach while its lever is in force).
 */
class PerpetratorWorkProperties {
  private static final PerpetratorWork WORK = org.safeguard.core.Fixtures.engine().perpetratorWork();

  /** What each command's refusals are named after: the value it records. */
  private static final java.util.Map<String, String> REFUSED_AS = java.util.Map.ofEntries(java.util.Map.entry("link", "link"),
      java.util.Map.entry("allocate", "allocation"), java.util.Map.entry("judge", "contactSafety"),
      java.util.Map.entry("attempt", "contactAttempt"), java.util.Map.entry("engagement", "engagement"),
      java.util.Map.entry("step", "stepDown"), java.util.Map.entry("close", "closure"), java.util.Map.entry("behaviour", "behaviour"),
      java.util.Map.entry("needs", "needs"), java.util.Map.entry("work", "work"), java.util.Map.entry("lever", "lever"),
      java.util.Map.entry("end", "lever"), java.util.Map.entry("breach", "breach"),
      java.util.Map.entry("plan", "closurePlan"), java.util.Map.entry("score", "score"));

  /** One command, named for the report. */
  record Step(String name, Function<PerpetratorCase, PerpetratorChange> command) {
    @Override
    public String toString() {
      return name;
    }
  }

  @Provide
  Arbitrary<List<Step>> journeys() {
    Arbitrary<Integer> day = Arbitraries.integers().between(-5, 400);
    Arbitrary<Step> link = Combinators.combine(day, Arbitraries.integers().between(1, 4), Arbitraries.of(Relationship.class),
        Arbitraries.of(LivingArrangement.class)).as((d, v, relationship, living) ->
        new Step("link V-" + v + " @" + d, c -> WORK.linkVictim(c,
            VictimLink.additional("V-" + v, relationship, living, PerpetratorWorkTest.day(d)))));
    Arbitrary<Step> allocate = day.map(d -> new Step("allocate @" + d, c -> WORK.allocate(c, "cm-" + (d & 3), PerpetratorWorkTest.day(d))));
    Arbitrary<Step> judge = Combinators.combine(day, Arbitraries.of(true, false)).as((d, safe) ->
        new Step("judge " + safe + " @" + d, c -> WORK.judgeContactSafety(c, PerpetratorWorkTest.day(d), safe)));
    Arbitrary<Step> attempt = Combinators.combine(day, Arbitraries.of(true, false)).as((d, made) ->
        new Step("attempt " + made + " @" + d, c -> WORK.attemptContact(c, PerpetratorWorkTest.day(d), made)));
    Arbitrary<Step> engage = Combinators.combine(day, Arbitraries.of(EngagementLevel.class)).as((d, level) ->
        new Step("engagement " + level + " @" + d, c -> WORK.recordEngagement(c, PerpetratorWorkTest.day(d), level)));
    Arbitrary<Step> stepDown = day.map(d -> new Step("step down @" + d, c -> WORK.stepDown(c, PerpetratorWorkTest.day(d))));
    Arbitrary<Step> close = Combinators.combine(day, Arbitraries.of(ExitReason.class)).as((d, reason) ->
        new Step("close " + reason + " @" + d, c -> WORK.close(c, PerpetratorWorkTest.day(d), reason)));
    Arbitrary<Step> behaviour = Combinators.combine(day, Arbitraries.of(AssessmentPoint.class), Arbitraries.of(BehaviourSource.class),
        abuse()).as((d, point, source, abuse) -> new Step("behaviour " + point + " " + source + " @" + d, c -> WORK.recordBehaviour(c,
            new BehaviourRecord(point, PerpetratorWorkTest.day(d), source, abuse))));
    Arbitrary<Step> needs = Combinators.combine(day, Arbitraries.of(AssessmentPoint.class),
        Arbitraries.maps(Arbitraries.of(NeedArea.class), Arbitraries.of(NeedLevel.class)).ofMaxSize(4)).as((d, point, levels) ->
        new Step("needs " + point + " @" + d, c -> WORK.recordNeeds(c, new NeedsRecord(point, PerpetratorWorkTest.day(d), levels))));
    Arbitrary<Step> score = Combinators.combine(day, Arbitraries.of(AssessmentPoint.class), Arbitraries.of("drive-dash", "other-tool"),
        scores()).as((d, point, instrument, s) -> new Step("score " + point + " " + instrument + " @" + d, c -> WORK.recordScore(c,
            new ScoreRecord(point, PerpetratorWorkTest.day(d), s.apply(instrument)))));
    Arbitrary<org.safeguard.model.Agency> agency = Arbitraries.of(org.safeguard.model.Agency.class);
    Arbitrary<Step> work = Combinators.combine(day, Arbitraries.of(WorkKind.class), Arbitraries.of("mappa-referral", "no-such-action", ""),
        Arbitraries.of(WorkMode.class), agency, Arbitraries.of(WorkObjective.class)).as((d, kind, action, mode, by, objective) ->
        new Step("work " + kind + " " + by + " " + action + " @" + d,
            c -> WORK.recordWork(c, new WorkEntry(PerpetratorWorkTest.day(d), kind, by, mode,
            kind == WorkKind.MULTI_AGENCY_WORK ? java.util.Optional.of(objective) : java.util.Optional.empty(),
            action.isEmpty() || kind.direct() ? java.util.Optional.empty() : java.util.Optional.of(action)))));
    Arbitrary<Step> lever = Combinators.combine(day, Arbitraries.integers().between(1, 2), Arbitraries.integers().between(-50, 300),
        Arbitraries.of(LeverKind.class)).as((d, id, length, kind) -> new Step("lever l" + id + " " + kind + " @" + d + "+" + length,
            c -> WORK.recordLever(c, new StatutoryLever("l" + id, kind, PerpetratorWorkTest.day(d), length < 0 ? java.util.Optional.empty()
                : java.util.Optional.of(PerpetratorWorkTest.day(d + length))))));
    Arbitrary<Step> end = Combinators.combine(day, Arbitraries.integers().between(1, 3)).as((d, id) ->
        new Step("end l" + id + " @" + d, c -> WORK.endLever(c, "l" + id, PerpetratorWorkTest.day(d))));
    Arbitrary<Step> breach = Combinators.combine(day, Arbitraries.integers().between(1, 3), agency).as((d, id, by) ->
        new Step("breach l" + id + " " + by + " @" + d, c -> WORK.recordBreach(c, new LeverBreach("l" + id, PerpetratorWorkTest.day(d), by))));
    Arbitrary<Step> plan = Combinators.combine(day, Arbitraries.subsetOf(org.safeguard.model.Agency.values()).ofMinSize(1)).as((d, handover) ->
        new Step("plan " + handover + " @" + d, c -> WORK.planClosure(c, new ClosurePlan(PerpetratorWorkTest.day(d), handover))));
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, plan), net.jqwik.api.Tuple.of(1, lever), net.jqwik.api.Tuple.of(1, end), net.jqwik.api.Tuple.of(2, breach),
        net.jqwik.api.Tuple.of(2, behaviour), net.jqwik.api.Tuple.of(2, needs), net.jqwik.api.Tuple.of(5, work),
        net.jqwik.api.Tuple.of(2, link), net.jqwik.api.Tuple.of(3, allocate), net.jqwik.api.Tuple.of(4, judge),
        net.jqwik.api.Tuple.of(5, attempt), net.jqwik.api.Tuple.of(4, engage), net.jqwik.api.Tuple.of(1, stepDown),
        net.jqwik.api.Tuple.of(1, close), net.jqwik.api.Tuple.of(2, score)).list().ofMaxSize(50);
  }

  /** Any abuse profile: each type present at a severity, absent, or not recorded. */
  private static Arbitrary<org.safeguard.core.outcome.AbuseProfile> abuse() {
    org.safeguard.core.outcome.AbuseType[] types = org.safeguard.core.outcome.AbuseType.values();
    org.safeguard.core.outcome.Severity[] severities = org.safeguard.core.outcome.Severity.values();
    return Arbitraries.integers().between(0, severities.length + 1).list().ofSize(types.length).map(choices -> {
      java.util.Map<org.safeguard.core.outcome.AbuseType, org.safeguard.core.outcome.Severity> present = new java.util.EnumMap<>(
          org.safeguard.core.outcome.AbuseType.class);
      java.util.Set<org.safeguard.core.outcome.AbuseType> notRecorded = java.util.EnumSet.noneOf(org.safeguard.core.outcome.AbuseType.class);
      for (int i = 0; i < types.length; i++) {
        if (choices.get(i) == 1) {
          notRecorded.add(types[i]);
        } else if (choices.get(i) > 1) {
          present.put(types[i], severities[choices.get(i) - 2]);
        }
      }
      return org.safeguard.core.outcome.AbuseProfile.of(present, notRecorded);
    });
  }

  /** Any score an instrument might give, its instrument to be named: counts, a category, a reason it is invalid, rated or not. */
  private static Arbitrary<Function<String, org.safeguard.model.Score>> scores() {
    Arbitrary<Integer> count = Arbitraries.integers().between(0, 30);
    return Combinators.combine(count, count, count, count, count, Arbitraries.of(true, false), Arbitraries.of("", "high", "medium", "low"),
        Arbitraries.of("", "11 or more answers not known")).as((value, yes, no, notKnown, notAsked, rated, category, invalid) ->
        instrument -> org.safeguard.model.Score.builder().instrumentId(instrument).instrumentVersion("2019").value(value).yesCount(yes).noCount(no).notKnownCount(notKnown)
            .notAskedCount(notAsked).ratedCount(rated ? value / 2 : 0).rated(rated)
            .category(category.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(category))
            .invalidReason(invalid.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(invalid)).build());
  }

  @Property(tries = 500)
  void aCommandIsAcceptedWholeOrRefusedAndTheCaseKeepsItsLaws(@ForAll("journeys") List<Step> steps) {
    PerpetratorChange referred = WORK.refer("P-1", PerpetratorWorkTest.PRIMARY);
    PerpetratorCase c = referred.perpetratorCase();
    List<PerpetratorEvent> events = new java.util.ArrayList<>(referred.events());
    for (Step step : steps) {
      PerpetratorCase before = c;
      PerpetratorChange change;
      try {
        change = step.command().apply(c);
      } catch (CaseRuleException refused) {
        // the snapshot is immutable, so a refusal cannot change it; what is checked is that it is a case rule, named
        String command = step.name().split(" ")[0];
        assertTrue(refused.field().startsWith(REFUSED_AS.get(command)), step.name() + " refused as " + refused.field());
        continue;
      }
      PerpetratorCase next = change.perpetratorCase();
      assertEquals(before.revision() + 1, next.revision(), step.name());
      assertEquals(1, change.events().size());
      assertEquals(next.revision(), change.events().get(0).revision());
      assertEquals(before.caseId(), change.events().get(0).caseId());
      c = next;
      events.addAll(change.events());
      for (ContactAttempt attempt : c.contactAttempts()) {
        assertTrue(c.safetyOn(attempt.on()).orElseThrow().safe(), "every attempt stands under a judgement that contact was safe: " + steps);
      }
      assertEquals(PerpetratorWorkTest.PRIMARY, c.primaryVictim());
      assertTrue(!c.closed() || c.closure().orElseThrow().on().compareTo(c.latestDay()) >= 0, "nothing recorded after the closure");
      for (WorkEntry w : c.work()) {
        if (w.kind().direct()) {
          assertTrue(c.safetyOn(w.on()).orElseThrow().safe(), "direct work stands under a judgement that contact was safe: " + steps);
          assertTrue(w.kind() == WorkKind.MAINTAINING_CONTACT || c.contactMadeBy(w.on()), "support and sessions follow contact: " + steps);
        }
        w.action().ifPresent(a -> assertTrue(WORK.disruptionActions().containsKey(a), a));
      }
      for (BehaviourRecord a : c.behaviour()) {
        for (BehaviourRecord b : c.behaviour()) {
          assertTrue(a.source() != b.source() || a.point().compareTo(b.point()) >= 0 || !a.on().isAfter(b.on()),
              "one source's points in date order: " + steps);
        }
      }
      for (NeedsRecord a : c.needs()) {
        for (NeedsRecord b : c.needs()) {
          assertTrue(a.point().compareTo(b.point()) >= 0 || !a.on().isAfter(b.on()), "needs points in date order: " + steps);
        }
      }
      for (LeverBreach b : c.breaches()) {
        assertTrue(c.lever(b.leverId()).orElseThrow().inForceOn(b.on()), "every breach falls while its lever is in force: " + steps);
        assertTrue(!b.on().isBefore(c.referredOn()));
      }
      for (Engagement e : c.engagement()) {
        assertEquals(e.level() == EngagementLevel.NO_CONTACT_MADE, !c.contactMadeBy(e.on()), "engagement agrees with contact: " + steps);
      }
    }
    assertEquals(c, WORK.replay(events), "the events rebuild the case: " + steps);
  }
}
