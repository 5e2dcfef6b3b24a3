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
package org.safeguard.core.marac;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.safeguard.core.Fixtures;
import org.safeguard.core.Safeguard;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.model.Agency;
import org.safeguard.model.IncidentType;

/**
 * The laws of the repeat and escalation routes, under the SafeLives numbers (repeat within 12
 * months of the last referral, any incident type; 3 incidents in 12 months).
 */
class MaracScreenProperties {
  private static final LocalDate REFERRAL = LocalDate.of(2025, 3, 31);

  private final Safeguard engine = Fixtures.engine();
  private final Assessment nothing = engine.assess(engine.responses("test-checklist").build());

  @Provide
  Arbitrary<Incident> incidentsAroundTheReferral() {
    return Combinators.combine(Arbitraries.integers().between(-800, 800), Arbitraries.of(IncidentType.class),
        Arbitraries.of(Agency.class)).as((days, type, agency) -> Incident.of(REFERRAL.plusDays(days), type, agency));
  }

  /**
   * A repeat fires exactly when an incident is dated after the last referral and no later than 12
   * months after it, however long after that the case is screened: one before the referral, on
   * its day, or past the window never makes a repeat.
   */
  @Property(tries = 1000)
  void aRepeatIsDecidedByTheIncidentsDateAgainstTheLastReferral(
      @ForAll @Size(max = 6) List<@From("incidentsAroundTheReferral") Incident> incidents,
      @ForAll @IntRange(min = 0, max = 900) int screenedDaysLater) {
    LocalDate latest = incidents.stream().map(Incident::date).max(LocalDate::compareTo).orElse(REFERRAL);
    LocalDate asOf = (latest.isAfter(REFERRAL) ? latest : REFERRAL).plusDays(screenedDaysLater);
    CaseHistory history = CaseHistory.builder().asOf(asOf).victimAge(30).addPreviousReferrals(REFERRAL.minusYears(2), REFERRAL)
        .incidents(incidents).build();
    LocalDate windowEnd = REFERRAL.plusMonths(12);
    boolean inWindow = incidents.stream().anyMatch(i -> i.date().isAfter(REFERRAL) && !i.date().isAfter(windowEnd));
    assertEquals(inWindow, engine.screenForMarac(history, nothing).firedRoutes().contains(MaracRoute.REPEAT), history.toString());
  }

  /** The same incident reported again, by any agency, under its id, changes nothing. */
  @Property(tries = 1000)
  void anIncidentCountedTwiceChangesNothing(
      @ForAll @Size(max = 6) List<@From("incidentsAroundTheReferral") Incident> incidents,
      @ForAll @IntRange(min = 0, max = 5) int repeated, @ForAll Agency alsoReportedBy) {
    List<Incident> withIds = new ArrayList<>();
    for (int i = 0; i < incidents.size(); i++) {
      Incident incident = incidents.get(i);
      withIds.add(Incident.builder().date(incident.date()).type(incident.type()).reportedBy(incident.reportedBy())
          .incidentId("INC-" + i).build());
    }
    List<Incident> again = new ArrayList<>(withIds);
    if (!withIds.isEmpty()) {
      Incident copied = withIds.get(repeated % withIds.size());
      again.add(Incident.builder().from(copied).reportedBy(alsoReportedBy).build());
    }
    LocalDate asOf = REFERRAL.plusDays(800);
    MaracDecision once = engine.screenForMarac(CaseHistory.builder().asOf(asOf).victimAge(30).incidents(withIds).build(), nothing);
    MaracDecision twice = engine.screenForMarac(CaseHistory.builder().asOf(asOf).victimAge(30).incidents(again).build(), nothing);
    assertEquals(once.firedRoutes(), twice.firedRoutes());
    assertEquals(escalationCount(once), escalationCount(twice));
  }

  private static int escalationCount(MaracDecision decision) {
    List<RouteFinding> all = new ArrayList<>(decision.routes());
    all.addAll(decision.notFired());
    return all.stream().filter(f -> f.route() == MaracRoute.POTENTIAL_ESCALATION).findFirst().orElseThrow().incidentsCounted().orElseThrow();
  }
}
