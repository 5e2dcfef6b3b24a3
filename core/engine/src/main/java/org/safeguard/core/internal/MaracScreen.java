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
package org.safeguard.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.core.assessment.ProfessionalJudgement;
import org.safeguard.core.marac.CaseHistory;
import org.safeguard.core.marac.Incident;
import org.safeguard.core.marac.MaracDecision;
import org.safeguard.core.marac.MaracOutcome;
import org.safeguard.core.marac.MaracRoute;
import org.safeguard.core.marac.RouteFinding;
import org.safeguard.model.Band;
import org.safeguard.model.MaracParameters;
import org.safeguard.model.RiskLevel;
import org.safeguard.model.ThresholdPolicy;

/**
 * Decides whether a case goes to MARAC, by the four SafeLives routes (SafeLives, <i>Marac referral
 * criteria and form</i>), with the numbers of the policy in force:
 *
 * <ul>
 *   <li><b>visible high risk</b>: the computed level is high under the policy (Dash: 14+ yes);
 *   <li><b>professional judgement</b>: judgement set or raised the level to high, with its reasons;
 *   <li><b>potential escalation</b>: at least N incidents (default 3), any type and any agency,
 *       dated on or after the screening date less the window (default 12 months);
 *   <li><b>repeat</b>: a qualifying incident (violence or threats, stalking or harassment, sexual
 *       abuse) after the last referral date and no later than that date plus the window (default
 *       12 months), screened while that window is still open, whatever the other routes say. After
 *       the window it is a new referral, not a repeat.
 * </ul>
 *
 * <p>Where the policy sets a local medium-risk MARAC (Hertfordshire's Stevenage pilot), a case that
 * fires no other route, scores in its band and whose victim consents is referred there instead.
 *
 * <p>Window ends are inclusive: an incident exactly 12 months before the screening date counts, one
 * day earlier does not. An incident on the day of the last referral is the one referred, not a
 * repeat. Victims under the minimum age (default 16) go to children's safeguarding; the routes
 * that fired are still listed. Immutable and thread-safe.
 */
public final class MaracScreen {
  private final ThresholdPolicy policy;
  private final MaracParameters parameters;

  public MaracScreen(ThresholdPolicy policy) {
    this.policy = policy;
    this.parameters = policy.marac();
  }

  /** The MARAC numbers of the policy this screen applies. */
  public MaracParameters parameters() {
    return parameters;
  }

  public MaracDecision screen(CaseHistory history, Assessment assessment) {
    List<RouteFinding> routes = new ArrayList<>(4);
    visibleHighRisk(assessment).ifPresent(routes::add);
    professionalJudgement(assessment).ifPresent(routes::add);
    escalation(history).ifPresent(routes::add);
    repeat(history).ifPresent(routes::add);
    MaracOutcome outcome;
    if (history.victimAge() < parameters.minimumAge()) {
      outcome = MaracOutcome.REFER_TO_CHILDREN_SAFEGUARDING;
    } else if (!routes.isEmpty()) {
      outcome = MaracOutcome.REFER_TO_MARAC;
    } else {
      Optional<RouteFinding> medium = mediumRisk(history, assessment);
      medium.ifPresent(routes::add);
      outcome = medium.isPresent() ? MaracOutcome.REFER_TO_MEDIUM_RISK_MARAC : MaracOutcome.NO_REFERRAL;
    }
    return MaracDecision.builder()
        .outcome(outcome)
        .routes(routes)
        .asOf(history.asOf())
        .policyId(policy.id())
        .policyVersion(policy.version())
        .build();
  }

  private Optional<RouteFinding> visibleHighRisk(Assessment assessment) {
    if (assessment.computedLevel().orElse(null) != RiskLevel.HIGH) {
      return Optional.empty();
    }
    int score = assessment.score().value();
    return Optional.of(RouteFinding.builder()
        .route(MaracRoute.VISIBLE_HIGH_RISK)
        .score(score)
        .explanation("score " + score + " on " + assessment.score().instrumentId() + " is in band " + assessment.band().get()
            + " of policy " + assessment.policyId())
        .build());
  }

  private static Optional<RouteFinding> professionalJudgement(Assessment assessment) {
    Optional<ProfessionalJudgement> given = assessment.judgement();
    if (given.isEmpty() || given.get().level() != RiskLevel.HIGH) {
      return Optional.empty();
    }
    ProfessionalJudgement judgement = given.get();
    return Optional.of(RouteFinding.builder()
        .route(MaracRoute.PROFESSIONAL_JUDGEMENT)
        .assessorId(judgement.assessorId())
        .reasons(judgement.reasons())
        .explanation("assessor " + judgement.assessorId()
            + assessment.computedLevel().map(level -> " raised the level from " + level + " to HIGH").orElse(" set the level to HIGH")
            + (judgement.reasons().isEmpty() ? "" : " for " + judgement.reasons()))
        .build());
  }

  private Optional<RouteFinding> escalation(CaseHistory history) {
    LocalDate windowStart = history.asOf().minusMonths(parameters.escalationWindowMonths());
    int counted = 0;
    for (Incident incident : history.incidents()) {
      if (!incident.date().isBefore(windowStart)) {
        counted++;
      }
    }
    if (counted < parameters.escalationIncidents()) {
      return Optional.empty();
    }
    return Optional.of(RouteFinding.builder()
        .route(MaracRoute.POTENTIAL_ESCALATION)
        .incidentsCounted(counted)
        .windowStart(windowStart)
        .explanation(counted + " incidents from " + windowStart + " to " + history.asOf() + " (threshold "
            + parameters.escalationIncidents() + " in " + parameters.escalationWindowMonths() + " months)")
        .build());
  }

  private Optional<RouteFinding> repeat(CaseHistory history) {
    Optional<LocalDate> last = history.previousReferrals().stream().max(LocalDate::compareTo);
    if (last.isEmpty()) {
      return Optional.empty();
    }
    LocalDate lastReferral = last.get();
    LocalDate windowEnd = lastReferral.plusMonths(parameters.repeatWindowMonths());
    if (history.asOf().isAfter(windowEnd)) {
      return Optional.empty();
    }
    Optional<LocalDate> latest = history.incidents().stream()
        .filter(i -> i.type().qualifiesForRepeat())
        .map(Incident::date)
        .filter(d -> d.isAfter(lastReferral))
        .max(LocalDate::compareTo);
    if (latest.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(RouteFinding.builder()
        .route(MaracRoute.REPEAT)
        .lastReferral(lastReferral)
        .incidentDate(latest.get())
        .explanation("qualifying incident on " + latest.get() + " within " + parameters.repeatWindowMonths()
            + " months of the last referral on " + lastReferral)
        .build());
  }

  private Optional<RouteFinding> mediumRisk(CaseHistory history, Assessment assessment) {
    Optional<Band> band = parameters.mediumRiskMarac();
    int score = assessment.score().value();
    if (band.isEmpty() || assessment.computedLevel().isEmpty() || !band.get().contains(score)
        || !history.consentToReferral().orElse(false)) {
      return Optional.empty();
    }
    return Optional.of(RouteFinding.builder()
        .route(MaracRoute.MEDIUM_RISK_BAND)
        .score(score)
        .explanation("score " + score + " is in the medium-risk MARAC band " + band.get().lower() + "-" + band.get().upper().getAsInt()
            + " of policy " + policy.id() + " and the victim consents")
        .build());
  }
}
