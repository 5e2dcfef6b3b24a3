package org.safeguard.core.marac;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.safeguard.model.Assessment;
import org.safeguard.model.CaseHistory;
import org.safeguard.model.Incident;
import org.safeguard.model.JudgementOverride;
import org.safeguard.model.MaracDecision;
import org.safeguard.model.MaracOutcome;
import org.safeguard.model.MaracParameters;
import org.safeguard.model.MaracRoute;
import org.safeguard.model.RiskLevel;
import org.safeguard.model.RouteFinding;
import org.safeguard.model.ThresholdPolicy;

/**
 * Decides whether a case goes to MARAC, by the four SafeLives routes (reference/instruments.md
 * section 1.6), with the numbers of the policy in force:
 *
 * <ul>
 *   <li><b>visible high risk</b>: the computed level is high under the policy (Dash: 14+ yes);
 *   <li><b>professional judgement</b>: an override raised the level to high, with its reasons;
 *   <li><b>potential escalation</b>: at least N incidents (default 3), any type and any agency,
 *       dated on or after the screening date less the window (default 12 months);
 *   <li><b>repeat</b>: a qualifying incident (violence or threats, stalking or harassment, sexual
 *       abuse) after the last referral date and no later than that date plus the window (default
 *       12 months), whatever the other routes say.
 * </ul>
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

  public MaracDecision screen(CaseHistory history, Assessment assessment) {
    List<RouteFinding> routes = new ArrayList<>(4);
    visibleHighRisk(assessment).ifPresent(routes::add);
    professionalJudgement(assessment).ifPresent(routes::add);
    escalation(history).ifPresent(routes::add);
    repeat(history).ifPresent(routes::add);
    MaracOutcome outcome;
    if (history.victimAge() < parameters.minimumAge()) {
      outcome = MaracOutcome.REFER_TO_CHILDREN_SAFEGUARDING;
    } else {
      outcome = routes.isEmpty() ? MaracOutcome.NO_REFERRAL : MaracOutcome.REFER_TO_MARAC;
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
    if (assessment.computedLevel() != RiskLevel.HIGH) {
      return Optional.empty();
    }
    int score = assessment.score().value();
    return Optional.of(RouteFinding.builder()
        .route(MaracRoute.VISIBLE_HIGH_RISK)
        .score(score)
        .explanation("score " + score + " on " + assessment.score().instrumentId() + " is in band " + assessment.band()
            + " of policy " + assessment.policyId())
        .build());
  }

  private static Optional<RouteFinding> professionalJudgement(Assessment assessment) {
    Optional<JudgementOverride> override = assessment.override();
    if (override.isEmpty() || override.get().level() != RiskLevel.HIGH) {
      return Optional.empty();
    }
    JudgementOverride judgement = override.get();
    return Optional.of(RouteFinding.builder()
        .route(MaracRoute.PROFESSIONAL_JUDGEMENT)
        .assessorId(judgement.assessorId())
        .reasons(judgement.reasons())
        .explanation("assessor " + judgement.assessorId() + " raised the level from " + assessment.computedLevel()
            + " to HIGH" + (judgement.reasons().isEmpty() ? "" : " for " + judgement.reasons()))
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
    Optional<LocalDate> first = history.incidents().stream()
        .filter(i -> i.type().qualifiesForRepeat())
        .map(Incident::date)
        .filter(d -> d.isAfter(lastReferral) && !d.isAfter(windowEnd))
        .min(LocalDate::compareTo);
    if (first.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(RouteFinding.builder()
        .route(MaracRoute.REPEAT)
        .lastReferral(lastReferral)
        .incidentDate(first.get())
        .explanation("qualifying incident on " + first.get() + " within " + parameters.repeatWindowMonths()
            + " months of the last referral on " + lastReferral)
        .build());
  }
}
