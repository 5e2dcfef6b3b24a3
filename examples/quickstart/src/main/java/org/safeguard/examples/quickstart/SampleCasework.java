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
package org.safeguard.examples.quickstart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.safeguard.core.Casework;
import org.safeguard.core.Safeguard;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.core.casework.CaseChange;
import org.safeguard.core.casework.CaseEvent;
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
import org.safeguard.core.outcome.RiskFactor;
import org.safeguard.core.casework.StandardInterventions;
import org.safeguard.core.outcome.AbuseProfile;
import org.safeguard.core.outcome.AbuseType;
import org.safeguard.core.outcome.OutcomeAnswer;
import org.safeguard.core.outcome.OutcomeQuestion;
import org.safeguard.core.outcome.Severity;
import org.safeguard.model.Agency;
import org.safeguard.model.Answer;
import org.safeguard.model.Responses;

/**
 * The casework half of the quickstart: each sample case is opened on its screening date, worked
 * for four months through the public casework commands (consent, safety plan, interventions,
 * contacts, the MARAC screen on the case's own history, a closing review) and closed, and its
 * outcome collected for the cohort report.
 *
 * <p>What happens in each case is drawn from a seed, with chances taken from the IDVA evaluation
 * <i>Safety in Numbers</i> (CAADA, 2009): how often each intervention was used (Table 4), the share of
 * cases with intensive support (65%, Finding 3), and the outcomes by number of interventions
 * (Figure 8). Intake abuse is read from the case's own Dash answers. Sixty cases are far too few
 * for the report to reproduce the published rates; they show the journey and the report's form.
 */
final class SampleCasework {
  /** The seed of the journeys; with the sample's own seed it fixes every run's output. */
  static final long SEED = 4004;

  /**
   * Table 4 (n = 1,247): the share of cases given each intervention, in per cent. "Subject to
   * MARAC" (34%) is left out: the case's own MARAC screen decides it, and a referral counts as that
   * kind of intervention. Child contact, social services and schools are per cent of the cases with
   * children (n = 873), and are drawn only for them.
   */
  private static final Map<String, Integer> TABLE_4 = Map.ofEntries(
      Map.entry(StandardInterventions.SAFETY_PLANNING, 81),
      Map.entry(StandardInterventions.CRIMINAL_COURT, 43),
      Map.entry(StandardInterventions.CIVIL_REMEDIES, 25),
      Map.entry(StandardInterventions.HOUSING, 49),
      Map.entry(StandardInterventions.TARGET_HARDENING, 30),
      Map.entry(StandardInterventions.SANCTUARY_SCHEME, 13),
      Map.entry(StandardInterventions.REFUGE, 13),
      Map.entry(StandardInterventions.CHILD_CONTACT, 51),
      Map.entry(StandardInterventions.SOCIAL_SERVICES, 27),
      Map.entry(StandardInterventions.SCHOOLS, 7),
      Map.entry(StandardInterventions.BENEFITS, 16),
      Map.entry(StandardInterventions.IMMIGRATION, 2),
      Map.entry(StandardInterventions.GP, 8),
      Map.entry(StandardInterventions.MENTAL_HEALTH, 7),
      Map.entry(StandardInterventions.DRUGS_AND_ALCOHOL, 6),
      Map.entry(StandardInterventions.COUNSELLING, 32),
      Map.entry(StandardInterventions.PATTERN_CHANGING, 10));

  /** The Dash RIC items that record a risk factor of the evaluation's Tables 1 to 3, or one of the victim's fears. */
  private static final Map<String, RiskFactor> RIC_FACTORS = Map.ofEntries(
      Map.entry("current-injury", RiskFactor.CURRENT_INCIDENT_INJURIES),
      Map.entry("very-frightened", RiskFactor.VICTIM_FRIGHTENED),
      Map.entry("fears-further-harm", RiskFactor.FEAR_OF_FURTHER_INJURY),
      Map.entry("child-contact-conflict", RiskFactor.CHILD_CONTACT_CONFLICT),
      Map.entry("stalking-or-harassment", RiskFactor.STALKING),
      Map.entry("abuse-getting-worse", RiskFactor.ESCALATION),
      Map.entry("control-or-jealousy", RiskFactor.JEALOUS_AND_CONTROLLING_BEHAVIOUR),
      Map.entry("weapons-or-objects", RiskFactor.USE_OF_WEAPONS),
      Map.entry("threats-to-kill", RiskFactor.THREATS_TO_KILL_VICTIM),
      Map.entry("strangulation", RiskFactor.STRANGULATION_OR_CHOKING),
      Map.entry("sexual-abuse", RiskFactor.SEXUAL_ABUSE),
      Map.entry("abuser-suicide-threats", RiskFactor.PERPETRATOR_SUICIDE_THREATS));

  /** Table 4's rows whose percentages are of the cases with children (note ††). */
  private static final Set<String> CHILD_KINDS = Set.of(StandardInterventions.CHILD_CONTACT, StandardInterventions.SOCIAL_SERVICES,
      StandardInterventions.SCHOOLS);

  /** Figure 8, per cent by band 0-1, 2-5, 6-10, 11+. */
  private static final Map<OutcomeQuestion, int[]> FIGURE_8 = Map.of(
      OutcomeQuestion.SOCIAL_SUPPORT_IMPROVED, new int[] {14, 43, 69, 88},
      OutcomeQuestion.COPING_IMPROVED, new int[] {20, 63, 81, 94},
      OutcomeQuestion.RISK_REDUCED, new int[] {39, 81, 93, 97},
      OutcomeQuestion.FEELS_SAFER, new int[] {37, 77, 88, 97});
  private static final int[] TOTAL_CESSATION = {31, 58, 66, 73};

  private SampleCasework() {}

  /** A case worked to closure, with the events casework gave on the way (what a case system stores). */
  record Worked(CaseFile file, List<CaseEvent> events) {}

  /** Works every case from referral to closure and returns the closed case files, in the order of the cases. */
  static List<CaseFile> run(Safeguard safeguard, List<SyntheticCase> cases, List<ScreenedCase> screened) {
    List<CaseFile> files = new ArrayList<>(cases.size());
    for (Worked w : work(safeguard, cases, screened)) {
      files.add(w.file());
    }
    return files;
  }

  /** Works every case from referral to closure, keeping each case's events, in the order of the cases. */
  static List<Worked> work(Safeguard safeguard, List<SyntheticCase> cases, List<ScreenedCase> screened) {
    Casework casework = safeguard.casework();
    List<Worked> files = new ArrayList<>(cases.size());
    for (int i = 0; i < cases.size(); i++) {
      Random random = new Random(SEED * 31 + i);
      // children drawn apart, so the other draws stay as they were
      int children = childrenInHousehold(new Random(SEED * 37 + i));
      // and the severity of abuse that goes on, apart too
      Random severity = new Random(SEED * 41 + i);
      files.add(journey(safeguard, casework, cases.get(i), screened.get(i).assessment(), random, children, severity));
    }
    return files;
  }

  /**
   * The children in the household: some in 70% of cases, as 873 of Table 4's 1,247 reviewed cases
   * had children (Safety in Numbers, Table 4, note ††), one to three of them.
   */
  static int childrenInHousehold(Random random) {
    return random.nextInt(1247) < 873 ? 1 + random.nextInt(3) : 0;
  }

  private static Worked journey(Safeguard safeguard, Casework casework, SyntheticCase c, Assessment atIntake, Random random,
      int children, Random severity) {
    List<CaseEvent> events = new ArrayList<>();
    LocalDate opened = SyntheticCases.SCREENING_DATE;
    AbuseProfile abuse = abuseFrom(c.responses());
    CaseFile file = keep(events,
        casework.open(c.caseId(), opened, c.victimAge(), measures(opened, atIntake, abuse, c.responses(), children)));
    for (var incident : c.incidents()) {
      file = keep(events, casework.recordIncident(file, incident));
    }
    file = keep(events, casework.recordConsent(file, Consent.builder().recordedOn(opened).method(ConsentMethod.VERBAL)
        .contactAgreed(true).shareWith(Set.of(Agency.POLICE, Agency.HOUSING, Agency.HEALTH)).build()));
    file = keep(events, casework.screenForMarac(file, opened));

    List<String> kinds = interventions(random);
    if (children == 0) {
      // support about children is only for a household with children; drawn all the same, to keep the draws in step
      kinds.removeAll(CHILD_KINDS);
    }
    for (int k = 0; k < kinds.size(); k++) {
      LocalDate start = opened.plusDays(1 + random.nextInt(60));
      String id = "i" + (k + 1);
      file = keep(events, casework.startIntervention(file, Intervention.builder().id(id).kind(kinds.get(k)).start(start).build()));
      file = keep(events, casework.endIntervention(file, id, start.plusDays(7 + random.nextInt(40)), InterventionResult.ACHIEVED));
    }
    boolean intensive = random.nextInt(100) < 65;
    int significant = intensive ? 6 + random.nextInt(7) : random.nextInt(6);
    for (int s = 0; s < significant; s++) {
      file = keep(events, casework.recordContact(file, Contact.significant(opened.plusDays(2 + 9 * s), ContactChannel.PHONE)));
    }

    int band = kinds.size() <= 1 ? 0 : kinds.size() <= 5 ? 1 : kinds.size() <= 10 ? 2 : 3;
    Map<OutcomeQuestion, OutcomeAnswer> answers = new EnumMap<>(OutcomeQuestion.class);
    FIGURE_8.forEach((question, rates) ->
        answers.put(question, random.nextInt(100) < rates[band] ? OutcomeAnswer.YES : OutcomeAnswer.NO));
    boolean allStopped = random.nextInt(100) < TOTAL_CESSATION[band];
    AbuseProfile atReview = allStopped ? AbuseProfile.none() : persisting(abuse, random, severity);
    Responses later = answers.get(OutcomeQuestion.RISK_REDUCED) == OutcomeAnswer.YES ? fewerYes(c.responses(), random) : c.responses();
    LocalDate reviewed = opened.plusDays(120);
    Review review = Review.builder().kind(ReviewKind.CLOSURE)
        .measures(measures(reviewed, safeguard.assess(later), atReview, later, children)).answers(answers).build();
    file = keep(events, casework.recordReview(file, review));
    file = keep(events, casework.close(file, Closure.of(reviewed, ClosureReason.SUPPORT_COMPLETED)));
    return new Worked(file, List.copyOf(events));
  }

  /** Keeps what a command recorded and goes on with the case as it now stands. */
  private static CaseFile keep(List<CaseEvent> events, CaseChange change) {
    events.addAll(change.events());
    return change.caseFile();
  }

  /** Abuse at intake as the Dash answers show it. */
  static AbuseProfile abuseFrom(Responses r) {
    Map<AbuseType, Severity> present = new EnumMap<>(AbuseType.class);
    if (yes(r, "current-injury") || yes(r, "strangulation") || yes(r, "weapons-or-objects")) {
      present.put(AbuseType.PHYSICAL, yes(r, "strangulation") || yes(r, "weapons-or-objects") ? Severity.HIGH : Severity.MODERATE);
    }
    if (yes(r, "sexual-abuse")) {
      present.put(AbuseType.SEXUAL, Severity.HIGH);
    }
    if (yes(r, "stalking-or-harassment")) {
      present.put(AbuseType.HARASSMENT_AND_STALKING, Severity.MODERATE);
    }
    if (yes(r, "control-or-jealousy")) {
      present.put(AbuseType.JEALOUS_AND_CONTROLLING, yes(r, "threats-to-kill") ? Severity.HIGH : Severity.MODERATE);
    }
    return AbuseProfile.of(present);
  }

  private static boolean yes(Responses r, String item) {
    return r.answer(item) == Answer.YES;
  }

  private static Measures measures(LocalDate on, Assessment assessment, AbuseProfile abuse, Responses r, int children) {
    Set<RiskFactor> factors = EnumSet.noneOf(RiskFactor.class);
    RIC_FACTORS.forEach((item, factor) -> {
      if (yes(r, item)) {
        factors.add(factor);
      }
    });
    return Measures.builder().on(on).assessment(assessment).abuse(abuse).riskFactors(factors).childrenInHousehold(children).build();
  }

  /** Interventions drawn item by item with Table 4's chances. */
  private static List<String> interventions(Random random) {
    List<String> chosen = new ArrayList<>();
    TABLE_4.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      if (random.nextInt(100) < e.getValue()) {
        chosen.add(e.getKey());
      }
    });
    return chosen;
  }

  /**
   * Some types present at intake go on; at least one, since not all abuse stopped. Each goes on at
   * moderate severity, or in two cases of five falls to standard, so that some cases show the
   * "complete or near cessation" that total cessation does not count.
   */
  private static AbuseProfile persisting(AbuseProfile atIntake, Random random, Random severity) {
    Map<AbuseType, Severity> still = new EnumMap<>(AbuseType.class);
    for (AbuseType type : atIntake.types()) {
      if (random.nextBoolean()) {
        still.put(type, severity.nextInt(5) < 2 ? Severity.STANDARD : Severity.MODERATE);
      }
    }
    if (still.isEmpty()) {
      still.put(atIntake.types().isEmpty() ? AbuseType.JEALOUS_AND_CONTROLLING : atIntake.types().iterator().next(),
          severity.nextInt(5) < 2 ? Severity.STANDARD : Severity.MODERATE);
    }
    return AbuseProfile.of(still);
  }

  /** The same checklist with about half its yes answers now no: how a reduced risk shows at review. */
  private static Responses fewerYes(Responses r, Random random) {
    Responses later = r;
    for (String item : r.instrument().itemIds()) {
      if (yes(r, item) && random.nextBoolean()) {
        later = later.with(item, Answer.NO);
      }
    }
    return later;
  }
}
