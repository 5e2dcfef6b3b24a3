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
package org.safeguard.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeguard.core.casework.CaseRuleException;
import org.safeguard.core.perpetrator.Allocation;
import org.safeguard.core.perpetrator.AssessmentPoint;
import org.safeguard.core.perpetrator.BehaviourRecord;
import org.safeguard.core.perpetrator.BehaviourRecorded;
import org.safeguard.core.perpetrator.BehaviourSource;
import org.safeguard.core.perpetrator.BreachRecorded;
import org.safeguard.core.perpetrator.Caseload;
import org.safeguard.core.perpetrator.CaseManagerAllocated;
import org.safeguard.core.perpetrator.ClosurePlan;
import org.safeguard.core.perpetrator.ClosurePlanned;
import org.safeguard.core.perpetrator.ContactAttempt;
import org.safeguard.core.perpetrator.ContactAttempted;
import org.safeguard.core.perpetrator.ContactSafety;
import org.safeguard.core.perpetrator.ContactSafetyJudged;
import org.safeguard.core.perpetrator.Engagement;
import org.safeguard.core.perpetrator.EngagementLevel;
import org.safeguard.core.perpetrator.EngagementRecorded;
import org.safeguard.core.perpetrator.ExitReason;
import org.safeguard.core.perpetrator.LeverBreach;
import org.safeguard.core.perpetrator.LeverEnded;
import org.safeguard.core.perpetrator.LeverRecorded;
import org.safeguard.core.perpetrator.NeedsRecord;
import org.safeguard.core.perpetrator.NeedsRecorded;
import org.safeguard.core.perpetrator.PerpetratorCase;
import org.safeguard.core.perpetrator.PerpetratorCaseClosed;
import org.safeguard.core.perpetrator.PerpetratorChange;
import org.safeguard.core.perpetrator.PerpetratorClosure;
import org.safeguard.core.perpetrator.PerpetratorEvent;
import org.safeguard.core.perpetrator.PerpetratorReferred;
import org.safeguard.core.perpetrator.ProgrammeParameters;
import org.safeguard.core.perpetrator.ScoreRecord;
import org.safeguard.core.perpetrator.ScoreRecorded;
import org.safeguard.core.perpetrator.StandardDisruptions;
import org.safeguard.core.perpetrator.StatutoryLever;
import org.safeguard.core.perpetrator.SteppedDown;
import org.safeguard.core.perpetrator.StepDown;
import org.safeguard.core.perpetrator.VictimLink;
import org.safeguard.core.perpetrator.VictimLinked;
import org.safeguard.core.perpetrator.WorkEntry;
import org.safeguard.core.perpetrator.WorkKind;
import org.safeguard.core.perpetrator.WorkRecorded;
import org.safeguard.model.InterventionKind;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.RecordDates;
import org.safeguard.model.StableId;

/**
 * The perpetrator side of the work as commands over immutable snapshots, as a Drive-style
 * programme runs it: referral from MARAC with the primary victim, other victims' cases linked,
 * allocation to a case manager (with the caseload against the programme's limit), a
 * contact-safety judgement from background research before any contact (an attempt is made only
 * on a day the judgement in force says contact is safe), contact attempts, engagement over time,
 * behaviour, needs and risk scores assessed at intake, midpoint and closure, the case manager's work log
 * (indirect work with other agencies, disruption actions among it, and direct work with the
 * perpetrator), statutory levers and their breaches, an optional step-down of check-ins, a
 * closure plan handing the case over, and closure or an early exit. A case where no contact is ever made still runs and closes in the
 * ordinary way: indirect work goes on without contact.
 *
 * <p>Each command checks the rules and returns a {@link PerpetratorChange}: the next revision and
 * its event. A refused command throws {@link CaseRuleException} (or another
 * {@link InvalidInputException}) naming the field, the value and the rule; the snapshot passed in
 * is immutable, so nothing is half-changed. Get one from {@link Safeguard#perpetratorWork()}.
 * Thread-safe.
 */
public final class PerpetratorWork {
  private final Map<String, InterventionKind> disruptionActions;
  private final ProgrammeParameters parameters;

  /** Made by the engine, with its disruption catalogue by action id, and the Drive evaluation's numbers. */
  PerpetratorWork(Map<String, InterventionKind> disruptionActions) {
    this(Collections.unmodifiableMap(new LinkedHashMap<>(disruptionActions)), ProgrammeParameters.DRIVE);
  }

  private PerpetratorWork(Map<String, InterventionKind> disruptionActions, ProgrammeParameters parameters) {
    this.disruptionActions = disruptionActions;
    this.parameters = parameters;
  }

  /**
   * The same commands run by a programme's own numbers.
   *
   * @param parameters the caseload limit, step-down length and the rest
   * @return commands with those numbers; this one is unchanged
   */
  public PerpetratorWork with(ProgrammeParameters parameters) {
    return new PerpetratorWork(disruptionActions, MissingValueException.require("parameters", parameters));
  }

  /**
   * The numbers these commands run by.
   *
   * @return the parameters: {@link ProgrammeParameters#DRIVE} unless {@link #with} set others
   */
  public ProgrammeParameters parameters() {
    return parameters;
  }

  /**
   * The disruption actions this engine knows, by id: the standard catalogue
   * ({@link StandardDisruptions}) and what plugins add with catalogues of
   * {@link org.safeguard.model.CatalogUse#DISRUPTION_ACTIONS} use. A work entry names only one of these.
   *
   * @return the actions, by id, unmodifiable
   */
  public Map<String, InterventionKind> disruptionActions() {
    return disruptionActions;
  }

  /**
   * Opens a perpetrator case on referral, with its primary victim's case: the perpetrator is
   * referred on the day that link is made.
   *
   * @param caseId the case's id in the embedding system: letters, digits and {@code .-_:}, at most 64
   * @param primaryVictim the primary victim's link, marked primary, dated the day of referral
   * @return the case at revision 1, with its {@link PerpetratorReferred} event
   * @throws CaseRuleException when the link is not marked primary
   * @throws InvalidInputException when a value breaks a rule of {@link PerpetratorCase}
   */
  public PerpetratorChange refer(String caseId, VictimLink primaryVictim) {
    MissingValueException.require("caseId", caseId);
    MissingValueException.require("primaryVictim", primaryVictim);
    if (!primaryVictim.primary()) {
      throw new CaseRuleException("primaryVictim.primary", false, "the victim a perpetrator is referred with is the case's primary victim");
    }
    PerpetratorCase opened = PerpetratorCase.builder().caseId(caseId).addVictims(primaryVictim).revision(1).build();
    return change(opened, new PerpetratorReferred(caseId, 1, primaryVictim));
  }

  /**
   * Links another victim's case: a perpetrator harming more than one victim.
   *
   * @param perpetratorCase the case as it stands
   * @param link the victim's link, not marked primary, dated on or after the referral
   * @return the case with the link, and its {@link VictimLinked} event
   * @throws CaseRuleException when the case is closed, the link is dated before the referral, is
   *     marked primary, or the victim's case is already linked
   */
  public PerpetratorChange linkVictim(PerpetratorCase perpetratorCase, VictimLink link) {
    MissingValueException.require("perpetratorCase", perpetratorCase);
    MissingValueException.require("link", link);
    requireOpen(perpetratorCase, "link");
    requireFromReferral(perpetratorCase, "link.linkedOn", link.linkedOn());
    if (link.primary()) {
      throw new CaseRuleException("link.primary", true, "the case has its primary victim already; another victim is linked as secondary");
    }
    for (VictimLink linked : perpetratorCase.victims()) {
      if (linked.victimCaseId().equals(link.victimCaseId())) {
        throw new CaseRuleException("link.victimCaseId", link.victimCaseId(), "each victim case is linked once");
      }
    }
    PerpetratorCase next = next(perpetratorCase).addVictims(link).build();
    return change(next, new VictimLinked(next.caseId(), next.revision(), link));
  }

  /**
   * Allocates the case to a case manager, or moves it to another.
   *
   * @param perpetratorCase the case as it stands
   * @param caseManagerId the case manager's staff id
   * @param on the day of allocation: not before the referral, nor before the allocation in force
   * @return the case with its allocation, and its {@link CaseManagerAllocated} event
   * @throws CaseRuleException when the case is closed or the day is too early
   */
  public PerpetratorChange allocate(PerpetratorCase perpetratorCase, String caseManagerId, LocalDate on) {
    MissingValueException.require("perpetratorCase", perpetratorCase);
    Allocation allocation = new Allocation(caseManagerId, on);
    requireOpen(perpetratorCase, "allocation");
    requireFromReferral(perpetratorCase, "allocation.on", on);
    Optional<Allocation> before = perpetratorCase.allocation();
    if (before.isPresent() && on.isBefore(before.get().on())) {
      throw new CaseRuleException("allocation.on", on, "is not before the allocation in force, from " + before.get().on());
    }
    PerpetratorCase next = next(perpetratorCase).addAllocations(allocation).build();
    return change(next, new CaseManagerAllocated(next.caseId(), next.revision(), allocation));
  }

  /**
   * Allocates the case as {@link #allocate(PerpetratorCase, String, LocalDate)} does, and reports the
   * case manager's caseload after it: a warning when it goes over the limit, never a refusal.
   *
   * @param perpetratorCase the case as it stands
   * @param caseManagerId the case manager's staff id
   * @param on the day of allocation
   * @param caseManagersCases the programme's other cases, or at least the case manager's (any revision
   *     of this case among them is left out)
   * @return the case with its allocation, its event, and the case manager's {@link Caseload} that day
   * @throws CaseRuleException as for the allocation
   */
  public PerpetratorChange allocate(PerpetratorCase perpetratorCase, String caseManagerId, LocalDate on,
      Iterable<PerpetratorCase> caseManagersCases) {
    MissingValueException.requireElements("caseManagersCases", caseManagersCases);
    PerpetratorChange made = allocate(perpetratorCase, caseManagerId, on);
    List<PerpetratorCase> cases = new ArrayList<>();
    cases.add(made.perpetratorCase());
    for (PerpetratorCase other : caseManagersCases) {
      if (!other.caseId().equals(perpetratorCase.caseId())) {
        cases.add(other);
      }
    }
    return new PerpetratorChange(made.perpetratorCase(), made.events(), Optional.of(caseload(cases, caseManagerId, on)));
  }

  /**
   * A case manager's caseload on a day: the cases whose allocation in force that day is to them
   * and that had not closed by then.
   *
   * @param cases the programme's cases, each once
   * @param caseManagerId the case manager's staff id
   * @param on the day
   * @return the caseload against {@link ProgrammeParameters#caseloadLimit()}
   */
  public Caseload caseload(Iterable<PerpetratorCase> cases, String caseManagerId, LocalDate on) {
    MissingValueException.requireElements("cases", cases);
    StableId.requireReference("caseManagerId", caseManagerId);
    RecordDates.require("on", on);
    int open = 0;
    for (PerpetratorCase c : cases) {
      boolean closedBy = c.closure().isPresent() && !c.closure().get().on().isAfter(on);
      if (!closedBy && c.allocationOn(on).filter(a -> a.caseManagerId().equals(caseManagerId)).isPresent()) {
        open++;
      }
    }
    return new Caseload(caseManagerId, on, open, parameters.caseloadLimit());
  }

  /**
   * Records the case manager's judgement, from background research, of whether contacting the
   * perpetrator is safe for the victim. Contact is attempted only on a day when the judgement in
   * force (the latest made by then) says so.
   *
   * @param perpetratorCase the case as it stands, allocated
   * @param on the day of the judgement: not before the case was first allocated, and after every
   *     contact attempt and all direct work recorded
   * @param safe whether contact is judged safe
   * @return the case with the judgement, and its {@link ContactSafetyJudged} event
   * @throws CaseRuleException when the case is closed or not allocated, or the day is before the
   *     case was first allocated, or on or before a contact attempt or direct work already recorded
   * @see #judgeContactSafety(PerpetratorCase, ContactSafety) the same, with the judgement named at the call
   */
  public PerpetratorChange judgeContactSafety(PerpetratorCase perpetratorCase, LocalDate on, boolean safe) {
    MissingValueException.require("perpetratorCase", perpetratorCase);
    return judgeContactSafety(perpetratorCase, new ContactSafety(on, safe));
  }

  /**
   * Records the case manager's contact-safety judgement, as
   * {@link #judgeContactSafety(PerpetratorCase, LocalDate, boolean)} does, given as a value:
   * {@code judgeContactSafety(c, ContactSafety.judgedSafe(day))}.
   *
   * @param perpetratorCase the case as it stands, allocated
   * @param judgement the judgement and its day: not before the case was first allocated, and after
   *     every contact attempt and all direct work recorded
   * @return the case with the judgement, and its {@link ContactSafetyJudged} event
   * @throws CaseRuleException when the case is closed or not allocated, or the day is before the
   *     case was first allocated, or on or before a contact attempt or direct work already recorded
   */
  public PerpetratorChange judgeContactSafety(PerpetratorCase perpetratorCase, ContactSafety judgement) {
    MissingValueException.require("perpetratorCase", perpetratorCase);
    MissingValueException.require("judgement", judgement);
    LocalDate on = judgement.on();
    requireOpen(perpetratorCase, "contactSafety");
    requireAllocatedBy(perpetratorCase, "contactSafety.on", on);
    for (ContactAttempt attempt : perpetratorCase.contactAttempts()) {
      if (!on.isAfter(attempt.on())) {
        throw new CaseRuleException("contactSafety.on", on, "is after every contact attempt already recorded, the latest on "
            + attempt.on() + ": a judgement gates the attempts after it, never one already made");
      }
    }
    for (WorkEntry entry : perpetratorCase.work()) {
      if (entry.kind().direct() && !on.isAfter(entry.on())) {
        throw new CaseRuleException("contactSafety.on", on, "is after all direct work already recorded, the latest on "
            + entry.on() + ": a judgement gates the contact after it, never contact already made");
      }
    }
    PerpetratorCase next = next(perpetratorCase).addSafetyJudgements(judgement).build();
    return change(next, new ContactSafetyJudged(next.caseId(), next.revision(), judgement));
  }

  /**
   * Records an attempt to contact the perpetrator.
   *
   * @param perpetratorCase the case as it stands, allocated
   * @param on the day of the attempt
   * @param made whether contact was made
   * @return the case with the attempt, and its {@link ContactAttempted} event
   * @throws CaseRuleException when the case is closed or not allocated, the day is before the case
   *     was first allocated, or the contact-safety judgement in force that day does not say contact is safe
   *     (or none was made): contact is not attempted where it was judged unsafe; or, for contact
   *     made, engagement recorded on or after that day says no contact was made
   * @see #attemptContact(PerpetratorCase, ContactAttempt) the same, with the outcome named at the call
   */
  public PerpetratorChange attemptContact(PerpetratorCase perpetratorCase, LocalDate on, boolean made) {
    MissingValueException.require("perpetratorCase", perpetratorCase);
    return attemptContact(perpetratorCase, new ContactAttempt(on, made));
  }

  /**
   * Records an attempt to contact the perpetrator, as
   * {@link #attemptContact(PerpetratorCase, LocalDate, boolean)} does, given as a value:
   * {@code attemptContact(c, ContactAttempt.succeeded(day))}.
   *
   * @param perpetratorCase the case as it stands, allocated
   * @param attempt the attempt: its day and whether it made contact
   * @return the case with the attempt, and its {@link ContactAttempted} event
   * @throws CaseRuleException when the case is closed or not allocated, the day is before the case
   *     was first allocated, or the contact-safety judgement in force that day does not say contact is safe
   *     (or none was made); or, for contact made, engagement recorded on or after that day says no
   *     contact was made
   */
  public PerpetratorChange attemptContact(PerpetratorCase perpetratorCase, ContactAttempt attempt) {
    MissingValueException.require("perpetratorCase", perpetratorCase);
    MissingValueException.require("attempt", attempt);
    LocalDate on = attempt.on();
    requireOpen(perpetratorCase, "contactAttempt");
    requireAllocatedBy(perpetratorCase, "contactAttempt.on", on);
    requireSafeContact(perpetratorCase, "contactAttempt.on", on, "contact");
    if (attempt.made()) {
      for (Engagement e : perpetratorCase.engagement()) {
        if (e.level() == EngagementLevel.NO_CONTACT_MADE && !e.on().isBefore(on)) {
          throw new CaseRuleException("contactAttempt.on", on, "engagement recorded on " + e.on() + " says no contact was made by then");
        }
      }
    }
    PerpetratorCase next = next(perpetratorCase).addContactAttempts(attempt).build();
    return change(next, new ContactAttempted(next.caseId(), next.revision(), attempt));
  }

  /**
   * Records the perpetrator's engagement with the case manager on a day.
   *
   * @param perpetratorCase the case as it stands
   * @param on the day, not before the referral
   * @param level the level: {@link EngagementLevel#NO_CONTACT_MADE} only while no contact was made
   *     by then, any other only once it was
   * @return the case with the record, and its {@link EngagementRecorded} event
   * @throws CaseRuleException when the case is closed, the day is before the referral, or the level
   *     disagrees with the contact made by then
   */
  public PerpetratorChange recordEngagement(PerpetratorCase perpetratorCase, LocalDate on, EngagementLevel level) {
    MissingValueException.require("perpetratorCase", perpetratorCase);
    Engagement engagement = new Engagement(on, level);
    requireOpen(perpetratorCase, "engagement");
    requireFromReferral(perpetratorCase, "engagement.on", on);
    boolean contact = perpetratorCase.contactMadeBy(on);
    if (level == EngagementLevel.NO_CONTACT_MADE && contact) {
      throw new CaseRuleException("engagement.level", level, "contact with the perpetrator was made by " + on);
    }
    if (level != EngagementLevel.NO_CONTACT_MADE && !contact) {
      throw new CaseRuleException("engagement.level", level, "no contact with the perpetrator was made by " + on
          + "; engagement is recorded once contact is made");
    }
    PerpetratorCase next = next(perpetratorCase).addEngagement(engagement).build();
    return change(next, new EngagementRecorded(next.caseId(), next.revision(), engagement));
  }

  /**
   * Records the perpetrator's behaviour as assessed at a point of the case, from one source.
   *
   * @param perpetratorCase the case as it stands
   * @param record the assessment: the case manager's, on or after the case was first allocated, or
   *     the IDVA's, on or after the referral
   * @return the case with the record, and its {@link BehaviourRecorded} event
   * @throws CaseRuleException when the case is closed, the day is too early, the point already has
   *     a record from that source, or the day is out of order with that source's other points
   *     (intake, then midpoint, then closure)
   */
  public PerpetratorChange recordBehaviour(PerpetratorCase perpetratorCase, BehaviourRecord record) {
    MissingValueException.require("perpetratorCase", perpetratorCase);
    MissingValueException.require("record", record);
    requireOpen(perpetratorCase, "behaviour");
    if (record.source() == BehaviourSource.CASE_MANAGER) {
      requireAllocatedBy(perpetratorCase, "behaviour.on", record.on());
    } else {
      requireFromReferral(perpetratorCase, "behaviour.on", record.on());
    }
    for (BehaviourRecord made : perpetratorCase.behaviour()) {
      if (made.source() == record.source()) {
        requireInOrder("behaviour", made.point(), made.on(), record.point(), record.on(), "from the " + record.source() + " ");
      }
    }
    PerpetratorCase next = next(perpetratorCase).addBehaviour(record).build();
    return change(next, new BehaviourRecorded(next.caseId(), next.revision(), record));
  }

  /**
   * Records the perpetrator's needs as rated at a point of the case. A record rating no area is
   * kept as an empty assessment.
   *
   * @param perpetratorCase the case as it stands, allocated
   * @param record the ratings, dated on or after the case was first allocated
   * @return the case with the record, and its {@link NeedsRecorded} event
   * @throws CaseRuleException when the case is closed or not allocated, the day is too early, the
   *     point already has a record, or the day is out of order with the other points
   */
  public PerpetratorChange recordNeeds(PerpetratorCase perpetratorCase, NeedsRecord record) {
    MissingValueException.require("perpetratorCase", perpetratorCase);
    MissingValueException.require("record", record);
    requireOpen(perpetratorCase, "needs");
    requireAllocatedBy(perpetratorCase, "needs.on", record.on());
    for (NeedsRecord made : perpetratorCase.needs()) {
      requireInOrder("needs", made.point(), made.on(), record.point(), record.on(), "");
    }
    PerpetratorCase next = next(perpetratorCase).addNeeds(record).build();
    return change(next, new NeedsRecorded(next.caseId(), next.revision(), record));
  }

  /**
   * Records a risk instrument's score at a point of the case, such as the Drive-DASH. An invalid
   * score (too many answers not known) is recorded all the same, and reported as excluded.
   *
   * @param perpetratorCase the case as it stands, allocated
   * @param record the score, dated on or after the case was first allocated
   * @return the case with the score, and its {@link ScoreRecorded} event
   * @throws CaseRuleException when the case is closed or not allocated, the day is too early, the
   *     point already has a score on that instrument, or the day is out of order with that
   *     instrument's other points
   */
  public PerpetratorChange recordScore(PerpetratorCase perpetratorCase, ScoreRecord record) {
    MissingValueException.require("perpetratorCase", perpetratorCase);
    MissingValueException.require("record", record);
    requireOpen(perpetratorCase, "score");
    requireAllocatedBy(perpetratorCase, "score.on", record.on());
    String instrument = record.score().instrumentId();
    for (ScoreRecord made : perpetratorCase.scores()) {
      if (made.score().instrumentId().equals(instrument)) {
        requireInOrder("score", made.point(), made.on(), record.point(), record.on(), "on " + instrument + " ");
      }
    }
    PerpetratorCase next = next(perpetratorCase).addScores(record).build();
    return change(next, new ScoreRecorded(next.caseId(), next.revision(), record));
  }

  /**
   * Records an entry in the case manager's work log. Direct work is contact with the perpetrator,
   * so it keeps the contact-safety gate; direct support and behaviour-change sessions also need
   * contact made by that day.
   *
   * @param perpetratorCase the case as it stands, allocated
   * @param entry the work, dated on or after the case was first allocated
   * @return the case with the entry, and its {@link WorkRecorded} event
   * @throws CaseRuleException when the case is closed or not allocated, the day is too early, the
   *     disruption action is not in the catalogue, direct work falls on a day when contact was not
   *     judged safe, or direct support or a session falls before contact was made
   */
  public PerpetratorChange recordWork(PerpetratorCase perpetratorCase, WorkEntry entry) {
    MissingValueException.require("perpetratorCase", perpetratorCase);
    MissingValueException.require("entry", entry);
    requireOpen(perpetratorCase, "work");
    requireAllocatedBy(perpetratorCase, "work.on", entry.on());
    if (entry.action().isPresent() && !disruptionActions.containsKey(entry.action().get())) {
      throw new CaseRuleException("work.action", entry.action().get(), "not in the disruption catalogue; known actions: "
          + disruptionActions.keySet());
    }
    if (entry.kind().direct()) {
      requireSafeContact(perpetratorCase, "work.on", entry.on(), "direct work");
      if (entry.kind() != WorkKind.MAINTAINING_CONTACT && !perpetratorCase.contactMadeBy(entry.on())) {
        throw new CaseRuleException("work.kind", entry.kind(), "no contact with the perpetrator was made by " + entry.on()
            + "; direct support and behaviour-change sessions follow contact");
      }
    }
    PerpetratorCase next = next(perpetratorCase).addWork(entry).build();
    return change(next, new WorkRecorded(next.caseId(), next.revision(), entry));
  }

  /**
   * Records a statutory lever on the perpetrator: an order, conditions or a plan, in force from its
   * own day, which may be before the referral.
   *
   * @param perpetratorCase the case as it stands
   * @param lever the lever, with an id new to the case
   * @return the case with the lever, and its {@link LeverRecorded} event
   * @throws CaseRuleException when the case is closed or the id is taken
   */
  public PerpetratorChange recordLever(PerpetratorCase perpetratorCase, StatutoryLever lever) {
    MissingValueException.require("perpetratorCase", perpetratorCase);
    MissingValueException.require("lever", lever);
    requireOpen(perpetratorCase, "lever");
    if (perpetratorCase.lever(lever.id()).isPresent()) {
      throw new CaseRuleException("lever.id", lever.id(), "the case has a lever by that id already; each id is used once");
    }
    PerpetratorCase next = next(perpetratorCase).addLevers(lever).build();
    return change(next, new LeverRecorded(next.caseId(), next.revision(), lever));
  }

  /**
   * Ends a lever: an order discharged, conditions lifted, a plan closed.
   *
   * @param perpetratorCase the case as it stands
   * @param leverId the lever's id
   * @param on its last day in force: not before it started, nor before a breach recorded of it, and
   *     not after a last day already set
   * @return the case with the lever's last day set, and its {@link LeverEnded} event
   * @throws CaseRuleException when the case is closed, there is no such lever, or the day is out of range
   */
  public PerpetratorChange endLever(PerpetratorCase perpetratorCase, String leverId, LocalDate on) {
    MissingValueException.require("perpetratorCase", perpetratorCase);
    MissingValueException.require("leverId", leverId);
    RecordDates.require("on", on);
    requireOpen(perpetratorCase, "lever");
    StatutoryLever lever = requireLever(perpetratorCase, "leverId", leverId);
    if (on.isBefore(lever.from())) {
      throw new CaseRuleException("lever.until", on, "is not before the lever is in force, from " + lever.from());
    }
    if (lever.until().isPresent() && on.isAfter(lever.until().get())) {
      throw new CaseRuleException("lever.until", on, "the lever ends on " + lever.until().get() + " already; it is ended early, never extended");
    }
    for (LeverBreach breach : perpetratorCase.breaches()) {
      if (breach.leverId().equals(leverId) && breach.on().isAfter(on)) {
        throw new CaseRuleException("lever.until", on, "a breach of it is recorded on " + breach.on());
      }
    }
    StatutoryLever ended = new StatutoryLever(lever.id(), lever.kind(), lever.from(), Optional.of(on));
    List<StatutoryLever> levers = new ArrayList<>();
    for (StatutoryLever l : perpetratorCase.levers()) {
      levers.add(l.id().equals(leverId) ? ended : l);
    }
    PerpetratorCase next = next(perpetratorCase).levers(levers).build();
    return change(next, new LeverEnded(next.caseId(), next.revision(), ended));
  }

  /**
   * Records a breach of a lever on the case.
   *
   * @param perpetratorCase the case as it stands
   * @param breach the breach: of a lever on the case, on a day it was in force, not before the referral
   * @return the case with the breach, and its {@link BreachRecorded} event
   * @throws CaseRuleException when the case is closed, there is no such lever, or it was not in force that day
   */
  public PerpetratorChange recordBreach(PerpetratorCase perpetratorCase, LeverBreach breach) {
    MissingValueException.require("perpetratorCase", perpetratorCase);
    MissingValueException.require("breach", breach);
    requireOpen(perpetratorCase, "breach");
    requireFromReferral(perpetratorCase, "breach.on", breach.on());
    StatutoryLever lever = requireLever(perpetratorCase, "breach.leverId", breach.leverId());
    if (!lever.inForceOn(breach.on())) {
      throw new CaseRuleException("breach.on", breach.on(), "the lever " + lever.id() + " is in force from " + lever.from()
          + lever.until().map(u -> " to " + u).orElse("") + "; a breach falls while it is in force");
    }
    PerpetratorCase next = next(perpetratorCase).addBreaches(breach).build();
    return change(next, new BreachRecorded(next.caseId(), next.revision(), breach));
  }

  /**
   * Steps the case down to check-ins for the programme's step-down months
   * (six, the Drive evaluation's, unless {@link #with} set others) from a day.
   *
   * @param perpetratorCase the case as it stands, allocated
   * @param from the first day of the step-down, not before the case was first allocated
   * @return the case with its step-down, and its {@link SteppedDown} event
   * @throws CaseRuleException as for {@link #stepDown(PerpetratorCase, StepDown)}
   */
  public PerpetratorChange stepDown(PerpetratorCase perpetratorCase, LocalDate from) {
    RecordDates.require("from", from);
    return stepDown(perpetratorCase, new StepDown(from, from.plusMonths(parameters.stepDownMonths())));
  }

  /**
   * Steps the case down to check-ins over a period.
   *
   * @param perpetratorCase the case as it stands, allocated
   * @param stepDown the period, starting on or after the case was first allocated
   * @return the case with its step-down, and its {@link SteppedDown} event
   * @throws CaseRuleException when the case is closed or not allocated, already stepped down, or
   *     the step-down starts before the case was first allocated
   */
  public PerpetratorChange stepDown(PerpetratorCase perpetratorCase, StepDown stepDown) {
    MissingValueException.require("perpetratorCase", perpetratorCase);
    MissingValueException.require("stepDown", stepDown);
    requireOpen(perpetratorCase, "stepDown");
    requireAllocatedBy(perpetratorCase, "stepDown.from", stepDown.from());
    if (perpetratorCase.stepDown().isPresent()) {
      throw new CaseRuleException("stepDown", stepDown.from(), "the case stepped down from " + perpetratorCase.stepDown().get().from()
          + "; a case steps down once");
    }
    PerpetratorCase next = next(perpetratorCase).stepDown(stepDown).build();
    return change(next, new SteppedDown(next.caseId(), next.revision(), stepDown));
  }

  /**
   * Records the case's closure plan: the agencies the case is handed over to after closure. A later
   * plan replaces an earlier one; the events keep both.
   *
   * @param perpetratorCase the case as it stands, allocated
   * @param plan the plan, agreed on or after the case was first allocated and not before a plan
   *     already agreed
   * @return the case with its plan, and its {@link ClosurePlanned} event
   * @throws CaseRuleException when the case is closed or not allocated, or the day is too early
   */
  public PerpetratorChange planClosure(PerpetratorCase perpetratorCase, ClosurePlan plan) {
    MissingValueException.require("perpetratorCase", perpetratorCase);
    MissingValueException.require("plan", plan);
    requireOpen(perpetratorCase, "closurePlan");
    requireAllocatedBy(perpetratorCase, "closurePlan.agreedOn", plan.agreedOn());
    Optional<ClosurePlan> before = perpetratorCase.closurePlan();
    if (before.isPresent() && plan.agreedOn().isBefore(before.get().agreedOn())) {
      throw new CaseRuleException("closurePlan.agreedOn", plan.agreedOn(), "is not before the plan it replaces, agreed on "
          + before.get().agreedOn());
    }
    PerpetratorCase next = next(perpetratorCase).closurePlan(plan).build();
    return change(next, new ClosurePlanned(next.caseId(), next.revision(), plan));
  }

  /**
   * Closes the case: completed, or an early exit with its reason. A case with no contact made
   * closes like any other; it is not closed for that reason.
   *
   * @param perpetratorCase the case as it stands
   * @param on the day it closes, not before anything recorded on it
   * @param reason completed, or why it ended early
   * @return the closed case, and its {@link PerpetratorCaseClosed} event
   * @throws CaseRuleException when the case is already closed or the day is before something recorded on it
   */
  public PerpetratorChange close(PerpetratorCase perpetratorCase, LocalDate on, ExitReason reason) {
    MissingValueException.require("perpetratorCase", perpetratorCase);
    PerpetratorClosure closure = new PerpetratorClosure(on, reason);
    requireOpen(perpetratorCase, "closure");
    LocalDate latest = perpetratorCase.latestDay();
    if (on.isBefore(latest)) {
      throw new CaseRuleException("closure.on", on, "is not before the latest day recorded on the case, " + latest);
    }
    PerpetratorCase next = next(perpetratorCase).closure(closure).build();
    return change(next, new PerpetratorCaseClosed(next.caseId(), next.revision(), closure));
  }

  /**
   * Rebuilds a case from its events, as an embedding system that stores the events does: each event
   * is applied through its command, so the rules are checked again, with this engine's disruption
   * catalogue and parameters. Events stored from every command a case went through rebuild it equal
   * to the snapshot those commands returned.
   *
   * @param events the case's events in the order recorded, from its referral
   * @return the case as the events leave it
   * @throws InvalidInputException when there are no events, the first is not a referral, an event
   *     is of another case, the revisions do not run 1, 2, 3..., or an event holds something its
   *     command would not have recorded (a lever ended with another kind or start than the case's)
   * @throws CaseRuleException when an event breaks a rule, as its command would have refused it
   */
  public PerpetratorCase replay(List<PerpetratorEvent> events) {
    MissingValueException.requireElements("events", events);
    if (events.isEmpty() || !(events.get(0) instanceof PerpetratorReferred first)) {
      throw new InvalidInputException("events", events.isEmpty() ? "(none)" : events.get(0).getClass().getSimpleName(),
          "a perpetrator case's events start with its referral");
    }
    if (first.revision() != 1) {
      throw new InvalidInputException("events.revision", first.revision(), "a referral makes revision 1");
    }
    PerpetratorCase c = refer(first.caseId(), first.primaryVictim()).perpetratorCase();
    for (int i = 1; i < events.size(); i++) {
      PerpetratorEvent e = events.get(i);
      if (!e.caseId().equals(c.caseId())) {
        throw new InvalidInputException("events.caseId", e.caseId(), "every event is of case " + c.caseId());
      }
      if (e.revision() != c.revision() + 1) {
        throw new InvalidInputException("events.revision", e.revision(), "follows revision " + c.revision());
      }
      PerpetratorChange change = apply(c, e);
      if (!change.events().equals(List.of(e))) {
        throw new InvalidInputException("events", e.getClass().getSimpleName() + " " + e.revision(),
            "is what its command records; the command records otherwise from the same content");
      }
      c = change.perpetratorCase();
    }
    return c;
  }

  private PerpetratorChange apply(PerpetratorCase c, PerpetratorEvent event) {
    if (event instanceof VictimLinked e) {
      return linkVictim(c, e.link());
    } else if (event instanceof CaseManagerAllocated e) {
      return allocate(c, e.allocation().caseManagerId(), e.allocation().on());
    } else if (event instanceof ContactSafetyJudged e) {
      return judgeContactSafety(c, e.judgement());
    } else if (event instanceof ContactAttempted e) {
      return attemptContact(c, e.attempt());
    } else if (event instanceof EngagementRecorded e) {
      return recordEngagement(c, e.engagement().on(), e.engagement().level());
    } else if (event instanceof BehaviourRecorded e) {
      return recordBehaviour(c, e.behaviour());
    } else if (event instanceof NeedsRecorded e) {
      return recordNeeds(c, e.needs());
    } else if (event instanceof ScoreRecorded e) {
      return recordScore(c, e.score());
    } else if (event instanceof WorkRecorded e) {
      return recordWork(c, e.work());
    } else if (event instanceof LeverRecorded e) {
      return recordLever(c, e.lever());
    } else if (event instanceof LeverEnded e) {
      return endLever(c, e.lever().id(), e.on());
    } else if (event instanceof BreachRecorded e) {
      return recordBreach(c, e.breach());
    } else if (event instanceof SteppedDown e) {
      return stepDown(c, e.stepDown());
    } else if (event instanceof ClosurePlanned e) {
      return planClosure(c, e.plan());
    } else if (event instanceof PerpetratorCaseClosed e) {
      return close(c, e.closure().on(), e.closure().reason());
    }
    throw new InvalidInputException("events", event.getClass().getSimpleName(), "a second referral is not an event of an open case");
  }

  private static void requireOpen(PerpetratorCase c, String field) {
    if (c.closed()) {
      throw new CaseRuleException(field, "(new record)", "the case closed on " + c.closure().get().on() + "; nothing more is recorded on it");
    }
  }

  /** The contact-safety judgement in force on the day says contact is safe. */
  private static void requireSafeContact(PerpetratorCase c, String field, LocalDate on, String what) {
    Optional<ContactSafety> safety = c.safetyOn(on);
    if (safety.isEmpty()) {
      throw new CaseRuleException(field, on, what + " is attempted only once background research has judged contact safe; "
          + "no contact-safety judgement was made by then");
    }
    if (!safety.get().safe()) {
      throw new CaseRuleException(field, on, "contact was judged unsafe on " + safety.get().on()
          + "; " + what + " is not attempted until a later judgement finds it safe");
    }
  }

  /**
   * One record per point, and the points in order: intake on or before midpoint on or before
   * closure.
   */
  private static void requireInOrder(String field, AssessmentPoint made, LocalDate madeOn, AssessmentPoint point, LocalDate on,
      String from) {
    if (made == point) {
      throw new CaseRuleException(field + ".point", point, "the case has its " + point + " record " + from + "already, made on " + madeOn
          + "; each point is recorded once");
    }
    if (made.compareTo(point) < 0 && on.isBefore(madeOn)) {
      throw new CaseRuleException(field + ".on", on, "is not before the " + made + " record " + from + "made on " + madeOn);
    }
    if (made.compareTo(point) > 0 && on.isAfter(madeOn)) {
      throw new CaseRuleException(field + ".on", on, "is not after the " + made + " record " + from + "made on " + madeOn);
    }
  }

  private static StatutoryLever requireLever(PerpetratorCase c, String field, String leverId) {
    Optional<StatutoryLever> lever = c.lever(leverId);
    if (lever.isEmpty()) {
      throw new CaseRuleException(field, leverId, "no lever by that id on the case");
    }
    return lever.get();
  }

  private static void requireFromReferral(PerpetratorCase c, String field, LocalDate on) {
    if (on.isBefore(c.referredOn())) {
      throw new CaseRuleException(field, on, "is not before the referral, " + c.referredOn());
    }
  }

  /** The case was allocated by that day: work dated then is a case manager's, whichever one had it. */
  private static void requireAllocatedBy(PerpetratorCase c, String field, LocalDate on) {
    if (c.allocations().isEmpty()) {
      throw new CaseRuleException(field, on, "the case is not allocated to a case manager yet");
    }
    LocalDate first = c.allocations().get(0).on();
    if (on.isBefore(first)) {
      throw new CaseRuleException(field, on, "is not before the case was first allocated, on " + first);
    }
  }

  private static PerpetratorCase.Builder next(PerpetratorCase c) {
    return PerpetratorCase.builder().from(c).revision(c.revision() + 1);
  }

  private static PerpetratorChange change(PerpetratorCase next, PerpetratorEvent event) {
    return new PerpetratorChange(next, List.of(event));
  }
}
