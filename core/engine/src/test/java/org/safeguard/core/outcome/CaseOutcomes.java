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
package org.safeguard.core.outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.safeguard.model.RiskLevel;

/** Arbitrary case outcomes and report parameters for the properties of this package. */
final class CaseOutcomes {
  private CaseOutcomes() {}

  /**
   * Any case outcome: mostly small counts, sometimes counts beyond what a packed case holds; any
   * abuse at intake and review; any answers, including answers on a case with no review.
   */
  static Arbitrary<CaseOutcome> any() {
    Arbitrary<Integer> interventions = Arbitraries.frequencyOf(
        Tuple.of(20, Arbitraries.integers().between(0, 20)),
        Tuple.of(1, Arbitraries.integers().between(0, 100_000)));
    Arbitrary<Integer> contacts = Arbitraries.frequencyOf(
        Tuple.of(20, Arbitraries.integers().between(0, 15)),
        Tuple.of(1, Arbitraries.integers().between(0, 100_000)));
    Arbitrary<AbuseProfile> profiles = Arbitraries.maps(Arbitraries.of(AbuseType.class), Arbitraries.of(Severity.class))
        .ofMaxSize(AbuseType.values().length).map(AbuseProfile::of);
    // a review may leave types not recorded: those of a random mask that are not present
    Arbitrary<AbuseProfile> reviewProfiles = Combinators.combine(profiles, Arbitraries.integers().between(0, 15).injectDuplicates(0.5))
        .as((p, mask) -> {
          Set<AbuseType> notRecorded = java.util.EnumSet.noneOf(AbuseType.class);
          for (AbuseType t : AbuseType.values()) {
            if ((mask >>> t.ordinal() & 1) != 0 && !p.isPresent(t)) {
              notRecorded.add(t);
            }
          }
          return AbuseProfile.of(p.present(), notRecorded);
        });
    Arbitrary<Optional<AbuseProfile>> reviews = Arbitraries.oneOf(profiles, reviewProfiles).optional(0.7);
    Arbitrary<RiskLevel> levels = Arbitraries.of(RiskLevel.class);
    Arbitrary<Map<OutcomeQuestion, OutcomeAnswer>> answers =
        Arbitraries.maps(Arbitraries.of(OutcomeQuestion.class), Arbitraries.of(OutcomeAnswer.class)).ofMaxSize(OutcomeQuestion.values().length);
    // kinds listed (their number is then the intervention count) or not recorded; children yes, no or not recorded
    Arbitrary<Optional<Set<String>>> kinds = Arbitraries.of(KINDS).set().ofMaxSize(KINDS.size()).optional(0.7);
    Arbitrary<Set<RiskFactor>> factors = Arbitraries.of(RiskFactor.class).set().ofMaxSize(6);
    Arbitrary<Tuple.Tuple4<Optional<Set<String>>, Optional<Boolean>, Set<RiskFactor>, Set<RiskFactor>>> kindsAndChildren =
        Combinators.combine(kinds, Arbitraries.of(true, false).optional(0.7), factors, factors).as(Tuple::of);
    return Combinators.combine(interventions, contacts, profiles, levels, reviews, levels, answers, kindsAndChildren)
        .as((iv, ct, intake, levelAtIntake, review, levelAtReview, given, kc) -> CaseOutcome.builder()
            .caseId("property-case")
            .interventions(kc.get1().map(Set::size).orElse(iv))
            .interventionKinds(kc.get1().orElse(Set.of()))
            .hasChildren(kc.get2())
            .riskFactorsAtIntake(kc.get3())
            .riskFactorsAtReview(review.isPresent() ? kc.get4() : Set.of())
            .significantContacts(ct)
            .abuseAtIntake(intake)
            .levelAtIntake(levelAtIntake)
            .abuseAtReview(review)
            .levelAtReview(review.map(r -> levelAtReview))
            .answers(given)
            .build());
  }

  /** Kind ids the generated outcomes draw from: some of Table 4's and one a plugin might add. */
  static final List<String> KINDS = List.of("safety-planning", "marac", "housing", "child-contact", "schools", "counselling",
      "county-floating-support");

  static Arbitrary<List<CaseOutcome>> cohorts() {
    return any().list().ofMaxSize(60);
  }

  /** Valid report parameters: bands from 0 with random increasing bounds, thresholds 1 to 12. */
  static Arbitrary<ReportParameters> parameters() {
    Arbitrary<List<Integer>> steps = Arbitraries.integers().between(1, 6).list().ofMaxSize(5);
    return Combinators.combine(steps, Arbitraries.integers().between(1, 12)).as((gaps, threshold) -> {
      List<Integer> bounds = new ArrayList<>();
      bounds.add(0);
      for (int gap : gaps) {
        bounds.add(bounds.get(bounds.size() - 1) + gap);
      }
      return ReportParameters.of(bounds, threshold);
    });
  }
}
