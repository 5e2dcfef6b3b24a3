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
package org.safeguard.core.perpetrator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.ModelStyle;
import org.safeguard.model.RecordDates;
import org.safeguard.model.StableId;

/**
 * A perpetrator case as it stands at a revision: the victims' cases it is linked to, the case
 * manager it is allocated to, the contact-safety judgements, contact attempts and engagement
 * recorded, the behaviour and needs assessed at intake, midpoint and closure, the case manager's
 * work log, the statutory levers and their breaches, any step-down, the closure plan and the
 * closure. Immutable; the commands of
 * {@link org.safeguard.core.PerpetratorWork} make the next revision. It holds references and codes
 * only: no name, no note.
 */
@Value.Immutable
@ModelStyle
public abstract class PerpetratorCase {
  /** Only the generated implementation in this package extends it. */
  PerpetratorCase() {}

  /**
   * The case's id in the embedding system.
   *
   * @return the id: letters, digits and {@code .-_:}, at most 64
   */
  public abstract String caseId();

  /**
   * The day the perpetrator was referred, from the MARAC that heard the primary victim's case: the
   * day the primary victim's case was linked.
   *
   * @return the referral date
   */
  public LocalDate referredOn() {
    return primaryVictim().linkedOn();
  }

  /**
   * The victims' cases linked to this one, the primary victim first.
   *
   * @return the links: one primary, each victim case once
   */
  public abstract List<VictimLink> victims();

  /**
   * Every allocation to a case manager, in the order made: the last is the one in force.
   *
   * @return the allocations, each dated on or after the one before
   */
  public abstract List<Allocation> allocations();

  /**
   * The case manager the case is allocated to now.
   *
   * @return the latest allocation, or empty until the case is allocated
   */
  public Optional<Allocation> allocation() {
    List<Allocation> all = allocations();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /**
   * The allocation in force on a day: the latest made on or before it.
   *
   * @param on the day
   * @return the allocation, or empty when the case was not allocated by then
   */
  public Optional<Allocation> allocationOn(LocalDate on) {
    RecordDates.require("on", on);
    return Optional.ofNullable(latestBy(allocations(), Allocation::on, on));
  }

  /**
   * Every contact-safety judgement, in the order made.
   *
   * @return the judgements
   */
  public abstract List<ContactSafety> safetyJudgements();

  /**
   * Every contact attempt, in the order made.
   *
   * @return the attempts
   */
  public abstract List<ContactAttempt> contactAttempts();

  /**
   * Engagement as recorded over time.
   *
   * @return the records, in the order made
   */
  public abstract List<Engagement> engagement();

  /**
   * Every behaviour assessment, in the order recorded: at most one per point and source.
   *
   * @return the records
   */
  public abstract List<BehaviourRecord> behaviour();

  /**
   * Every needs assessment, in the order recorded: at most one per point.
   *
   * @return the records
   */
  public abstract List<NeedsRecord> needs();

  /**
   * Every risk instrument's score recorded at a point, in the order recorded: at most one per point
   * and instrument.
   *
   * @return the scores
   */
  public abstract List<ScoreRecord> scores();

  /**
   * An instrument's score at a point.
   *
   * @param point the point
   * @param instrumentId the instrument's id, such as {@code drive-dash}
   * @return the record, or empty when none was made
   */
  public Optional<ScoreRecord> scoreAt(AssessmentPoint point, String instrumentId) {
    MissingValueException.require("point", point);
    MissingValueException.require("instrumentId", instrumentId);
    for (ScoreRecord r : scores()) {
      if (r.point() == point && r.score().instrumentId().equals(instrumentId)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * The case manager's work log, in the order recorded.
   *
   * @return the entries
   */
  public abstract List<WorkEntry> work();

  /**
   * The statutory levers recorded on the case: orders, conditions and plans, each as it now stands.
   *
   * @return the levers, in the order recorded, each id once
   */
  public abstract List<StatutoryLever> levers();

  /**
   * The breaches of the case's levers, in the order recorded.
   *
   * @return the breaches, each of a lever on the case
   */
  public abstract List<LeverBreach> breaches();

  /**
   * A lever by its id.
   *
   * @param id the lever's id
   * @return the lever, or empty when the case has none by that id
   */
  public Optional<StatutoryLever> lever(String id) {
    MissingValueException.require("id", id);
    for (StatutoryLever lever : levers()) {
      if (lever.id().equals(id)) {
        return Optional.of(lever);
      }
    }
    return Optional.empty();
  }

  /**
   * The behaviour assessment made at a point from a source.
   *
   * @param point the point
   * @param source whose view
   * @return the record, or empty when none was made
   */
  public Optional<BehaviourRecord> behaviourAt(AssessmentPoint point, BehaviourSource source) {
    MissingValueException.require("point", point);
    MissingValueException.require("source", source);
    for (BehaviourRecord r : behaviour()) {
      if (r.point() == point && r.source() == source) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * The needs assessment made at a point.
   *
   * @param point the point
   * @return the record, or empty when none was made
   */
  public Optional<NeedsRecord> needsAt(AssessmentPoint point) {
    MissingValueException.require("point", point);
    for (NeedsRecord r : needs()) {
      if (r.point() == point) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * The step-down, once one is set.
   *
   * @return the step-down, or empty
   */
  public abstract Optional<StepDown> stepDown();

  /**
   * The closure plan, once one is agreed.
   *
   * @return the plan, or empty
   */
  public abstract Optional<ClosurePlan> closurePlan();

  /**
   * The closure, once the case closed.
   *
   * @return the closure, or empty while the case is open
   */
  public abstract Optional<PerpetratorClosure> closure();

  /**
   * The revision: 1 at referral, one more for each change recorded.
   *
   * @return the revision, from 1
   */
  public abstract long revision();

  /**
   * Whether the case has closed.
   *
   * @return true once closed
   */
  public boolean closed() {
    return closure().isPresent();
  }

  /**
   * The primary victim's link.
   *
   * @return the primary link
   */
  public VictimLink primaryVictim() {
    for (VictimLink link : victims()) {
      if (link.primary()) {
        return link;
      }
    }
    throw new IllegalStateException("a perpetrator case always has its primary victim");
  }

  /**
   * Whether contact was made with the perpetrator on or before a day.
   *
   * @param on the day
   * @return true when an attempt by then made contact
   */
  public boolean contactMadeBy(LocalDate on) {
    RecordDates.require("on", on);
    for (ContactAttempt attempt : contactAttempts()) {
      if (attempt.made() && !attempt.on().isAfter(on)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The contact-safety judgement in force on a day: the latest made on or before it (of two on one
   * day, the one recorded last).
   *
   * @param on the day
   * @return the judgement, or empty when none was made by then
   */
  public Optional<ContactSafety> safetyOn(LocalDate on) {
    RecordDates.require("on", on);
    return Optional.ofNullable(latestBy(safetyJudgements(), ContactSafety::on, on));
  }

  /**
   * The engagement on a day: the latest recorded on or before it (of two on one day, the one
   * recorded last). With none recorded by then it is {@link EngagementLevel#NO_CONTACT_MADE} while
   * no contact was made, and {@link EngagementLevel#NOT_ENGAGED} once one was; so too when the
   * latest record says no contact made and contact has been made since, until engagement is
   * recorded again.
   *
   * @param on the day
   * @return the level then
   */
  public EngagementLevel engagementOn(LocalDate on) {
    RecordDates.require("on", on);
    @Nullable Engagement found = latestBy(engagement(), Engagement::on, on);
    boolean contact = contactMadeBy(on);
    if (found != null && (found.level() != EngagementLevel.NO_CONTACT_MADE || !contact)) {
      return found.level();
    }
    // nothing recorded yet, or "no contact made" recorded before the contact that has since been made
    return contact ? EngagementLevel.NOT_ENGAGED : EngagementLevel.NO_CONTACT_MADE;
  }

  /** The last record dated on or before a day (of two on one day, the one recorded last), or null when none is. */
  private static <T> @Nullable T latestBy(List<T> records, Function<T, LocalDate> day, LocalDate on) {
    @Nullable T found = null;
    for (T record : records) {
      LocalDate d = day.apply(record);
      if (!d.isAfter(on) && (found == null || !d.isBefore(day.apply(found)))) {
        found = record;
      }
    }
    return found;
  }

  /**
   * The latest day anything on the case is dated.
   *
   * @return the latest of the victims' links (the referral among them), the allocations, every
   *     judgement, attempt, engagement, behaviour, needs and score record, work entry and breach, and the
   *     step-down's first day and the closure plan's; not a lever's own dates, since an order runs
   *     on its own terms
   */
  public LocalDate latestDay() {
    List<LocalDate> days = new ArrayList<>();
    victims().forEach(v -> days.add(v.linkedOn()));
    allocations().forEach(a -> days.add(a.on()));
    safetyJudgements().forEach(j -> days.add(j.on()));
    contactAttempts().forEach(a -> days.add(a.on()));
    engagement().forEach(e -> days.add(e.on()));
    behaviour().forEach(b -> days.add(b.on()));
    needs().forEach(n -> days.add(n.on()));
    scores().forEach(r -> days.add(r.on()));
    work().forEach(w -> days.add(w.on()));
    breaches().forEach(b -> days.add(b.on()));
    stepDown().ifPresent(s -> days.add(s.from()));
    closurePlan().ifPresent(p -> days.add(p.agreedOn()));
    LocalDate latest = referredOn();
    for (LocalDate day : days) {
      if (day.isAfter(latest)) {
        latest = day;
      }
    }
    return latest;
  }

  /**
   * Starts a builder.
   *
   * @return an empty builder; {@code build()} checks the value
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PerpetratorCase}; building runs its checks. Every method refuses null with a
   * {@link MissingValueException} naming the attribute, before it changes anything.
   */
  public static final class Builder {
    private final ImmutablePerpetratorCase.Builder generated = new ImmutablePerpetratorCase.Builder();

    Builder() {}

    /**
     * Fills this builder from {@code instance}: each value is set, and each element or entry of a
     * collection is added to those already here.
     *
     * @param instance the value to start from
     * @return this builder
     */
    public Builder from(PerpetratorCase instance) {
      generated.from(MissingValueException.require("instance", instance));
      return this;
    }

    /**
     * Sets {@link PerpetratorCase#caseId() caseId}.
     *
     * @param caseId the value
     * @return this builder
     */
    public Builder caseId(String caseId) {
      generated.caseId(MissingValueException.require("caseId", caseId));
      return this;
    }

    /**
     * Adds one element to {@link PerpetratorCase#victims() victims}.
     *
     * @param victims the element
     * @return this builder
     */
    public Builder addVictims(VictimLink victims) {
      generated.addVictims(MissingValueException.require("victims", victims));
      return this;
    }

    /**
     * Adds these elements to {@link PerpetratorCase#victims() victims}.
     *
     * @param victims the elements, none of them null
     * @return this builder
     */
    public Builder addVictims(VictimLink... victims) {
      generated.addVictims(MissingValueException.requireElements("victims", victims));
      return this;
    }

    /**
     * Replaces the elements of {@link PerpetratorCase#victims() victims} with these.
     *
     * @param victims the elements, none of them null
     * @return this builder
     */
    public Builder victims(Iterable<? extends VictimLink> victims) {
      generated.victims(MissingValueException.requireList("victims", victims));
      return this;
    }

    /**
     * Adds these elements to {@link PerpetratorCase#victims() victims}.
     *
     * @param victims the elements, none of them null
     * @return this builder
     */
    public Builder addAllVictims(Iterable<? extends VictimLink> victims) {
      generated.addAllVictims(MissingValueException.requireList("victims", victims));
      return this;
    }

    /**
     * Adds one element to {@link PerpetratorCase#allocations() allocations}.
     *
     * @param allocations the element
     * @return this builder
     */
    public Builder addAllocations(Allocation allocations) {
      generated.addAllocations(MissingValueException.require("allocations", allocations));
      return this;
    }

    /**
     * Adds these elements to {@link PerpetratorCase#allocations() allocations}.
     *
     * @param allocations the elements, none of them null
     * @return this builder
     */
    public Builder addAllocations(Allocation... allocations) {
      generated.addAllocations(MissingValueException.requireElements("allocations", allocations));
      return this;
    }

    /**
     * Replaces the elements of {@link PerpetratorCase#allocations() allocations} with these.
     *
     * @param allocations the elements, none of them null
     * @return this builder
     */
    public Builder allocations(Iterable<? extends Allocation> allocations) {
      generated.allocations(MissingValueException.requireList("allocations", allocations));
      return this;
    }

    /**
     * Adds these elements to {@link PerpetratorCase#allocations() allocations}.
     *
     * @param allocations the elements, none of them null
     * @return this builder
     */
    public Builder addAllAllocations(Iterable<? extends Allocation> allocations) {
      generated.addAllAllocations(MissingValueException.requireList("allocations", allocations));
      return this;
    }

    /**
     * Adds one element to {@link PerpetratorCase#safetyJudgements() safetyJudgements}.
     *
     * @param safetyJudgements the element
     * @return this builder
     */
    public Builder addSafetyJudgements(ContactSafety safetyJudgements) {
      generated.addSafetyJudgements(MissingValueException.require("safetyJudgements", safetyJudgements));
      return this;
    }

    /**
     * Adds these elements to {@link PerpetratorCase#safetyJudgements() safetyJudgements}.
     *
     * @param safetyJudgements the elements, none of them null
     * @return this builder
     */
    public Builder addSafetyJudgements(ContactSafety... safetyJudgements) {
      generated.addSafetyJudgements(MissingValueException.requireElements("safetyJudgements", safetyJudgements));
      return this;
    }

    /**
     * Replaces the elements of {@link PerpetratorCase#safetyJudgements() safetyJudgements} with these.
     *
     * @param safetyJudgements the elements, none of them null
     * @return this builder
     */
    public Builder safetyJudgements(Iterable<? extends ContactSafety> safetyJudgements) {
      generated.safetyJudgements(MissingValueException.requireList("safetyJudgements", safetyJudgements));
      return this;
    }

    /**
     * Adds these elements to {@link PerpetratorCase#safetyJudgements() safetyJudgements}.
     *
     * @param safetyJudgements the elements, none of them null
     * @return this builder
     */
    public Builder addAllSafetyJudgements(Iterable<? extends ContactSafety> safetyJudgements) {
      generated.addAllSafetyJudgements(MissingValueException.requireList("safetyJudgements", safetyJudgements));
      return this;
    }

    /**
     * Adds one element to {@link PerpetratorCase#contactAttempts() contactAttempts}.
     *
     * @param contactAttempts the element
     * @return this builder
     */
    public Builder addContactAttempts(ContactAttempt contactAttempts) {
      generated.addContactAttempts(MissingValueException.require("contactAttempts", contactAttempts));
      return this;
    }

    /**
     * Adds these elements to {@link PerpetratorCase#contactAttempts() contactAttempts}.
     *
     * @param contactAttempts the elements, none of them null
     * @return this builder
     */
    public Builder addContactAttempts(ContactAttempt... contactAttempts) {
      generated.addContactAttempts(MissingValueException.requireElements("contactAttempts", contactAttempts));
      return this;
    }

    /**
     * Replaces the elements of {@link PerpetratorCase#contactAttempts() contactAttempts} with these.
     *
     * @param contactAttempts the elements, none of them null
     * @return this builder
     */
    public Builder contactAttempts(Iterable<? extends ContactAttempt> contactAttempts) {
      generated.contactAttempts(MissingValueException.requireList("contactAttempts", contactAttempts));
      return this;
    }

    /**
     * Adds these elements to {@link PerpetratorCase#contactAttempts() contactAttempts}.
     *
     * @param contactAttempts the elements, none of them null
     * @return this builder
     */
    public Builder addAllContactAttempts(Iterable<? extends ContactAttempt> contactAttempts) {
      generated.addAllContactAttempts(MissingValueException.requireList("contactAttempts", contactAttempts));
      return this;
    }

    /**
     * Adds one element to {@link PerpetratorCase#engagement() engagement}.
     *
     * @param engagement the element
     * @return this builder
     */
    public Builder addEngagement(Engagement engagement) {
      generated.addEngagement(MissingValueException.require("engagement", engagement));
      return this;
    }

    /**
     * Adds these elements to {@link PerpetratorCase#engagement() engagement}.
     *
     * @param engagement the elements, none of them null
     * @return this builder
     */
    public Builder addEngagement(Engagement... engagement) {
      generated.addEngagement(MissingValueException.requireElements("engagement", engagement));
      return this;
    }

    /**
     * Replaces the elements of {@link PerpetratorCase#engagement() engagement} with these.
     *
     * @param engagement the elements, none of them null
     * @return this builder
     */
    public Builder engagement(Iterable<? extends Engagement> engagement) {
      generated.engagement(MissingValueException.requireList("engagement", engagement));
      return this;
    }

    /**
     * Adds these elements to {@link PerpetratorCase#engagement() engagement}.
     *
     * @param engagement the elements, none of them null
     * @return this builder
     */
    public Builder addAllEngagement(Iterable<? extends Engagement> engagement) {
      generated.addAllEngagement(MissingValueException.requireList("engagement", engagement));
      return this;
    }

    /**
     * Adds one element to {@link PerpetratorCase#behaviour() behaviour}.
     *
     * @param behaviour the element
     * @return this builder
     */
    public Builder addBehaviour(BehaviourRecord behaviour) {
      generated.addBehaviour(MissingValueException.require("behaviour", behaviour));
      return this;
    }

    /**
     * Adds these elements to {@link PerpetratorCase#behaviour() behaviour}.
     *
     * @param behaviour the elements, none of them null
     * @return this builder
     */
    public Builder addBehaviour(BehaviourRecord... behaviour) {
      generated.addBehaviour(MissingValueException.requireElements("behaviour", behaviour));
      return this;
    }

    /**
     * Replaces the elements of {@link PerpetratorCase#behaviour() behaviour} with these.
     *
     * @param behaviour the elements, none of them null
     * @return this builder
     */
    public Builder behaviour(Iterable<? extends BehaviourRecord> behaviour) {
      generated.behaviour(MissingValueException.requireList("behaviour", behaviour));
      return this;
    }

    /**
     * Adds these elements to {@link PerpetratorCase#behaviour() behaviour}.
     *
     * @param behaviour the elements, none of them null
     * @return this builder
     */
    public Builder addAllBehaviour(Iterable<? extends BehaviourRecord> behaviour) {
      generated.addAllBehaviour(MissingValueException.requireList("behaviour", behaviour));
      return this;
    }

    /**
     * Adds one element to {@link PerpetratorCase#needs() needs}.
     *
     * @param needs the element
     * @return this builder
     */
    public Builder addNeeds(NeedsRecord needs) {
      generated.addNeeds(MissingValueException.require("needs", needs));
      return this;
    }

    /**
     * Adds these elements to {@link PerpetratorCase#needs() needs}.
     *
     * @param needs the elements, none of them null
     * @return this builder
     */
    public Builder addNeeds(NeedsRecord... needs) {
      generated.addNeeds(MissingValueException.requireElements("needs", needs));
      return this;
    }

    /**
     * Replaces the elements of {@link PerpetratorCase#needs() needs} with these.
     *
     * @param needs the elements, none of them null
     * @return this builder
     */
    public Builder needs(Iterable<? extends NeedsRecord> needs) {
      generated.needs(MissingValueException.requireList("needs", needs));
      return this;
    }

    /**
     * Adds these elements to {@link PerpetratorCase#needs() needs}.
     *
     * @param needs the elements, none of them null
     * @return this builder
     */
    public Builder addAllNeeds(Iterable<? extends NeedsRecord> needs) {
      generated.addAllNeeds(MissingValueException.requireList("needs", needs));
      return this;
    }

    /**
     * Adds one element to {@link PerpetratorCase#scores() scores}.
     *
     * @param scores the element
     * @return this builder
     */
    public Builder addScores(ScoreRecord scores) {
      generated.addScores(MissingValueException.require("scores", scores));
      return this;
    }

    /**
     * Adds these elements to {@link PerpetratorCase#scores() scores}.
     *
     * @param scores the elements, none of them null
     * @return this builder
     */
    public Builder addScores(ScoreRecord... scores) {
      generated.addScores(MissingValueException.requireElements("scores", scores));
      return this;
    }

    /**
     * Replaces the elements of {@link PerpetratorCase#scores() scores} with these.
     *
     * @param scores the elements, none of them null
     * @return this builder
     */
    public Builder scores(Iterable<? extends ScoreRecord> scores) {
      generated.scores(MissingValueException.requireList("scores", scores));
      return this;
    }

    /**
     * Adds these elements to {@link PerpetratorCase#scores() scores}.
     *
     * @param scores the elements, none of them null
     * @return this builder
     */
    public Builder addAllScores(Iterable<? extends ScoreRecord> scores) {
      generated.addAllScores(MissingValueException.requireList("scores", scores));
      return this;
    }

    /**
     * Adds one element to {@link PerpetratorCase#work() work}.
     *
     * @param work the element
     * @return this builder
     */
    public Builder addWork(WorkEntry work) {
      generated.addWork(MissingValueException.require("work", work));
      return this;
    }

    /**
     * Adds these elements to {@link PerpetratorCase#work() work}.
     *
     * @param work the elements, none of them null
     * @return this builder
     */
    public Builder addWork(WorkEntry... work) {
      generated.addWork(MissingValueException.requireElements("work", work));
      return this;
    }

    /**
     * Replaces the elements of {@link PerpetratorCase#work() work} with these.
     *
     * @param work the elements, none of them null
     * @return this builder
     */
    public Builder work(Iterable<? extends WorkEntry> work) {
      generated.work(MissingValueException.requireList("work", work));
      return this;
    }

    /**
     * Adds these elements to {@link PerpetratorCase#work() work}.
     *
     * @param work the elements, none of them null
     * @return this builder
     */
    public Builder addAllWork(Iterable<? extends WorkEntry> work) {
      generated.addAllWork(MissingValueException.requireList("work", work));
      return this;
    }

    /**
     * Adds one element to {@link PerpetratorCase#levers() levers}.
     *
     * @param levers the element
     * @return this builder
     */
    public Builder addLevers(StatutoryLever levers) {
      generated.addLevers(MissingValueException.require("levers", levers));
      return this;
    }

    /**
     * Adds these elements to {@link PerpetratorCase#levers() levers}.
     *
     * @param levers the elements, none of them null
     * @return this builder
     */
    public Builder addLevers(StatutoryLever... levers) {
      generated.addLevers(MissingValueException.requireElements("levers", levers));
      return this;
    }

    /**
     * Replaces the elements of {@link PerpetratorCase#levers() levers} with these.
     *
     * @param levers the elements, none of them null
     * @return this builder
     */
    public Builder levers(Iterable<? extends StatutoryLever> levers) {
      generated.levers(MissingValueException.requireList("levers", levers));
      return this;
    }

    /**
     * Adds these elements to {@link PerpetratorCase#levers() levers}.
     *
     * @param levers the elements, none of them null
     * @return this builder
     */
    public Builder addAllLevers(Iterable<? extends StatutoryLever> levers) {
      generated.addAllLevers(MissingValueException.requireList("levers", levers));
      return this;
    }

    /**
     * Adds one element to {@link PerpetratorCase#breaches() breaches}.
     *
     * @param breaches the element
     * @return this builder
     */
    public Builder addBreaches(LeverBreach breaches) {
      generated.addBreaches(MissingValueException.require("breaches", breaches));
      return this;
    }

    /**
     * Adds these elements to {@link PerpetratorCase#breaches() breaches}.
     *
     * @param breaches the elements, none of them null
     * @return this builder
     */
    public Builder addBreaches(LeverBreach... breaches) {
      generated.addBreaches(MissingValueException.requireElements("breaches", breaches));
      return this;
    }

    /**
     * Replaces the elements of {@link PerpetratorCase#breaches() breaches} with these.
     *
     * @param breaches the elements, none of them null
     * @return this builder
     */
    public Builder breaches(Iterable<? extends LeverBreach> breaches) {
      generated.breaches(MissingValueException.requireList("breaches", breaches));
      return this;
    }

    /**
     * Adds these elements to {@link PerpetratorCase#breaches() breaches}.
     *
     * @param breaches the elements, none of them null
     * @return this builder
     */
    public Builder addAllBreaches(Iterable<? extends LeverBreach> breaches) {
      generated.addAllBreaches(MissingValueException.requireList("breaches", breaches));
      return this;
    }

    /**
     * Sets {@link PerpetratorCase#stepDown() stepDown}.
     *
     * @param stepDown the value
     * @return this builder
     */
    public Builder stepDown(StepDown stepDown) {
      generated.stepDown(MissingValueException.require("stepDown", stepDown));
      return this;
    }

    /**
     * Sets {@link PerpetratorCase#stepDown() stepDown}, present or empty.
     *
     * @param stepDown the value, or empty
     * @return this builder
     */
    public Builder stepDown(Optional<? extends StepDown> stepDown) {
      generated.stepDown(MissingValueException.require("stepDown", stepDown));
      return this;
    }

    /**
     * Sets {@link PerpetratorCase#closurePlan() closurePlan}.
     *
     * @param closurePlan the value
     * @return this builder
     */
    public Builder closurePlan(ClosurePlan closurePlan) {
      generated.closurePlan(MissingValueException.require("closurePlan", closurePlan));
      return this;
    }

    /**
     * Sets {@link PerpetratorCase#closurePlan() closurePlan}, present or empty.
     *
     * @param closurePlan the value, or empty
     * @return this builder
     */
    public Builder closurePlan(Optional<? extends ClosurePlan> closurePlan) {
      generated.closurePlan(MissingValueException.require("closurePlan", closurePlan));
      return this;
    }

    /**
     * Sets {@link PerpetratorCase#closure() closure}.
     *
     * @param closure the value
     * @return this builder
     */
    public Builder closure(PerpetratorClosure closure) {
      generated.closure(MissingValueException.require("closure", closure));
      return this;
    }

    /**
     * Sets {@link PerpetratorCase#closure() closure}, present or empty.
     *
     * @param closure the value, or empty
     * @return this builder
     */
    public Builder closure(Optional<? extends PerpetratorClosure> closure) {
      generated.closure(MissingValueException.require("closure", closure));
      return this;
    }

    /**
     * Sets {@link PerpetratorCase#revision() revision}.
     *
     * @param revision the value
     * @return this builder
     */
    public Builder revision(long revision) {
      generated.revision(revision);
      return this;
    }

    /**
     * Builds the value and runs its checks.
     *
     * @return the value
     * @throws InvalidInputException when a required attribute is unset (a {@link MissingValueException})
     *     or the value breaks a rule of its type
     */
    public PerpetratorCase build() {
      return generated.build();
    }
  }

  /**
   * Refuses a case id that is not a reference, a revision below 1, no primary victim or two, a
   * victim case linked twice or before the referral, a point assessed twice (from one source), a
   * lever id used twice or a breach of no lever on the case, and allocations out of order.
   *
   * @throws InvalidInputException naming the field
   */
  @Value.Check
  protected void check() {
    StableId.requireReference("caseId", caseId());
    if (revision() < 1) {
      throw new InvalidInputException("revision", revision(), "revisions start at 1");
    }
    int primaries = 0;
    Set<String> linked = new HashSet<>();
    for (VictimLink link : victims()) {
      primaries += link.primary() ? 1 : 0;
      if (!linked.add(link.victimCaseId())) {
        throw new InvalidInputException("victims", link.victimCaseId(), "each victim case is linked once");
      }
    }
    if (primaries != 1) {
      throw new InvalidInputException("victims", primaries, "a perpetrator case has exactly one primary victim");
    }
    LocalDate referred = referredOn();
    for (VictimLink link : victims()) {
      if (link.linkedOn().isBefore(referred)) {
        throw new InvalidInputException("victims.linkedOn", link.linkedOn(), "a victim is linked on or after the referral, " + referred);
      }
    }
    Set<String> behaviourPoints = new HashSet<>();
    for (BehaviourRecord b : behaviour()) {
      if (!behaviourPoints.add(b.point() + "/" + b.source())) {
        throw new InvalidInputException("behaviour.point", b.point(), "each point is recorded once from each source, " + b.source());
      }
    }
    Set<String> scorePoints = new HashSet<>();
    for (ScoreRecord r : scores()) {
      if (!scorePoints.add(r.point() + "/" + r.score().instrumentId())) {
        throw new InvalidInputException("scores.point", r.point(), "each point is scored once on each instrument, " + r.score().instrumentId());
      }
    }
    Set<String> needsPoints = new HashSet<>();
    for (NeedsRecord n : needs()) {
      if (!needsPoints.add(n.point().name())) {
        throw new InvalidInputException("needs.point", n.point(), "each point is recorded once");
      }
    }
    Set<String> leverIds = new HashSet<>();
    for (StatutoryLever lever : levers()) {
      if (!leverIds.add(lever.id())) {
        throw new InvalidInputException("levers.id", lever.id(), "each lever id is used once on a case");
      }
    }
    for (LeverBreach breach : breaches()) {
      if (!leverIds.contains(breach.leverId())) {
        throw new InvalidInputException("breaches.leverId", breach.leverId(), "a breach is of a lever on the case");
      }
    }
    for (int i = 1; i < allocations().size(); i++) {
      if (allocations().get(i).on().isBefore(allocations().get(i - 1).on())) {
        throw new InvalidInputException("allocations.on", allocations().get(i).on(), "each allocation is dated on or after the one before");
      }
    }
  }
}
