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
package org.safeguard.examples.casesystem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.safeguard.core.Casework;
import org.safeguard.core.MaracMeetings;
import org.safeguard.core.PerpetratorWork;
import org.safeguard.core.Safeguard;
import org.safeguard.core.casework.CaseChange;
import org.safeguard.core.casework.CaseFile;
import org.safeguard.core.casework.Closure;
import org.safeguard.core.casework.ClosureReason;
import org.safeguard.core.casework.Consent;
import org.safeguard.core.casework.ConsentMethod;
import org.safeguard.core.casework.Contact;
import org.safeguard.core.casework.ContactChannel;
import org.safeguard.core.casework.Intervention;
import org.safeguard.core.casework.InterventionResult;
import org.safeguard.core.casework.Measures;
import org.safeguard.core.casework.Review;
import org.safeguard.core.casework.ReviewKind;
import org.safeguard.core.casework.SharingReason;
import org.safeguard.core.casework.StandardInterventions;
import org.safeguard.core.marac.Incident;
import org.safeguard.core.marac.MaracAction;
import org.safeguard.core.marac.MaracMeeting;
import org.safeguard.core.marac.MeetingChange;
import org.safeguard.core.outcome.AbuseProfile;
import org.safeguard.core.outcome.AbuseType;
import org.safeguard.core.outcome.Severity;
import org.safeguard.core.perpetrator.ContactAttempt;
import org.safeguard.core.perpetrator.ContactSafety;
import org.safeguard.core.perpetrator.EngagementLevel;
import org.safeguard.core.perpetrator.ExitReason;
import org.safeguard.core.perpetrator.LivingArrangement;
import org.safeguard.core.perpetrator.PerpetratorCase;
import org.safeguard.core.perpetrator.PerpetratorChange;
import org.safeguard.core.perpetrator.Relationship;
import org.safeguard.core.perpetrator.VictimLink;
import org.safeguard.model.Agency;
import org.safeguard.model.IncidentType;

/**
 * Synthetic cases and the commands a caseworker runs on them, for the demonstration and the
 * tests. No real person: a case is an id, a date and a count of "yes" answers on the SafeLives
 * Dash RIC, from which the rest is drawn.
 */
final class SampleCases {
  static final String CHECKLIST = "safelives-dash-ric";

  private final Safeguard safeguard;
  private final List<String> items;

  SampleCases(Safeguard safeguard) {
    this.safeguard = safeguard;
    this.items = safeguard.instrument(CHECKLIST).itemIds();
  }

  /** The measures of a checklist with {@code yes} answers yes and the rest no, on a day. */
  Measures measures(LocalDate on, int yes) {
    Map<AbuseType, Severity> abuse = new EnumMap<>(AbuseType.class);
    abuse.put(AbuseType.JEALOUS_AND_CONTROLLING, yes >= 10 ? Severity.HIGH : Severity.MODERATE);
    if (yes >= 5) {
      abuse.put(AbuseType.PHYSICAL, yes >= 14 ? Severity.HIGH : Severity.STANDARD);
    }
    if (yes % 3 == 0) {
      abuse.put(AbuseType.HARASSMENT_AND_STALKING, Severity.MODERATE);
    }
    return Measures.builder()
        .on(on)
        .assessment(safeguard.assess(safeguard.responses(CHECKLIST).yes(items.subList(0, yes)).no(items.subList(yes, items.size())).build()))
        .abuse(AbuseProfile.of(abuse))
        .childrenInHousehold(yes % 3)
        .build();
  }

  /** Opens a case referred on a day, with its intake checklist the next day. */
  CaseChange open(String caseId, LocalDate referredOn, int yes) {
    return safeguard.casework().open(caseId, referredOn, 19 + yes, measures(referredOn.plusDays(1), yes));
  }

  /** A case's journey from referral to closure, a command a step, as one caseworker runs it. */
  List<Function<CaseFile, CaseChange>> journey(LocalDate referredOn, int yes) {
    Casework work = safeguard.casework();
    return List.of(
        c -> work.screenForMarac(c, referredOn.plusDays(2)),
        c -> work.recordConsent(c, Consent.builder().recordedOn(referredOn.plusDays(3)).method(ConsentMethod.WRITTEN)
            .contactAgreed(true).shareWith(Set.of(Agency.POLICE)).build()),
        c -> work.share(c, referredOn.plusDays(4), Agency.POLICE),
        c -> work.startIntervention(c, Intervention.builder().id("safety-plan").kind(StandardInterventions.SAFETY_PLANNING)
            .start(referredOn.plusDays(5)).build()),
        c -> work.recordContact(c, Contact.significant(referredOn.plusDays(9), ContactChannel.PHONE)),
        c -> work.endIntervention(c, "safety-plan", referredOn.plusDays(40), InterventionResult.ACHIEVED),
        c -> work.recordReview(c, Review.builder().kind(ReviewKind.CLOSURE).measures(measures(referredOn.plusDays(130), yes / 3)).build()),
        c -> work.close(c, Closure.of(referredOn.plusDays(131), ClosureReason.SUPPORT_COMPLETED)));
  }

  /**
   * A command drawn at random, as many caseworkers at once would run them: some the engine refuses
   * on the case as it stands (an intervention ended before it started, a closed case written to).
   */
  Function<CaseFile, CaseChange> any(Random random, LocalDate referredOn) {
    Casework work = safeguard.casework();
    int day = 2 + random.nextInt(150);
    LocalDate on = referredOn.plusDays(day);
    String intervention = "i" + random.nextInt(3);
    int reviewYes = random.nextInt(25);
    return switch (random.nextInt(9)) {
      case 0 -> c -> work.screenForMarac(c, on);
      case 1 -> c -> work.recordContact(c, Contact.of(on, ContactChannel.PHONE, day % 2 == 0));
      case 2 -> c -> work.recordIncident(c, Incident.of(on, IncidentType.VIOLENCE_OR_THREATS, Agency.POLICE));
      case 3 -> c -> work.startIntervention(c, Intervention.builder().id(intervention).kind(StandardInterventions.HOUSING).start(on).build());
      case 4 -> c -> work.endIntervention(c, intervention, on, InterventionResult.PARTLY_ACHIEVED);
      case 5 -> c -> work.recordConsent(c, Consent.builder().recordedOn(on).method(ConsentMethod.VERBAL).contactAgreed(true)
          .shareWith(Set.of(Agency.HOUSING)).build());
      case 6 -> c -> work.shareWithoutConsent(c, on, Agency.CHILDREN_SOCIAL_CARE, SharingReason.RISK_OF_SERIOUS_HARM);
      case 7 -> c -> work.recordReview(c, Review.builder().kind(ReviewKind.INTERIM).measures(measures(on, reviewYes)).build());
      default -> c -> work.close(c, Closure.of(on, ClosureReason.RISK_REDUCED));
    };
  }

  /** A perpetrator case referred beside a victim's case, and the steps a case manager takes on it to closure. */
  PerpetratorChange referPerpetrator(String victimCaseId, LocalDate referredOn) {
    return safeguard.perpetratorWork().refer("P-" + victimCaseId,
        VictimLink.primary(victimCaseId, Relationship.EX_PARTNER, LivingArrangement.LIVING_APART, referredOn));
  }

  List<Function<PerpetratorCase, PerpetratorChange>> perpetratorJourney(LocalDate referredOn) {
    PerpetratorWork work = safeguard.perpetratorWork();
    return List.of(
        c -> work.allocate(c, "cm-1", referredOn.plusDays(3)),
        c -> work.judgeContactSafety(c, ContactSafety.judgedSafe(referredOn.plusDays(10))),
        c -> work.attemptContact(c, ContactAttempt.succeeded(referredOn.plusDays(12))),
        c -> work.recordEngagement(c, referredOn.plusDays(40), EngagementLevel.ENGAGED),
        c -> work.close(c, referredOn.plusDays(200), ExitReason.COMPLETED));
  }

  /**
   * A MARAC meeting that hears cases and agrees an action for each with the police and one with
   * housing, then records the police action done.
   */
  MeetingChange scheduleMeeting(String meetingId, LocalDate on) {
    return safeguard.maracMeetings().schedule(meetingId, on, Set.of(Agency.POLICE, Agency.HOUSING, Agency.IDVA_SERVICE));
  }

  List<Function<MaracMeeting, MeetingChange>> meetingJourney(LocalDate on, List<String> caseIds) {
    MaracMeetings meetings = safeguard.maracMeetings();
    List<Function<MaracMeeting, MeetingChange>> steps = new ArrayList<>();
    steps.add(m -> meetings.recordAttendance(m, Set.of(Agency.POLICE, Agency.HOUSING, Agency.IDVA_SERVICE)));
    for (String caseId : caseIds) {
      String action = caseId.toLowerCase(Locale.ROOT); // an action id is a stable id: lower-case letters, digits, hyphens
      steps.add(m -> meetings.hear(m, caseId));
      steps.add(m -> meetings.agreeAction(m, MaracAction.agreed(action + "-police", caseId, Agency.POLICE, on.plusDays(7))));
      steps.add(m -> meetings.agreeAction(m, MaracAction.agreed(action + "-housing", caseId, Agency.HOUSING, on.plusDays(28))));
      steps.add(m -> meetings.completeAction(m, action + "-police", on.plusDays(5)));
    }
    return steps;
  }
}
