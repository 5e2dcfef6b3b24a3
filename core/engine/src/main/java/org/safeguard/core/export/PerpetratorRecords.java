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
package org.safeguard.core.export;

import static org.safeguard.core.export.FieldValues.code;
import static org.safeguard.core.export.FieldValues.constant;
import static org.safeguard.core.export.FieldValues.constants;
import static org.safeguard.core.export.FieldValues.day;
import static org.safeguard.core.export.FieldValues.each;
import static org.safeguard.core.export.FieldValues.flag;
import static org.safeguard.core.export.FieldValues.nested;
import static org.safeguard.core.export.FieldValues.optionalConstant;
import static org.safeguard.core.export.FieldValues.optionalDay;
import static org.safeguard.core.export.FieldValues.text;
import static org.safeguard.core.export.FieldValues.whole;
import static org.safeguard.core.export.FieldValues.wholeNumber;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeguard.core.perpetrator.Allocation;
import org.safeguard.core.perpetrator.AssessmentPoint;
import org.safeguard.core.perpetrator.BehaviourRecord;
import org.safeguard.core.perpetrator.BehaviourRecorded;
import org.safeguard.core.perpetrator.BehaviourSource;
import org.safeguard.core.perpetrator.BreachRecorded;
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
import org.safeguard.core.perpetrator.LeverKind;
import org.safeguard.core.perpetrator.LeverRecorded;
import org.safeguard.core.perpetrator.LivingArrangement;
import org.safeguard.core.perpetrator.NeedArea;
import org.safeguard.core.perpetrator.NeedLevel;
import org.safeguard.core.perpetrator.NeedsRecord;
import org.safeguard.core.perpetrator.NeedsRecorded;
import org.safeguard.core.perpetrator.PerpetratorCase;
import org.safeguard.core.perpetrator.PerpetratorCaseClosed;
import org.safeguard.core.perpetrator.PerpetratorClosure;
import org.safeguard.core.perpetrator.PerpetratorEvent;
import org.safeguard.core.perpetrator.PerpetratorReferred;
import org.safeguard.core.perpetrator.Relationship;
import org.safeguard.core.perpetrator.ScoreRecord;
import org.safeguard.core.perpetrator.ScoreRecorded;
import org.safeguard.core.perpetrator.StatutoryLever;
import org.safeguard.core.perpetrator.StepDown;
import org.safeguard.core.perpetrator.SteppedDown;
import org.safeguard.core.perpetrator.VictimLink;
import org.safeguard.core.perpetrator.VictimLinked;
import org.safeguard.core.perpetrator.WorkEntry;
import org.safeguard.core.perpetrator.WorkKind;
import org.safeguard.core.perpetrator.WorkMode;
import org.safeguard.core.perpetrator.WorkObjective;
import org.safeguard.core.perpetrator.WorkRecorded;
import org.safeguard.core.export.FieldValues.EventKind;
import org.safeguard.export.ExportDate;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Schemas;
import org.safeguard.model.Agency;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.Score;

/**
 * The one place that maps the perpetrator side onto its export schemas: a perpetrator case as it
 * stands ({@link Schemas#PERPETRATOR_CASE}) and each change recorded on one
 * ({@link Schemas#PERPETRATOR_EVENT}). Records are made for FULL; an {@link ExportProfile} then
 * keeps what its purpose needs (a MARAC gets no needs and no work log, research no staff ids). A
 * record made for FULL reads back as the case or event it was made from ({@link #toCase},
 * {@link #toEvent}).
 */
public final class PerpetratorRecords {
  private PerpetratorRecords() {}

  /** How a kind of event is made again from its case id, its revision and what it recorded, read at a path. */
  private interface ContentReader {
    PerpetratorEvent read(String caseId, long revision, ExportRecord content, String at);
  }

  /** A kind of perpetrator event, read back from the field that holds what it recorded. */
  private static EventKind<PerpetratorEvent> kind(Class<? extends PerpetratorEvent> type, String code, String content,
      ContentReader read) {
    return new EventKind<>(type, code, content,
        (id, revision, on, record, at) -> read.read(id, revision, nested(record, at, content), at + "." + content));
  }

  private static final List<EventKind<PerpetratorEvent>> KINDS = List.of(
      kind(PerpetratorReferred.class, "perpetrator-referred", "victim", (id, r, c, at) -> new PerpetratorReferred(id, r, victimOf(c, at))),
      kind(VictimLinked.class, "victim-linked", "victim", (id, r, c, at) -> new VictimLinked(id, r, victimOf(c, at))),
      kind(CaseManagerAllocated.class, "case-manager-allocated", "allocation",
          (id, r, c, at) -> new CaseManagerAllocated(id, r, allocationOf(c, at))),
      kind(ContactSafetyJudged.class, "contact-safety-judged", "contactSafety",
          (id, r, c, at) -> new ContactSafetyJudged(id, r, safetyOf(c, at))),
      kind(ContactAttempted.class, "contact-attempted", "contactAttempt", (id, r, c, at) -> new ContactAttempted(id, r, attemptOf(c, at))),
      kind(EngagementRecorded.class, "engagement-recorded", "engagement",
          (id, r, c, at) -> new EngagementRecorded(id, r, engagementOf(c, at))),
      kind(BehaviourRecorded.class, "behaviour-recorded", "behaviour", (id, r, c, at) -> new BehaviourRecorded(id, r, behaviourOf(c, at))),
      kind(NeedsRecorded.class, "needs-recorded", "needs", (id, r, c, at) -> new NeedsRecorded(id, r, needsOf(c, at))),
      kind(ScoreRecorded.class, "score-recorded", "score", (id, r, c, at) -> new ScoreRecorded(id, r, scoreOf(c, at))),
      kind(WorkRecorded.class, "work-recorded", "work", (id, r, c, at) -> new WorkRecorded(id, r, workOf(c, at))),
      kind(LeverRecorded.class, "lever-recorded", "lever", (id, r, c, at) -> new LeverRecorded(id, r, leverOf(c, at))),
      kind(LeverEnded.class, "lever-ended", "lever", (id, r, c, at) -> new LeverEnded(id, r, ended(leverOf(c, at), at))),
      kind(BreachRecorded.class, "breach-recorded", "breach", (id, r, c, at) -> new BreachRecorded(id, r, breachOf(c, at))),
      kind(SteppedDown.class, "stepped-down", "stepDown", (id, r, c, at) -> new SteppedDown(id, r, stepDownOf(c, at))),
      kind(ClosurePlanned.class, "closure-planned", "closurePlan", (id, r, c, at) -> new ClosurePlanned(id, r, closurePlanOf(c, at))),
      kind(PerpetratorCaseClosed.class, "perpetrator-case-closed", "closure",
          (id, r, c, at) -> new PerpetratorCaseClosed(id, r, closureOf(c, at))));

  /**
   * A perpetrator case as it stands.
   *
   * @param perpetratorCase the case
   * @return a {@link Schemas#PERPETRATOR_CASE} record for FULL
   */
  public static ExportRecord ofCase(PerpetratorCase perpetratorCase) {
    MissingValueException.require("perpetratorCase", perpetratorCase);
    PerpetratorCase c = perpetratorCase;
    ExportRecord.Builder b = ExportRecord.builder(Schemas.PERPETRATOR_CASE).set("caseId", c.caseId()).set("revision", c.revision());
    c.victims().forEach(v -> b.set("victims", victim(v)));
    c.allocations().forEach(a -> b.set("allocations", allocation(a)));
    c.safetyJudgements().forEach(j -> b.set("safetyJudgements", safety(j)));
    c.contactAttempts().forEach(a -> b.set("contactAttempts", attempt(a)));
    c.engagement().forEach(e -> b.set("engagement", engagement(e)));
    c.behaviour().forEach(r -> b.set("behaviour", behaviour(r)));
    c.needs().forEach(n -> b.set("needs", needs(n)));
    c.scores().forEach(s -> b.set("scores", score(s)));
    c.work().forEach(w -> b.set("work", work(w)));
    c.levers().forEach(l -> b.set("levers", lever(l)));
    c.breaches().forEach(x -> b.set("breaches", breach(x)));
    c.stepDown().ifPresent(s -> b.set("stepDown", stepDown(s)));
    c.closurePlan().ifPresent(p -> b.set("closurePlan", closurePlan(p)));
    c.closure().ifPresent(x -> b.set("closure", closure(x)));
    return b.build();
  }

  /**
   * One change recorded on a perpetrator case, as {@code PerpetratorWork} gave it.
   *
   * @param event the event
   * @return a {@link Schemas#PERPETRATOR_EVENT} record for FULL
   */
  public static ExportRecord ofEvent(PerpetratorEvent event) {
    MissingValueException.require("event", event);
    EventKind<PerpetratorEvent> kind = FieldValues.kindOf(KINDS, event);
    ExportRecord.Builder b = ExportRecord.builder(Schemas.PERPETRATOR_EVENT).set("caseId", event.caseId()).set("revision", event.revision())
        .set("type", kind.code()).set("on", date(event.on()));
    return b.set(kind.content(), content(event)).build();
  }

  /**
   * The perpetrator case a {@link Schemas#PERPETRATOR_CASE} record made for FULL holds: the inverse
   * of {@link #ofCase}, for a record read back from an export. {@code toCase(ofCase(c))} equals
   * {@code c}. The case is built through its builder, so it passes every check a case keeps. A risk
   * score written under schema 1.4 or earlier lacks the counts a score needs and is refused (a case
   * without scores reads back from either).
   *
   * @param record the perpetrator case record
   * @return the perpetrator case
   * @throws InvalidInputException when the record is of another schema, was made for a purpose that
   *     drops parts of a case (MARAC, RESEARCH), or holds a value the case cannot take, naming the
   *     field by its path, such as {@code perpetratorCase.levers.until} (a rule of the model itself
   *     names the field as the model does, such as {@code victims})
   * @throws MissingValueException when a field the case needs is absent
   */
  public static PerpetratorCase toCase(ExportRecord record) {
    whole(record, Schemas.PERPETRATOR_CASE, "perpetrator case");
    String at = "perpetratorCase";
    PerpetratorCase.Builder b = PerpetratorCase.builder().caseId(text(record, at, "caseId")).revision(wholeNumber(record, at, "revision"))
        .victims(each(record, at, "victims", PerpetratorRecords::victimOf))
        .allocations(each(record, at, "allocations", PerpetratorRecords::allocationOf))
        .safetyJudgements(each(record, at, "safetyJudgements", PerpetratorRecords::safetyOf))
        .contactAttempts(each(record, at, "contactAttempts", PerpetratorRecords::attemptOf))
        .engagement(each(record, at, "engagement", PerpetratorRecords::engagementOf))
        .behaviour(each(record, at, "behaviour", PerpetratorRecords::behaviourOf))
        .needs(each(record, at, "needs", PerpetratorRecords::needsOf)).scores(each(record, at, "scores", PerpetratorRecords::scoreOf))
        .work(each(record, at, "work", PerpetratorRecords::workOf)).levers(each(record, at, "levers", PerpetratorRecords::leverOf))
        .breaches(each(record, at, "breaches", PerpetratorRecords::breachOf));
    record.record("stepDown").ifPresent(s -> b.stepDown(stepDownOf(s, at + ".stepDown")));
    record.record("closurePlan").ifPresent(p -> b.closurePlan(closurePlanOf(p, at + ".closurePlan")));
    record.record("closure").ifPresent(x -> b.closure(closureOf(x, at + ".closure")));
    return b.build();
  }

  /**
   * The perpetrator event a {@link Schemas#PERPETRATOR_EVENT} record made for FULL holds: the
   * inverse of {@link #ofEvent}, for a record read back from an export, so that the events of a
   * case can be given to {@code PerpetratorWork.replay}. The event's day is checked against what
   * was recorded, and a record carrying content of another kind than its type is refused.
   *
   * @param record the event record
   * @return the event
   * @throws InvalidInputException when the record is of another schema, was made for a purpose that
   *     drops parts of an event, or its type, day and content disagree, naming the field by its
   *     path, such as {@code event.lever.until}
   * @throws MissingValueException when a field the event needs is absent
   */
  public static PerpetratorEvent toEvent(ExportRecord record) {
    return FieldValues.event(record, Schemas.PERPETRATOR_EVENT, "caseId", KINDS, PerpetratorEvent::on);
  }

  private static StatutoryLever ended(StatutoryLever lever, String at) {
    if (lever.until().isEmpty()) {
      throw new MissingValueException(at + ".until", "a lever-ended event carries the lever's last day");
    }
    return lever;
  }

  private static ExportRecord content(PerpetratorEvent event) {
    if (event instanceof PerpetratorReferred e) {
      return victim(e.primaryVictim());
    } else if (event instanceof VictimLinked e) {
      return victim(e.link());
    } else if (event instanceof CaseManagerAllocated e) {
      return allocation(e.allocation());
    } else if (event instanceof ContactSafetyJudged e) {
      return safety(e.judgement());
    } else if (event instanceof ContactAttempted e) {
      return attempt(e.attempt());
    } else if (event instanceof EngagementRecorded e) {
      return engagement(e.engagement());
    } else if (event instanceof BehaviourRecorded e) {
      return behaviour(e.behaviour());
    } else if (event instanceof NeedsRecorded e) {
      return needs(e.needs());
    } else if (event instanceof ScoreRecorded e) {
      return score(e.score());
    } else if (event instanceof WorkRecorded e) {
      return work(e.work());
    } else if (event instanceof LeverRecorded e) {
      return lever(e.lever());
    } else if (event instanceof LeverEnded e) {
      return lever(e.lever());
    } else if (event instanceof BreachRecorded e) {
      return breach(e.breach());
    } else if (event instanceof SteppedDown e) {
      return stepDown(e.stepDown());
    } else if (event instanceof ClosurePlanned e) {
      return closurePlan(e.plan());
    }
    return closure(((PerpetratorCaseClosed) event).closure());
  }

  /** The field that holds what a perpetrator event of a type records, for the profile's letsOut; empty for a code that is no type. */
  static Optional<String> eventContent(String type) {
    for (EventKind<PerpetratorEvent> kind : KINDS) {
      if (kind.code().equals(type)) {
        return Optional.of(kind.content());
      }
    }
    return Optional.empty();
  }

  private static ExportRecord victim(VictimLink v) {
    return ExportRecord.builder(Schemas.VICTIM_LINK).set("caseId", v.victimCaseId()).set("primary", v.primary())
        .set("relationship", code(v.relationship())).set("livingArrangement", code(v.livingArrangement())).set("linkedOn", date(v.linkedOn()))
        .build();
  }

  private static ExportRecord allocation(Allocation a) {
    return ExportRecord.builder(Schemas.ALLOCATION).set("caseManagerId", a.caseManagerId()).set("on", date(a.on())).build();
  }

  private static ExportRecord safety(ContactSafety j) {
    return ExportRecord.builder(Schemas.CONTACT_SAFETY).set("on", date(j.on())).set("safe", j.safe()).build();
  }

  private static ExportRecord attempt(ContactAttempt a) {
    return ExportRecord.builder(Schemas.CONTACT_ATTEMPT).set("on", date(a.on())).set("made", a.made()).build();
  }

  private static ExportRecord engagement(Engagement e) {
    return ExportRecord.builder(Schemas.ENGAGEMENT).set("on", date(e.on())).set("level", code(e.level())).build();
  }

  private static ExportRecord behaviour(BehaviourRecord r) {
    ExportRecord.Builder b = ExportRecord.builder(Schemas.BEHAVIOUR).set("point", code(r.point())).set("on", date(r.on()))
        .set("source", code(r.source()));
    ExportRecords.abuse(b, r.behaviour());
    return b.build();
  }

  private static ExportRecord needs(NeedsRecord n) {
    ExportRecord.Builder b = ExportRecord.builder(Schemas.NEEDS).set("point", code(n.point())).set("on", date(n.on()));
    for (Map.Entry<NeedArea, NeedLevel> e : n.levels().entrySet()) {
      b.set("ratings", ExportRecord.builder(Schemas.NEED_RATING).set("area", code(e.getKey())).set("level", code(e.getValue())).build());
    }
    return b.build();
  }

  private static ExportRecord score(ScoreRecord s) {
    ExportRecord.Builder b = ExportRecord.builder(Schemas.RISK_SCORE).set("point", code(s.point())).set("on", date(s.on()))
        .set("valid", s.score().valid());
    ExportRecords.score(b, s.score());
    return b.build();
  }

  private static ExportRecord work(WorkEntry w) {
    ExportRecord.Builder b = ExportRecord.builder(Schemas.WORK_ENTRY).set("on", date(w.on())).set("kind", code(w.kind()))
        .set("direct", w.kind().direct()).set("agency", code(w.agency())).set("mode", code(w.mode()));
    w.objective().ifPresent(o -> b.set("objective", code(o)));
    w.action().ifPresent(a -> b.set("action", a));
    return b.build();
  }

  private static ExportRecord lever(StatutoryLever l) {
    ExportRecord.Builder b = ExportRecord.builder(Schemas.LEVER).set("leverId", l.id()).set("kind", code(l.kind())).set("from", date(l.from()));
    l.until().ifPresent(u -> b.set("until", date(u)));
    return b.build();
  }

  private static ExportRecord breach(LeverBreach x) {
    return ExportRecord.builder(Schemas.BREACH).set("leverId", x.leverId()).set("on", date(x.on())).set("reportedBy", code(x.reportedBy()))
        .build();
  }

  private static ExportRecord stepDown(StepDown s) {
    return ExportRecord.builder(Schemas.STEP_DOWN).set("from", date(s.from())).set("until", date(s.until())).build();
  }

  private static ExportRecord closurePlan(ClosurePlan p) {
    ExportRecord.Builder b = ExportRecord.builder(Schemas.CLOSURE_PLAN).set("agreedOn", date(p.agreedOn()));
    p.handoverTo().forEach(agency -> b.set("handoverTo", code(agency)));
    return b.build();
  }

  private static ExportRecord closure(PerpetratorClosure x) {
    return ExportRecord.builder(Schemas.CLOSURE).set("on", date(x.on())).set("reason", code(x.reason())).build();
  }

  private static VictimLink victimOf(ExportRecord v, String at) {
    return new VictimLink(text(v, at, "caseId"), flag(v, at, "primary"), constant(Relationship.class, v, at, "relationship"),
        constant(LivingArrangement.class, v, at, "livingArrangement"), day(v, at, "linkedOn"));
  }

  private static Allocation allocationOf(ExportRecord a, String at) {
    return new Allocation(text(a, at, "caseManagerId"), day(a, at, "on"));
  }

  private static ContactSafety safetyOf(ExportRecord j, String at) {
    return new ContactSafety(day(j, at, "on"), flag(j, at, "safe"));
  }

  private static ContactAttempt attemptOf(ExportRecord a, String at) {
    return new ContactAttempt(day(a, at, "on"), flag(a, at, "made"));
  }

  private static Engagement engagementOf(ExportRecord e, String at) {
    return new Engagement(day(e, at, "on"), constant(EngagementLevel.class, e, at, "level"));
  }

  private static BehaviourRecord behaviourOf(ExportRecord r, String at) {
    return new BehaviourRecord(constant(AssessmentPoint.class, r, at, "point"), day(r, at, "on"),
        constant(BehaviourSource.class, r, at, "source"), ExportRecords.abuseOf(r, at));
  }

  private static NeedsRecord needsOf(ExportRecord n, String at) {
    Map<NeedArea, NeedLevel> levels = new EnumMap<>(NeedArea.class);
    for (ExportRecord rating : n.records("ratings")) {
      NeedArea area = constant(NeedArea.class, rating, at + ".ratings", "area");
      if (levels.put(area, constant(NeedLevel.class, rating, at + ".ratings", "level")) != null) {
        throw new InvalidInputException(at + ".ratings.area", code(area), "each need area is rated once");
      }
    }
    return new NeedsRecord(constant(AssessmentPoint.class, n, at, "point"), day(n, at, "on"), levels);
  }

  private static ScoreRecord scoreOf(ExportRecord s, String at) {
    Score score = ExportRecords.scoreOf(s, at);
    boolean valid = flag(s, at, "valid");
    if (!valid && score.valid()) {
      throw new MissingValueException(at + ".invalidReason", "an invalid score comes with the instrument's reason");
    }
    if (valid && !score.valid()) {
      throw new InvalidInputException(at + ".valid", true, "a score the instrument gave a reason to set aside is not valid");
    }
    return new ScoreRecord(constant(AssessmentPoint.class, s, at, "point"), day(s, at, "on"), score);
  }

  private static WorkEntry workOf(ExportRecord w, String at) {
    WorkKind kind = constant(WorkKind.class, w, at, "kind");
    boolean direct = flag(w, at, "direct");
    if (direct != kind.direct()) {
      throw new InvalidInputException(at + ".direct", direct, "is whether " + code(kind) + " is direct work, " + kind.direct());
    }
    return new WorkEntry(day(w, at, "on"), kind, constant(Agency.class, w, at, "agency"), constant(WorkMode.class, w, at, "mode"),
        optionalConstant(WorkObjective.class, w, at, "objective"), w.text("action"));
  }

  private static StatutoryLever leverOf(ExportRecord l, String at) {
    return new StatutoryLever(text(l, at, "leverId"), constant(LeverKind.class, l, at, "kind"), day(l, at, "from"),
        optionalDay(l, at, "until"));
  }

  private static LeverBreach breachOf(ExportRecord x, String at) {
    return new LeverBreach(text(x, at, "leverId"), day(x, at, "on"), constant(Agency.class, x, at, "reportedBy"));
  }

  private static StepDown stepDownOf(ExportRecord s, String at) {
    return new StepDown(day(s, at, "from"), day(s, at, "until"));
  }

  private static ClosurePlan closurePlanOf(ExportRecord p, String at) {
    return new ClosurePlan(day(p, at, "agreedOn"), constants(Agency.class, p, at, "handoverTo"));
  }

  private static PerpetratorClosure closureOf(ExportRecord x, String at) {
    return new PerpetratorClosure(day(x, at, "on"), constant(ExitReason.class, x, at, "reason"));
  }

  private static ExportDate date(LocalDate day) {
    return ExportDate.of(day);
  }
}
