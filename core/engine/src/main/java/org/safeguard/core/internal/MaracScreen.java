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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;
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
 *       dated on or after the screening date less the window (default 12 months); reports that
 *       carry one incident id count once;
 *   <li><b>repeat</b>: an incident of a type the policy counts (by default any: SafeLives' current
 *       definition) dated after the last referral and no later than that date plus the window
 *       (default 12 months), however long after it the case is screened, and by the same
 *       perpetrator where both are recorded. An incident after the window makes a new referral.
 * </ul>
 *
 * <p>Where the policy sets a local medium-risk MARAC (Hertfordshire's Stevenage pilot), a case that
 * fires no other route, scores in its band on the instrument the band is for, and whose victim
 * consents is referred there instead.
 *
 * <p>Every route that does not fire is listed too, with what the screen found for it. Window ends
 * are inclusive: an incident exactly 12 months before the screening date counts, one day earlier
 * does not. An incident on the day of the last referral is the one referred, not a repeat. Victims
 * under the minimum age (default 16) go to children's safeguarding, with the routes that fired
 * still listed; those from it to the adult age (16 and 17) who go to a MARAC go to children's
 * social care as well; an age not recorded is screened as an adult's, and a note says so.
 * Immutable and thread-safe.
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

  /** What one route found, and whether that fires it. */
  private record Finding(boolean fired, RouteFinding evidence) {}

  /**
   * Screens a case; with no assessment (no checklist completed yet) the routes that need one do
   * not fire and a note says what is missing.
   */
  public MaracDecision screen(CaseHistory history, @Nullable Assessment assessment) {
    List<RouteFinding> fired = new ArrayList<>(4);
    List<RouteFinding> notFired = new ArrayList<>(5);
    List<Finding> findings = assessment == null
        ? List.of(unassessed(MaracRoute.VISIBLE_HIGH_RISK), unassessed(MaracRoute.PROFESSIONAL_JUDGEMENT), escalation(history), repeat(history))
        : List.of(visibleHighRisk(assessment), professionalJudgement(assessment), escalation(history), repeat(history));
    for (Finding finding : findings) {
      (finding.fired() ? fired : notFired).add(finding.evidence());
    }
    List<String> notes = new ArrayList<>(2);
    if (assessment == null) {
      notes.add("no checklist completed: screened on the incidents and earlier referrals alone; assess the case to weigh the other routes");
    }
    OptionalInt age = history.victimAge();
    if (age.isEmpty()) {
      notes.add("age not recorded: screened as an adult; under " + parameters.minimumAge() + " the route is children's safeguarding,"
          + " and under " + parameters.adultAge() + " children's social care as well as MARAC");
    }
    MaracOutcome outcome;
    if (age.isPresent() && age.getAsInt() < parameters.minimumAge()) {
      outcome = MaracOutcome.REFER_TO_CHILDREN_SAFEGUARDING;
      notes.add("age " + age.getAsInt() + ": under the MARAC minimum age of " + parameters.minimumAge() + " in policy "
          + policy.id() + ", so children's safeguarding");
    } else if (!fired.isEmpty()) {
      outcome = MaracOutcome.REFER_TO_MARAC;
    } else if (parameters.mediumRiskMarac().isPresent()) {
      Finding medium = assessment == null ? unassessed(MaracRoute.MEDIUM_RISK_BAND)
          : mediumRisk(history, assessment, parameters.mediumRiskMarac().get());
      (medium.fired() ? fired : notFired).add(medium.evidence());
      outcome = medium.fired() ? MaracOutcome.REFER_TO_MEDIUM_RISK_MARAC : MaracOutcome.NO_REFERRAL;
    } else {
      outcome = MaracOutcome.NO_REFERRAL;
    }
    boolean youngPerson = age.isPresent() && age.getAsInt() < parameters.adultAge()
        && (outcome == MaracOutcome.REFER_TO_MARAC || outcome == MaracOutcome.REFER_TO_MEDIUM_RISK_MARAC);
    if (youngPerson) {
      notes.add("age " + age.getAsInt() + ": under " + parameters.adultAge() + ", so children's social care as well as MARAC");
    }
    return MaracDecision.builder()
        .outcome(outcome)
        .alsoToChildrensSocialCare(youngPerson)
        .routes(fired)
        .notFired(notFired)
        .notes(notes)
        .asOf(history.asOf())
        .policyId(policy.id())
        .policyVersion(policy.version())
        .build();
  }

  private static Finding unassessed(MaracRoute route) {
    return new Finding(false, RouteFinding.builder().route(route).explanation("no checklist completed yet").build());
  }

  private static Finding visibleHighRisk(Assessment assessment) {
    RouteFinding.Builder evidence = RouteFinding.builder().route(MaracRoute.VISIBLE_HIGH_RISK);
    Optional<Band> band = assessment.band();
    String instrument = assessment.score().instrumentId();
    if (band.isEmpty()) {
      Optional<String> insufficient = assessment.insufficientInformation();
      return new Finding(false, evidence.explanation(insufficient.isPresent()
          ? "insufficient information on " + instrument + " to compute a level (" + insufficient.get() + ")"
          : "no level computed from the answers on " + instrument).build());
    }
    int score = assessment.score().value();
    return new Finding(band.get().level() == RiskLevel.HIGH, evidence
        .score(score)
        .explanation("score " + score + " on " + instrument + (assessment.belowHighRiskThreshold()
            ? " is below the visible high-risk threshold of policy " + assessment.policyId() + " (band " + band.get() + ")"
            : " is in band " + band.get() + " of policy " + assessment.policyId()))
        .build());
  }

  private static Finding professionalJudgement(Assessment assessment) {
    RouteFinding.Builder evidence = RouteFinding.builder().route(MaracRoute.PROFESSIONAL_JUDGEMENT);
    Optional<ProfessionalJudgement> given = assessment.judgement();
    if (given.isEmpty()) {
      return new Finding(false, evidence.explanation("no professional judgement recorded").build());
    }
    ProfessionalJudgement judgement = given.get();
    RiskLevel judged = judgement.level();
    return new Finding(judged == RiskLevel.HIGH, evidence
        .assessorId(judgement.assessorId())
        .reasons(judgement.reasons())
        .explanation("assessor " + judgement.assessorId()
            + assessment.computedLevel().map(level -> " raised the level from " + level + " to " + judged).orElse(" set the level to " + judged)
            + (judgement.reasons().isEmpty() ? "" : " for " + judgement.reasons()))
        .build());
  }

  private Finding escalation(CaseHistory history) {
    LocalDate windowStart = history.asOf().minusMonths(parameters.escalationWindowMonths());
    int reports = 0;
    int counted = 0;
    Set<String> seen = new HashSet<>();
    for (Incident incident : history.incidents()) {
      if (!incident.date().isBefore(windowStart)) {
        reports++;
        // reports of one incident by several agencies, under one id, count once
        if (incident.incidentId().isEmpty() || seen.add(incident.incidentId().get())) {
          counted++;
        }
      }
    }
    int threshold = parameters.escalationIncidents();
    boolean fires = counted >= threshold;
    String window = " incidents in the " + parameters.escalationWindowMonths() + " months to " + history.asOf();
    String duplicates = reports == counted ? "" : "; " + (reports - counted) + " further report(s) of an incident already counted";
    return new Finding(fires, RouteFinding.builder()
        .route(MaracRoute.POTENTIAL_ESCALATION)
        .incidentsCounted(counted)
        .windowStart(windowStart)
        .explanation((fires ? counted + window + ", at least " + threshold + " make potential escalation" : counted + " of " + threshold + window)
            + duplicates)
        .build());
  }

  private Finding repeat(CaseHistory history) {
    RouteFinding.Builder evidence = RouteFinding.builder().route(MaracRoute.REPEAT);
    Optional<LocalDate> last = history.previousReferrals().stream().max(LocalDate::compareTo);
    if (last.isEmpty()) {
      return new Finding(false, evidence.explanation("no previous referral").build());
    }
    LocalDate lastReferral = last.get();
    LocalDate windowEnd = lastReferral.plusMonths(parameters.repeatWindowMonths());
    evidence.lastReferral(lastReferral);
    Incident latest = null;
    int otherType = 0;
    int otherPerpetrator = 0;
    for (Incident incident : history.incidents()) {
      if (!incident.date().isAfter(lastReferral) || incident.date().isAfter(windowEnd)) {
        continue;
      }
      if (!parameters.repeatIncidentTypes().contains(incident.type())) {
        otherType++;
      } else if (byAnotherPerpetrator(history, incident)) {
        otherPerpetrator++;
      } else if (latest == null || incident.date().isAfter(latest.date())) {
        latest = incident;
      }
    }
    String window = "last referral " + lastReferral + ", repeat window " + (history.asOf().isAfter(windowEnd) ? "closed " : "open to ") + windowEnd;
    if (latest == null) {
      List<String> setAside = new ArrayList<>(2);
      if (otherType > 0) {
        setAside.add(otherType + " incident(s) in the window of a type policy " + policy.id() + " does not count for a repeat");
      }
      if (otherPerpetrator > 0) {
        setAside.add(otherPerpetrator + " incident(s) in the window by another perpetrator than the one referred");
      }
      String found = setAside.isEmpty() ? "no incident in the window" : String.join("; ", setAside);
      return new Finding(false, evidence.explanation(window + ": " + found).build());
    }
    String perpetrator = history.perpetratorIds().isEmpty() || latest.perpetratorId().isEmpty()
        ? "perpetrator not recorded" : "the same perpetrator";
    return new Finding(true, evidence
        .incidentDate(latest.date())
        .explanation(latest.type() + " incident on " + latest.date() + ", within " + parameters.repeatWindowMonths()
            + " months of the last referral on " + lastReferral + " (window to " + windowEnd + "); " + perpetrator)
        .build());
  }

  /** An incident by a perpetrator recorded as someone other than the one the referrals were about. */
  private static boolean byAnotherPerpetrator(CaseHistory history, Incident incident) {
    return !history.perpetratorIds().isEmpty() && incident.perpetratorId().isPresent()
        && !history.perpetratorIds().contains(incident.perpetratorId().get());
  }

  private Finding mediumRisk(CaseHistory history, Assessment assessment, Band band) {
    RouteFinding.Builder evidence = RouteFinding.builder().route(MaracRoute.MEDIUM_RISK_BAND);
    String range = band.lower() + "-" + band.upper().getAsInt();
    String instrument = parameters.mediumRiskInstrument().orElseThrow();
    if (!assessment.score().instrumentId().equals(instrument)) {
      return new Finding(false, evidence.explanation("the medium-risk MARAC band " + range + " of policy " + policy.id() + " places scores on "
          + instrument + ", and this assessment is on " + assessment.score().instrumentId()).build());
    }
    if (assessment.computedLevel().isEmpty()) {
      return new Finding(false, evidence.explanation((assessment.insufficientInformation().isPresent() ? "insufficient information"
          : "no level computed from the answers") + ", so no score to place in the medium-risk MARAC band " + range).build());
    }
    int score = assessment.score().value();
    evidence.score(score);
    if (!band.contains(score)) {
      return new Finding(false, evidence.explanation("score " + score + " is outside the medium-risk MARAC band " + range + " of policy "
          + policy.id()).build());
    }
    Optional<Boolean> consent = history.consentToReferral();
    if (!consent.orElse(false)) {
      return new Finding(false, evidence.explanation("score " + score + " is in the medium-risk MARAC band " + range + " of policy "
          + policy.id() + ", but " + (consent.isEmpty() ? "the victim's consent is not recorded" : "the victim does not consent")).build());
    }
    return new Finding(true, evidence
        .explanation("score " + score + " is in the medium-risk MARAC band " + range + " of policy " + policy.id() + " and the victim consents")
        .build());
  }
}
