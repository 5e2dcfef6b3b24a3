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
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.safeguard.core.PerpetratorWork;
import org.safeguard.core.Safeguard;
import org.safeguard.core.casework.CaseFile;
import org.safeguard.core.outcome.AbuseProfile;
import org.safeguard.core.outcome.AbuseType;
import org.safeguard.core.outcome.CohortReport;
import org.safeguard.core.outcome.OutcomeMeasure;
import org.safeguard.core.outcome.Rate;
import org.safeguard.core.outcome.Severity;
import org.safeguard.core.perpetrator.AssessmentPoint;
import org.safeguard.core.perpetrator.BehaviourRecord;
import org.safeguard.core.perpetrator.BehaviourSource;
import org.safeguard.core.perpetrator.Caseload;
import org.safeguard.core.perpetrator.ClosurePlan;
import org.safeguard.core.perpetrator.EngagementLevel;
import org.safeguard.core.perpetrator.ExitReason;
import org.safeguard.core.perpetrator.Exposure;
import org.safeguard.core.perpetrator.LeverBreach;
import org.safeguard.core.perpetrator.LeverKind;
import org.safeguard.core.perpetrator.LivingArrangement;
import org.safeguard.core.perpetrator.NeedArea;
import org.safeguard.core.perpetrator.NeedLevel;
import org.safeguard.core.perpetrator.NeedsRecord;
import org.safeguard.core.perpetrator.PerpetratorCase;
import org.safeguard.core.perpetrator.PerpetratorChange;
import org.safeguard.core.perpetrator.PerpetratorEvent;
import org.safeguard.core.perpetrator.PerpetratorReport;
import org.safeguard.core.perpetrator.Relationship;
import org.safeguard.core.perpetrator.ScoreRecord;
import org.safeguard.core.perpetrator.ScoreTally;
import org.safeguard.core.perpetrator.StandardDisruptions;
import org.safeguard.core.perpetrator.StatutoryLever;
import org.safeguard.core.perpetrator.VictimLink;
import org.safeguard.core.perpetrator.WorkEntry;
import org.safeguard.core.perpetrator.WorkKind;
import org.safeguard.core.perpetrator.WorkMode;
import org.safeguard.core.perpetrator.WorkObjective;
import org.safeguard.model.Agency;
import org.safeguard.model.Answer;
import org.safeguard.model.Instrument;
import org.safeguard.model.Responses;
import org.safeguard.planning.CostBearer;
import org.safeguard.planning.MaracCaseCosts;

/**
 * The perpetrator side beside the victim side: for each sample case the MARAC screen referred, a
 * Drive-style perpetrator case linked to it, worked through allocation (with the case manager's
 * caseload), background research, the contact-safety gate, contact and engagement, behaviour, needs
 * and the Drive-DASH at intake and closure, the case manager's work log with its disruption
 * actions, a restraining order and its breaches, and closure; then the programme's outcome report,
 * with the linked victims' risk as their IDVAs rated it and the evaluation's costs.
 * The journeys are synthetic, drawn with a fixed seed; the shares they are drawn with are the Drive
 * evaluation's (2019) where it gives one (of those given direct work, 54% engaged, 15% partially and
 * 31% not), and plainly invented where it does not (how often contact is judged unsafe or fails,
 * early exits, which behaviour, answers and work).
 */
final class PerpetratorSide {
  static final long SEED = 2020;
  /** The Drive-DASH's id, as its plugin registers it. */
  static final String DRIVE_DASH = "drive-dash";
  private static final int CASE_MANAGERS = 3;

  private PerpetratorSide() {}

  /** A perpetrator case worked to closure, and the events that took it there. */
  record Worked(PerpetratorCase perpetratorCase, List<PerpetratorEvent> events) {}

  /** Runs commands on one case, keeping its events. */
  private static final class Journey {
    PerpetratorCase at;
    final List<PerpetratorEvent> events = new ArrayList<>();

    Journey(PerpetratorChange opened) {
      at = opened.perpetratorCase();
      events.addAll(opened.events());
    }

    PerpetratorChange then(Function<PerpetratorCase, PerpetratorChange> command) {
      PerpetratorChange change = command.apply(at);
      at = change.perpetratorCase();
      events.addAll(change.events());
      return change;
    }
  }

  /** The perpetrator cases for the referred sample cases, each closed, in the order of the cases. */
  static List<Worked> work(Safeguard safeguard, List<ScreenedCase> screened, LocalDate referredOn) {
    PerpetratorWork work = safeguard.perpetratorWork();
    Instrument driveDash = safeguard.instrument(DRIVE_DASH);
    Random random = new Random(SEED);
    List<Worked> worked = new ArrayList<>();
    List<PerpetratorCase> open = new ArrayList<>();
    for (ScreenedCase s : screened) {
      if (!s.decision().referToMarac()) {
        continue;
      }
      Relationship relationship = random.nextInt(3) == 0 ? Relationship.CURRENT_PARTNER : Relationship.EX_PARTNER;
      LivingArrangement living = relationship == Relationship.CURRENT_PARTNER && random.nextBoolean()
          ? LivingArrangement.LIVING_TOGETHER : LivingArrangement.LIVING_APART;
      Journey j = new Journey(work.refer("P-" + s.caseId(), VictimLink.primary(s.caseId(), relationship, living, referredOn)));
      LocalDate allocated = referredOn.plusDays(2 + random.nextInt(10));
      String manager = "cm-" + (1 + random.nextInt(CASE_MANAGERS));
      j.then(c -> work.allocate(c, manager, allocated, open));
      j.then(c -> work.recordWork(c, WorkEntry.of(allocated.plusDays(1), WorkKind.BACKGROUND_RESEARCH, Agency.POLICE, WorkMode.RECORDS_CHECK)));
      LocalDate intake = allocated.plusDays(5);
      AbuseProfile atIntake = behaviour(random, null);
      j.then(c -> work.recordBehaviour(c, new BehaviourRecord(AssessmentPoint.INTAKE, intake, BehaviourSource.CASE_MANAGER, atIntake)));
      j.then(c -> work.recordNeeds(c, new NeedsRecord(AssessmentPoint.INTAKE, intake, needs(random))));
      Responses intakeAnswers = driveDashAnswers(driveDash, random, 0.45);
      j.then(c -> work.recordScore(c, new ScoreRecord(AssessmentPoint.INTAKE, intake, driveDash.score(intakeAnswers))));
      if (random.nextInt(5) < 2) {
        j.then(c -> work.recordLever(c, StatutoryLever.of("ro-1", LeverKind.RESTRAINING_ORDER, referredOn.minusDays(60))));
        if (random.nextBoolean()) {
          LocalDate breached = allocated.plusDays(20 + random.nextInt(60));
          j.then(c -> work.recordBreach(c, new LeverBreach("ro-1", breached, Agency.PERPETRATOR_SERVICE)));
          j.then(c -> work.recordWork(c, WorkEntry.disruption(breached.plusDays(1), Agency.POLICE, WorkMode.TELEPHONE, WorkObjective.DISRUPT,
              StandardDisruptions.BREACH_REPORTED)));
        }
      }
      String action = random.nextBoolean() ? StandardDisruptions.MAPPA_REFERRAL : StandardDisruptions.INFORMATION_SHARED;
      j.then(c -> work.recordWork(c, WorkEntry.disruption(allocated.plusDays(14), Agency.PROBATION, WorkMode.MEETING,
          random.nextBoolean() ? WorkObjective.DISRUPT : WorkObjective.SUPPORT_AND_DISRUPT, action)));
      for (int month = 1; month <= 3; month++) {
        LocalDate update = allocated.plusMonths(month);
        j.then(c -> work.recordWork(c, WorkEntry.of(update, WorkKind.CASE_UPDATE, Agency.IDVA_SERVICE, WorkMode.EMAIL)));
      }
      LocalDate researched = allocated.plusDays(7 + random.nextInt(14));
      boolean safe = random.nextInt(10) != 0;
      j.then(c -> work.judgeContactSafety(c, researched, safe));
      LocalDate closing = referredOn.plusMonths(10);
      int sessions = 0;
      if (safe) {
        boolean made = random.nextInt(4) != 0;
        LocalDate tried = researched.plusDays(1 + random.nextInt(7));
        j.then(c -> work.attemptContact(c, tried, made));
        if (made) {
          int draw = random.nextInt(100);
          EngagementLevel level = draw < 54 ? EngagementLevel.ENGAGED : draw < 69 ? EngagementLevel.PARTIALLY_ENGAGED
              : EngagementLevel.NOT_ENGAGED;
          j.then(c -> work.recordEngagement(c, tried.plusDays(30), level));
          for (int call = 4 + random.nextInt(5); call > 0; call--) {
            LocalDate on = tried.plusDays(7L * call);
            WorkMode mode = random.nextBoolean() ? WorkMode.TELEPHONE : WorkMode.TEXT_MESSAGE;
            j.then(c -> work.recordWork(c, WorkEntry.of(on, WorkKind.MAINTAINING_CONTACT, Agency.PERPETRATOR_SERVICE, mode)));
          }
          sessions = level == EngagementLevel.ENGAGED ? 2 + random.nextInt(5) : level == EngagementLevel.PARTIALLY_ENGAGED ? random.nextInt(2) : 0;
          for (int n = 1; n <= sessions; n++) {
            LocalDate on = tried.plusDays(30L + 14L * n);
            j.then(c -> work.recordWork(c, WorkEntry.of(on, WorkKind.BEHAVIOUR_CHANGE, Agency.PERPETRATOR_SERVICE, WorkMode.FACE_TO_FACE)));
          }
          if (level != EngagementLevel.NOT_ENGAGED) {
            j.then(c -> work.recordWork(c, WorkEntry.of(tried.plusDays(60), WorkKind.DIRECT_SUPPORT, Agency.HOUSING, WorkMode.FACE_TO_FACE)));
          }
          if (level != EngagementLevel.NOT_ENGAGED && random.nextInt(3) == 0) {
            LocalDate from = closing;
            j.then(c -> work.stepDown(c, from));
            closing = j.at.stepDown().orElseThrow().until();
          }
        } else {
          j.then(c -> work.recordEngagement(c, tried.plusDays(30), EngagementLevel.NO_CONTACT_MADE));
        }
      }
      ExitReason reason = random.nextInt(20) == 0 ? ExitReason.MOVED_AWAY : ExitReason.COMPLETED;
      LocalDate closed = reason.early() ? closing.minusMonths(4) : closing;
      if (!reason.early()) {
        Set<Agency> handover = random.nextBoolean() ? EnumSet.of(Agency.PROBATION, Agency.IDVA_SERVICE) : EnumSet.of(Agency.POLICE);
        j.then(c -> work.planClosure(c, new ClosurePlan(closed.minusDays(14), handover)));
        AbuseProfile atClosure = behaviour(random, sessions > 0 ? atIntake : null);
        j.then(c -> work.recordBehaviour(c, new BehaviourRecord(AssessmentPoint.CLOSURE, closed, BehaviourSource.CASE_MANAGER, atClosure)));
        Responses closureAnswers = driveDashAnswers(driveDash, random, sessions > 0 ? 0.2 : 0.35);
        j.then(c -> work.recordScore(c, new ScoreRecord(AssessmentPoint.CLOSURE, closed, driveDash.score(closureAnswers))));
      }
      j.then(c -> work.close(c, closed, reason));
      open.add(j.at);
      worked.add(new Worked(j.at, List.copyOf(j.events)));
    }
    return worked;
  }

  /**
   * The case manager's view of the behaviour: at intake drawn afresh; at closure, for a case with
   * behaviour-change sessions, each type at intake stopped or a level lower more often than not.
   */
  private static AbuseProfile behaviour(Random random, AbuseProfile intake) {
    Map<AbuseType, Severity> present = new EnumMap<>(AbuseType.class);
    for (AbuseType type : AbuseType.values()) {
      if (intake != null) {
        intake.severityOf(type).ifPresent(was -> {
          int lower = was.ordinal() - 1 - random.nextInt(2);
          if (lower >= 0 && random.nextInt(3) > 0) {
            present.put(type, Severity.values()[lower]);
          }
        });
      } else if (random.nextInt(100) < (type == AbuseType.SEXUAL ? 5 : 55)) {
        present.put(type, Severity.values()[random.nextInt(Severity.values().length)]);
      }
    }
    return AbuseProfile.of(present);
  }

  /** Needs at intake: most areas rated, some not known, a few not rated at all. */
  private static Map<NeedArea, NeedLevel> needs(Random random) {
    Map<NeedArea, NeedLevel> levels = new EnumMap<>(NeedArea.class);
    for (NeedArea area : NeedArea.values()) {
      int draw = random.nextInt(10);
      if (draw < 7) {
        levels.put(area, draw < 4 ? NeedLevel.NONE : NeedLevel.values()[1 + random.nextInt(4)]);
      } else if (draw < 9) {
        levels.put(area, NeedLevel.DONT_KNOW);
      }
    }
    return levels;
  }

  /** Drive-DASH answers: each item yes with the given chance; one assessment in five mostly not known. */
  private static Responses driveDashAnswers(Instrument driveDash, Random random, double yes) {
    boolean littleKnown = random.nextInt(5) == 0;
    Responses.Builder answers = Responses.builder(driveDash);
    for (String item : driveDash.itemIds()) {
      double draw = random.nextDouble();
      answers.answer(item, draw < (littleKnown ? 0.7 : 0.15) ? Answer.NOT_KNOWN : random.nextDouble() < yes ? Answer.YES : Answer.NO);
    }
    return answers.build();
  }

  /** The section of the summary: the cases, the contact gate, engagement, then the outcome report's headline rates. */
  static String render(Safeguard safeguard, List<Worked> worked, List<CaseFile> victimFiles) {
    String nl = System.lineSeparator();
    List<PerpetratorCase> cases = worked.stream().map(Worked::perpetratorCase).toList();
    int unsafe = 0;
    int contacted = 0;
    int steppedDown = 0;
    int early = 0;
    Map<EngagementLevel, Integer> atClosure = new EnumMap<>(EngagementLevel.class);
    for (PerpetratorCase c : cases) {
      LocalDate closed = c.closure().orElseThrow().on();
      unsafe += c.safetyJudgements().stream().anyMatch(j -> !j.safe()) ? 1 : 0;
      contacted += c.contactMadeBy(closed) ? 1 : 0;
      steppedDown += c.stepDown().isPresent() ? 1 : 0;
      early += c.closure().orElseThrow().reason().early() ? 1 : 0;
      atClosure.merge(c.engagementOn(closed), 1, Integer::sum);
    }
    StringBuilder out = new StringBuilder(nl).append("Perpetrator side: ").append(cases.size())
        .append(" Drive-style perpetrator cases, one for each sample case referred to MARAC, linked to its victim's case (synthetic"
            + " journeys, seed ").append(SEED).append(")").append(nl)
        .append("  contact judged unsafe after background research, so never attempted: ").append(unsafe).append(nl)
        .append("  contact made: ").append(contacted).append(nl)
        .append("  engagement at closure:");
    for (EngagementLevel level : EngagementLevel.values()) {
      out.append(' ').append(words(level)).append(' ')
          .append(atClosure.getOrDefault(level, 0)).append(level.ordinal() < EngagementLevel.values().length - 1 ? "," : "");
    }
    PerpetratorReport report = PerpetratorReport.of(cases);
    out.append(nl).append("  stepped down to check-ins: ").append(steppedDown).append("; closed early: ").append(early)
        .append("; every case closed, with or without contact, with a closure plan handing it over in ").append(report.closurePlanShare())
        .append(nl);
    BehaviourSource cm = BehaviourSource.CASE_MANAGER;
    out.append("  physical abuse, case manager's view: ").append(report.prevalence(cm, AssessmentPoint.INTAKE, AbuseType.PHYSICAL))
        .append(" at intake, ").append(report.prevalence(cm, AssessmentPoint.CLOSURE, AbuseType.PHYSICAL)).append(" at closure; stopped in ")
        .append(report.stopped(cm, AbuseType.PHYSICAL, Exposure.ALL)).append(" (with a behaviour-change session ")
        .append(report.stopped(cm, AbuseType.PHYSICAL, Exposure.BEHAVIOUR_CHANGE_SESSION)).append(")").append(nl);
    ScoreTally dashIn = report.scores(AssessmentPoint.INTAKE, DRIVE_DASH);
    ScoreTally dashOut = report.scores(AssessmentPoint.CLOSURE, DRIVE_DASH);
    out.append("  Drive-DASH mean: ").append(mean(dashIn)).append(" at intake (").append(dashIn.valid()).append(" valid, ")
        .append(dashIn.excluded()).append(" excluded with 11 or more not known), ").append(mean(dashOut)).append(" at closure (")
        .append(dashOut.valid()).append(" valid, ").append(dashOut.excluded()).append(" excluded)").append(nl);
    Rate direct = report.directShare();
    out.append("  work log: ").append(report.workEntries()).append(" entries, direct ").append(direct)
        .append("; of the cases with direct work, a behaviour-change session in ").append(report.sessionReach()).append(nl);
    out.append("  restraining order in ").append(report.leverReach(LeverKind.RESTRAINING_ORDER)).append(" of cases, breached in ")
        .append(report.breachShare(LeverKind.RESTRAINING_ORDER)).append(nl);
    java.util.Set<String> linked = new java.util.HashSet<>();
    cases.forEach(c -> c.victims().forEach(v -> linked.add(v.victimCaseId())));
    List<CaseFile> victims = victimFiles.stream().filter(f -> linked.contains(f.caseId())).toList();
    CohortReport victimSide = Quickstart.sampleReport(safeguard, victims);
    out.append("  the ").append(victims.size()).append(" linked victims' risk, as their IDVAs rated it: reduced in ")
        .append(victimSide.overall(OutcomeMeasure.RISK_REDUCED)).append(nl);
    MaracCaseCosts costs = MaracCaseCosts.DRIVE_2019;
    out.append("  cost (").append(costs.id()).append(' ').append(costs.version()).append(", for cases at the MARAC threshold only): delivery ")
        .append(pounds(costs.delivery(cases.size()))).append(" for ").append(cases.size()).append(" perpetrators (")
        .append(pounds(costs.deliveryPerPerpetrator())).append(" each), against ").append(pounds(costs.perCase()))
        .append(" a year to public services for each MARAC case (").append(pounds(costs.perCase(CostBearer.PERPETRATOR)))
        .append(" of it following the perpetrator)").append(nl);
    Caseload busiest = busiest(safeguard.perpetratorWork(), cases);
    out.append("  busiest caseload: ").append(busiest.openCases()).append(" open cases on ").append(busiest.on()).append(" against a limit of ")
        .append(busiest.limit()).append(busiest.over() ? " (over the limit)" : "").append(nl);
    return out.toString();
  }

  private static String words(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String pounds(java.math.BigDecimal amount) {
    return String.format(Locale.UK, "£%,d", amount.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
  }

  private static String mean(ScoreTally tally) {
    return tally.mean().isPresent() ? String.format(Locale.ROOT, "%.1f", tally.mean().getAsDouble()) : "-";
  }

  /** The largest caseload any case manager held on the day one of their cases was allocated. */
  private static Caseload busiest(PerpetratorWork work, List<PerpetratorCase> cases) {
    Caseload busiest = null;
    for (PerpetratorCase c : cases) {
      var allocation = c.allocations().get(0);
      Caseload load = work.caseload(cases, allocation.caseManagerId(), allocation.on());
      if (busiest == null || load.openCases() > busiest.openCases()) {
        busiest = load;
      }
    }
    return busiest == null ? new Caseload("none", LocalDate.of(2026, 1, 1), 0, work.parameters().caseloadLimit()) : busiest;
  }
}
