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

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeguard.core.perpetrator.Allocation;
import org.safeguard.core.perpetrator.BehaviourRecord;
import org.safeguard.core.perpetrator.BehaviourRecorded;
import org.safeguard.core.perpetrator.BreachRecorded;
import org.safeguard.core.perpetrator.CaseManagerAllocated;
import org.safeguard.core.perpetrator.ClosurePlan;
import org.safeguard.core.perpetrator.ClosurePlanned;
import org.safeguard.core.perpetrator.ContactAttempt;
import org.safeguard.core.perpetrator.ContactAttempted;
import org.safeguard.core.perpetrator.ContactSafety;
import org.safeguard.core.perpetrator.ContactSafetyJudged;
import org.safeguard.core.perpetrator.Engagement;
import org.safeguard.core.perpetrator.EngagementRecorded;
import org.safeguard.core.perpetrator.LeverBreach;
import org.safeguard.core.perpetrator.LeverEnded;
import org.safeguard.core.perpetrator.LeverRecorded;
import org.safeguard.core.perpetrator.NeedArea;
import org.safeguard.core.perpetrator.NeedLevel;
import org.safeguard.core.perpetrator.NeedsRecord;
import org.safeguard.core.perpetrator.NeedsRecorded;
import org.safeguard.core.perpetrator.PerpetratorCase;
import org.safeguard.core.perpetrator.PerpetratorCaseClosed;
import org.safeguard.core.perpetrator.PerpetratorClosure;
import org.safeguard.core.perpetrator.PerpetratorEvent;
import org.safeguard.core.perpetrator.PerpetratorReferred;
import org.safeguard.core.perpetrator.ScoreRecord;
import org.safeguard.core.perpetrator.ScoreRecorded;
import org.safeguard.core.perpetrator.StatutoryLever;
import org.safeguard.core.perpetrator.StepDown;
import org.safeguard.core.perpetrator.SteppedDown;
import org.safeguard.core.perpetrator.VictimLink;
import org.safeguard.core.perpetrator.VictimLinked;
import org.safeguard.core.perpetrator.WorkEntry;
import org.safeguard.core.perpetrator.WorkRecorded;
import org.safeguard.export.ExportDate;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Schemas;
import org.safeguard.model.MissingValueException;

/**
 * The one place that maps the perpetrator side onto its export schemas: a perpetrator case as it
 * stands ({@link Schemas#PERPETRATOR_CASE}) and each change recorded on one
 * ({@link Schemas#PERPETRATOR_EVENT}). Records are made for FULL; an {@link ExportProfile} then
 * keeps what its purpose needs (a MARAC gets no needs and no work log, research no staff ids).
 */
public final class PerpetratorRecords {
  private PerpetratorRecords() {}

  /** Each kind of event: its type code and the field that holds what it recorded. */
  private record Kind(Class<? extends PerpetratorEvent> type, String code, String content) {}

  private static final List<Kind> KINDS = List.of(
      new Kind(PerpetratorReferred.class, "perpetrator-referred", "victim"),
      new Kind(VictimLinked.class, "victim-linked", "victim"),
      new Kind(CaseManagerAllocated.class, "case-manager-allocated", "allocation"),
      new Kind(ContactSafetyJudged.class, "contact-safety-judged", "contactSafety"),
      new Kind(ContactAttempted.class, "contact-attempted", "contactAttempt"),
      new Kind(EngagementRecorded.class, "engagement-recorded", "engagement"),
      new Kind(BehaviourRecorded.class, "behaviour-recorded", "behaviour"),
      new Kind(NeedsRecorded.class, "needs-recorded", "needs"),
      new Kind(ScoreRecorded.class, "score-recorded", "score"),
      new Kind(WorkRecorded.class, "work-recorded", "work"),
      new Kind(LeverRecorded.class, "lever-recorded", "lever"),
      new Kind(LeverEnded.class, "lever-ended", "lever"),
      new Kind(BreachRecorded.class, "breach-recorded", "breach"),
      new Kind(SteppedDown.class, "stepped-down", "stepDown"),
      new Kind(ClosurePlanned.class, "closure-planned", "closurePlan"),
      new Kind(PerpetratorCaseClosed.class, "perpetrator-case-closed", "closure"));

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
    Kind kind = kindOf(event);
    ExportRecord.Builder b = ExportRecord.builder(Schemas.PERPETRATOR_EVENT).set("caseId", event.caseId()).set("revision", event.revision())
        .set("type", kind.code()).set("on", date(event.on()));
    return b.set(kind.content(), content(event)).build();
  }

  private static Kind kindOf(PerpetratorEvent event) {
    for (Kind kind : KINDS) {
      if (kind.type() == event.getClass()) {
        return kind;
      }
    }
    throw new IllegalStateException("every kind of perpetrator event has its export type: " + event.getClass().getName());
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
    for (Kind kind : KINDS) {
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
    return ExportRecord.builder(Schemas.RISK_SCORE).set("point", code(s.point())).set("on", date(s.on()))
        .set("instrumentId", s.score().instrumentId()).set("instrumentVersion", s.score().instrumentVersion())
        .set("score", s.score().value()).set("valid", s.score().valid()).set("notKnownCount", s.score().notKnownCount()).build();
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

  private static ExportDate date(LocalDate day) {
    return ExportDate.of(day);
  }
}
