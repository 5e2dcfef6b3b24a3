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
package org.safeguard.synthetic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.safeguard.core.Casework;
import org.safeguard.core.Safeguard;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.core.assessment.JudgementReason;
import org.safeguard.core.casework.ActionCategory;
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
import org.safeguard.core.casework.SafetyAction;
import org.safeguard.core.marac.Incident;
import org.safeguard.core.outcome.AbuseProfile;
import org.safeguard.core.outcome.AbuseType;
import org.safeguard.core.outcome.OutcomeAnswer;
import org.safeguard.core.outcome.OutcomeQuestion;
import org.safeguard.core.outcome.RiskFactor;
import org.safeguard.core.outcome.Severity;
import org.safeguard.model.Agency;
import org.safeguard.model.Answer;
import org.safeguard.model.IncidentType;
import org.safeguard.model.Item;
import org.safeguard.model.Responses;
import org.safeguard.model.RiskLevel;

/**
 * Seeded synthetic case files, each worked through the engine's casework from referral to closure
 * with one of most things a case file holds: the intake checklist (some raised by a practitioner's
 * judgement, with a rationale), a safety plan, interventions, contacts, incidents, consent, a MARAC
 * screen, sharing, a closing review and the closure. The same seed gives the same files.
 */
public final class SyntheticCaseFiles {
  /** The instrument the intake checklists are answered on: the engine must have it loaded. */
  public static final String INSTRUMENT = "safelives-dash-ric";
  private static final LocalDate FIRST = LocalDate.of(2026, 1, 5);
  private static final List<String> KINDS = List.of("safety-planning", "housing", "target-hardening", "criminal-court", "gp", "counselling");

  /**
   * A case file with the checklist answers its intake was assessed from and the events casework
   * gave on the way.
   *
   * @param file the case file, closed
   * @param intakeAnswers the answers its intake assessment was made from
   * @param events the case's events in the order they were recorded, the opening first
   */
  public record Worked(CaseFile file, Responses intakeAnswers, List<CaseEvent> events) {}

  private SyntheticCaseFiles() {}

  /**
   * Makes {@code count} case files.
   *
   * @param engine the engine to work them through, with the {@link #INSTRUMENT} loaded
   * @param seed the seed: the same seed gives the same files
   * @param count how many
   * @return the files in the order made
   */
  public static List<Worked> generate(Safeguard engine, long seed, int count) {
    List<Worked> files = new ArrayList<>(count);
    each(engine, seed, count, files::add);
    return files;
  }

  /**
   * Makes the files one at a time and hands each on, holding none: a million pass in a small heap.
   *
   * @param engine the engine to work them through, with the {@link #INSTRUMENT} loaded
   * @param seed the seed: the same seed gives the same files
   * @param count how many
   * @param sink takes each file as it is made
   */
  public static void each(Safeguard engine, long seed, int count, java.util.function.Consumer<Worked> sink) {
    SplittableRandom random = new SplittableRandom(seed);
    Casework casework = engine.casework();
    List<Item> items = engine.instrument(INSTRUMENT).items();
    for (int c = 0; c < count; c++) {
      LocalDate opened = FIRST.plusDays(random.nextInt(300));
      Responses.Builder answers = engine.responses(INSTRUMENT).completedOn(opened).completedBy(Agency.IDVA_SERVICE);
      Answer[] checklist = SyntheticChecklists.generate(seed * 1_000_003L + c, 1, items.size()).get(0);
      for (int i = 0; i < checklist.length; i++) {
        String item = items.get(i).id();
        switch (checklist[i]) {
          case YES -> answers.yes(item);
          case NO -> answers.no(item);
          case NOT_KNOWN -> answers.notKnown(item);
          default -> answers.notAsked(item);
        }
      }
      Responses intake = answers.build();
      Assessment assessed = engine.assess(intake);
      if (assessed.level().orElse(RiskLevel.HIGH) != RiskLevel.HIGH && random.nextInt(4) == 0) {
        assessed = engine.raise(assessed, engine.judgement().level(RiskLevel.HIGH).assessorId("idva-" + random.nextInt(40))
            .rationale("synthetic rationale " + random.nextInt(1000) + ": she fears he will find the new address")
            .reasons(List.of(JudgementReason.STALKING)).at(Instant.parse("2026-01-05T09:00:00Z").plusSeconds(86_400L * random.nextInt(300)))
            .build());
      }
      Map<AbuseType, Severity> abuse = new EnumMap<>(AbuseType.class);
      for (AbuseType type : AbuseType.values()) {
        if (random.nextInt(3) == 0) {
          abuse.put(type, Severity.values()[random.nextInt(Severity.values().length)]);
        }
      }
      Measures atIntake = Measures.builder().on(opened).assessment(assessed).abuse(AbuseProfile.of(abuse))
          .addRiskFactors(RiskFactor.values()[random.nextInt(RiskFactor.values().length)]).childrenInHousehold(random.nextInt(4)).build();
      String caseId = "BM-" + seed + "-" + c;
      List<CaseEvent> events = new ArrayList<>();
      CaseFile file = keep(events, casework.open(caseId, opened, 16 + random.nextInt(60), atIntake));
      file = keep(events, casework.recordConsent(file, Consent.builder().recordedOn(opened).method(ConsentMethod.VERBAL).contactAgreed(true)
          .shareWith(Set.of(Agency.POLICE, Agency.HOUSING)).build()));
      for (int i = random.nextInt(3); i >= 0; i--) {
        Incident incident = Incident.builder().date(opened.plusDays(random.nextInt(20))).type(IncidentType.VIOLENCE_OR_THREATS)
            .reportedBy(Agency.POLICE).incidentId("POL-" + random.nextInt(1_000_000)).perpetratorId("P-" + random.nextInt(100_000)).build();
        file = keep(events, casework.recordIncident(file, incident));
      }
      file = keep(events, casework.screenForMarac(file, opened.plusDays(21)));
      file = keep(events, casework.reviseSafetyPlan(file, opened.plusDays(22), List.of(SafetyAction.builder().id("a1")
          .category(ActionCategory.values()[random.nextInt(ActionCategory.values().length)]).owner(Agency.HOUSING)
          .due(opened.plusDays(36)).reviewOn(opened.plusDays(50)).build())));
      int kinds = 1 + random.nextInt(KINDS.size());
      for (int k = 0; k < kinds; k++) {
        LocalDate start = opened.plusDays(22 + random.nextInt(30));
        file = keep(events, casework.startIntervention(file, Intervention.builder().id("i" + k).kind(KINDS.get(k)).start(start).build()));
        file = keep(events, casework.endIntervention(file, "i" + k, start.plusDays(5 + random.nextInt(30)), InterventionResult.ACHIEVED));
      }
      for (int s = random.nextInt(10); s >= 0; s--) {
        Contact contact = Contact.of(opened.plusDays(23 + 6 * s), ContactChannel.PHONE, random.nextBoolean());
        file = keep(events, casework.recordContact(file, contact));
      }
      file = keep(events, casework.share(file, opened.plusDays(24), Agency.POLICE));
      Map<OutcomeQuestion, OutcomeAnswer> outcome = new EnumMap<>(OutcomeQuestion.class);
      outcome.put(OutcomeQuestion.FEELS_SAFER, random.nextBoolean() ? OutcomeAnswer.YES : OutcomeAnswer.NO);
      LocalDate reviewed = opened.plusDays(130);
      file = keep(events, casework.recordReview(file, Review.builder().kind(ReviewKind.CLOSURE).measures(Measures.builder().on(reviewed)
          .assessment(engine.assess(intake)).abuse(AbuseProfile.none()).build()).answers(outcome).build()));
      file = keep(events, casework.close(file, Closure.of(reviewed, ClosureReason.SUPPORT_COMPLETED)));
      sink.accept(new Worked(file, intake, List.copyOf(events)));
    }
  }

  /** Keeps what a command recorded and goes on with the case as it now stands. */
  private static CaseFile keep(List<CaseEvent> events, CaseChange change) {
    events.addAll(change.events());
    return change.caseFile();
  }
}
