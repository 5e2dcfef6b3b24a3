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
import static org.safeguard.core.export.FieldValues.day;
import static org.safeguard.core.export.FieldValues.flag;
import static org.safeguard.core.export.FieldValues.nested;
import static org.safeguard.core.export.FieldValues.number;
import static org.safeguard.core.export.FieldValues.optionalDay;
import static org.safeguard.core.export.FieldValues.required;
import static org.safeguard.core.export.FieldValues.text;
import static org.safeguard.core.export.FieldValues.whole;
import static org.safeguard.core.export.FieldValues.wholeNumber;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Optional;
import org.safeguard.core.casework.ActionCategory;
import org.safeguard.core.casework.ActionStatus;
import org.safeguard.core.casework.ClosureReason;
import org.safeguard.core.casework.ConsentMethod;
import org.safeguard.core.casework.ContactChannel;
import org.safeguard.core.casework.InterventionResult;
import org.safeguard.core.casework.ReviewKind;
import org.safeguard.core.casework.SharingReason;
import org.safeguard.core.casework.Vulnerability;
import org.safeguard.core.marac.MaracOutcome;
import org.safeguard.core.outcome.AbuseProfile;
import org.safeguard.core.outcome.RiskFactor;
import org.safeguard.model.IncidentType;
import org.safeguard.model.InvalidInputException;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.core.assessment.JudgementReason;
import org.safeguard.core.assessment.ProfessionalJudgement;
import org.safeguard.core.casework.CaseFile;
import org.safeguard.core.casework.CaseClosed;
import org.safeguard.core.casework.CaseEvent;
import org.safeguard.core.casework.CaseEventType;
import org.safeguard.core.casework.CaseOpened;
import org.safeguard.core.casework.ConsentRecorded;
import org.safeguard.core.casework.ContactRecorded;
import org.safeguard.core.casework.IncidentRecorded;
import org.safeguard.core.casework.InformationShared;
import org.safeguard.core.casework.IntakeRecorded;
import org.safeguard.core.casework.InterventionEnded;
import org.safeguard.core.casework.InterventionStarted;
import org.safeguard.core.casework.MaracMeetingSet;
import org.safeguard.core.casework.MaracReferralMade;
import org.safeguard.core.casework.ReviewRecorded;
import org.safeguard.core.casework.SafetyPlanRevised;
import org.safeguard.core.casework.Closure;
import org.safeguard.core.casework.Consent;
import org.safeguard.core.casework.Contact;
import org.safeguard.core.casework.InformationSharing;
import org.safeguard.core.casework.Intervention;
import org.safeguard.core.casework.MaracReferral;
import org.safeguard.core.casework.Measures;
import org.safeguard.core.casework.Review;
import org.safeguard.core.casework.SafetyAction;
import org.safeguard.core.casework.SafetyPlan;
import org.safeguard.core.marac.Incident;
import org.safeguard.core.marac.MaracDecision;
import org.safeguard.core.marac.MaracRoute;
import org.safeguard.core.marac.RouteFinding;
import org.safeguard.core.outcome.AbuseType;
import org.safeguard.core.outcome.CohortReport;
import org.safeguard.core.outcome.InterventionBand;
import org.safeguard.core.outcome.OutcomeAnswer;
import org.safeguard.core.outcome.OutcomeMeasure;
import org.safeguard.core.outcome.OutcomeQuestion;
import org.safeguard.core.outcome.Rate;
import org.safeguard.core.outcome.RiskMovement;
import org.safeguard.core.outcome.Severity;
import org.safeguard.export.AgeRange;
import org.safeguard.export.Count;
import org.safeguard.export.ExportDate;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Schemas;
import org.safeguard.model.Agency;
import org.safeguard.model.Band;
import org.safeguard.model.Item;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.Responses;
import org.safeguard.model.RiskLevel;
import org.safeguard.model.Score;

/**
 * Turns what the engine returns into records of the SPI's {@link Schemas}, made for FULL: the one
 * place that says which field of an export holds which part of a case, an assessment or a MARAC
 * decision. {@link ExportSession} applies the export's profile to what these return.
 */
public final class ExportRecords {
  private ExportRecords() {}

  /**
   * A case as it stands.
   *
   * @param file the case file
   * @return a {@link Schemas#CASE} record for FULL
   */
  public static ExportRecord ofCase(CaseFile file) {
    MissingValueException.require("file", file);
    ExportRecord.Builder b = ExportRecord.builder(Schemas.CASE)
        .set("caseId", file.caseId())
        .set("revision", file.revision())
        .set("openedOn", date(file.openedOn()));
    OptionalInt age = file.victimAge();
    if (age.isPresent()) {
      b.set("victimAge", AgeRange.exact(age.getAsInt()));
    }
    if (file.intake().isPresent()) {
      b.set("intake", measures(file.intake().get()));
    }
    for (SafetyPlan plan : file.safetyPlans()) {
      b.set("safetyPlans", plan(plan));
    }
    for (Intervention i : file.interventions()) {
      b.set("interventions", intervention(i));
    }
    for (Contact c : file.contacts()) {
      b.set("contacts", contact(c));
    }
    for (Incident incident : file.incidents()) {
      b.set("incidents", incident(incident));
    }
    for (MaracReferral referral : file.maracReferrals()) {
      b.set("maracReferrals", referral(referral));
    }
    for (Consent consent : file.consents()) {
      b.set("consents", consent(consent));
    }
    for (InformationSharing s : file.sharing()) {
      b.set("sharing", sharing(s));
    }
    for (Review review : file.reviews()) {
      b.set("reviews", review(review));
    }
    file.closure().ifPresent(closure -> b.set("closure", closure(closure)));
    return b.build();
  }

  /**
   * An assessment of a case, without its item answers.
   *
   * @param caseId the case assessed
   * @param assessment the assessment
   * @return an {@link Schemas#ASSESSMENT} record for FULL
   */
  public static ExportRecord ofAssessment(String caseId, Assessment assessment) {
    MissingValueException.require("caseId", caseId);
    MissingValueException.require("assessment", assessment);
    return assessment(caseId, null, assessment);
  }

  /**
   * An assessment of a case with the answers it was made from, one per item of the instrument.
   *
   * @param caseId the case assessed
   * @param responses the answers the assessment scored
   * @param assessment the assessment
   * @return an {@link Schemas#ASSESSMENT} record for FULL
   * @throws InvalidInputException when the responses are to another instrument than the assessment's
   */
  public static ExportRecord ofAssessment(String caseId, Responses responses, Assessment assessment) {
    MissingValueException.require("caseId", caseId);
    MissingValueException.require("responses", responses);
    MissingValueException.require("assessment", assessment);
    Score score = assessment.score();
    if (!responses.instrument().id().equals(score.instrumentId()) || !responses.instrument().version().equals(score.instrumentVersion())) {
      throw new InvalidInputException("responses", responses.instrument().id() + "@" + responses.instrument().version(),
          "are to the instrument the assessment scored, " + score.instrumentId() + "@" + score.instrumentVersion());
    }
    return assessment(caseId, responses, assessment);
  }

  /**
   * A MARAC screening decision on a case, with every route weighed.
   *
   * @param caseId the case screened
   * @param decision the decision
   * @return a {@link Schemas#MARAC_DECISION} record for FULL
   */
  public static ExportRecord ofDecision(String caseId, MaracDecision decision) {
    MissingValueException.require("caseId", caseId);
    MissingValueException.require("decision", decision);
    ExportRecord.Builder b = ExportRecord.builder(Schemas.MARAC_DECISION).set("caseId", caseId).set("asOf", date(decision.asOf()))
        .set("outcome", code(decision.outcome())).set("alsoToChildrensSocialCare", decision.alsoToChildrensSocialCare())
        .set("policyId", decision.policyId()).set("policyVersion", decision.policyVersion());
    for (RouteFinding finding : decision.routes()) {
      b.set("routes", finding(finding, true));
    }
    for (RouteFinding finding : decision.notFired()) {
      b.set("routes", finding(finding, false));
    }
    b.setAll("notes", decision.notes());
    return b.build();
  }

  /**
   * One change recorded on a case, as casework gave it in a {@code CaseChange}: the revision it
   * made, its kind, its day and what was recorded. Exported in order, a case's events are its
   * history; the case record is where it stands.
   *
   * @param event the event
   * @return a {@link Schemas#CASE_EVENT} record for FULL
   */
  public static ExportRecord ofEvent(CaseEvent event) {
    MissingValueException.require("event", event);
    ExportRecord.Builder b = ExportRecord.builder(Schemas.CASE_EVENT).set("caseId", event.caseId()).set("revision", event.revision())
        .set("type", code(event.type())).set("on", date(event.on()));
    if (event instanceof CaseOpened e) {
      e.victimAge().ifPresent(age -> b.set("victimAge", AgeRange.exact(age)));
      e.intake().ifPresent(m -> b.set("intake", measures(m)));
    } else if (event instanceof IntakeRecorded e) {
      b.set("intake", measures(e.intake()));
    } else if (event instanceof SafetyPlanRevised e) {
      b.set("safetyPlan", plan(e.plan()));
    } else if (event instanceof InterventionStarted e) {
      b.set("intervention", intervention(e.intervention()));
    } else if (event instanceof InterventionEnded e) {
      b.set("intervention", intervention(e.intervention()));
    } else if (event instanceof ContactRecorded e) {
      b.set("contact", contact(e.contact()));
    } else if (event instanceof IncidentRecorded e) {
      b.set("incident", incident(e.incident()));
    } else if (event instanceof MaracReferralMade e) {
      b.set("maracReferral", referral(e.referral()));
    } else if (event instanceof MaracMeetingSet e) {
      b.set("maracReferral", referral(e.referral()));
    } else if (event instanceof ReviewRecorded e) {
      b.set("review", review(e.review()));
    } else if (event instanceof ConsentRecorded e) {
      b.set("consent", consent(e.consent()));
    } else if (event instanceof InformationShared e) {
      b.set("sharing", sharing(e.sharing()));
    } else {
      b.set("closure", closure(((CaseClosed) event).closure()));
    }
    return b.build();
  }

  /**
   * A cohort outcome report: its counts of cases, cell by cell. Under research the engine
   * suppresses each count below the profile's small-cell threshold.
   *
   * @param report the report
   * @return a {@link Schemas#COHORT_REPORT} record for FULL
   */
  public static ExportRecord ofCohortReport(CohortReport report) {
    MissingValueException.require("report", report);
    ExportRecord.Builder b = ExportRecord.builder(Schemas.COHORT_REPORT).set("outcomePoint", code(report.parameters().outcomePoint()))
        .set("intensiveThreshold", (long) report.parameters().intensiveThreshold()).set("cases", Count.of(report.cases()))
        .set("reviewed", Count.of(report.reviewed()));
    List<InterventionBand> bands = report.bands();
    for (InterventionBand band : bands) {
      ExportRecord.Builder row = ExportRecord.builder(Schemas.COHORT_BAND).set("band", band.label()).set("lower", (long) band.lower())
          .set("cases", Count.of(report.casesInBand(band.index()))).set("reviewed", Count.of(report.reviewedInBand(band.index())));
      band.upper().ifPresent(upper -> row.set("upper", (long) upper));
      b.set("bands", row.build());
    }
    for (OutcomeMeasure measure : OutcomeMeasure.values()) {
      b.set("outcomes", outcome(measure, null, report.overall(measure)));
      for (InterventionBand band : bands) {
        b.set("outcomes", outcome(measure, band.label(), report.byBand(measure, band.index())));
      }
    }
    RiskMovement movement = report.riskMovement();
    for (RiskLevel from : RiskLevel.values()) {
      for (RiskLevel to : RiskLevel.values()) {
        b.set("riskMovement", ExportRecord.builder(Schemas.COHORT_RISK_MOVEMENT).set("from", code(from)).set("to", code(to))
            .set("cases", Count.of(movement.count(from, to))).build());
      }
      b.set("riskMovement", ExportRecord.builder(Schemas.COHORT_RISK_MOVEMENT).set("from", code(from))
          .set("cases", Count.of(movement.noReview(from))).build());
    }
    for (AbuseType type : AbuseType.values()) {
      Rate prevalence = report.prevalenceAtIntake(type);
      Rate cessation = report.cessation(type);
      b.set("abuse", ExportRecord.builder(Schemas.COHORT_ABUSE).set("type", code(type)).set("atIntake", Count.of(prevalence.numerator()))
          .set("recorded", Count.of(prevalence.denominator())).set("ceased", Count.of(cessation.numerator()))
          .set("reviewed", Count.of(cessation.denominator())).build());
    }
    for (String kind : report.interventionKinds()) {
      Rate received = report.interventionReceived(kind);
      b.set("interventions", ExportRecord.builder(Schemas.COHORT_INTERVENTION).set("kind", kind)
          .set("received", Count.of(received.numerator())).set("of", Count.of(received.denominator())).build());
    }
    return b.build();
  }

  /**
   * The case a {@link Schemas#CASE} record made for FULL holds: the inverse of {@link #ofCase}, for
   * a record read back from an export (an NDJSON file, say). {@code toCase(ofCase(file))} equals
   * {@code file}. The case is built through its builders, so it passes every check a case keeps. A
   * record of schema 1.1 or earlier lacks values a case needs (a consent's referral agreement, an
   * assessment's flags) and is refused.
   *
   * @param record the case record
   * @return the case file
   * @throws InvalidInputException when the record is of another schema, was made for a purpose that
   *     drops parts of a case (MARAC, RESEARCH), or holds a value the case cannot take, naming the
   *     field by its path, such as {@code case.safetyPlans.actions.due} (a rule of the model itself
   *     names the field as the model does, such as {@code safetyPlan.version})
   * @throws MissingValueException when a field the case needs is absent
   */
  public static CaseFile toCase(ExportRecord record) {
    whole(record, Schemas.CASE, "case");
    CaseFile.Builder b = CaseFile.builder().caseId(text(record, "case", "caseId")).revision(wholeNumber(record, "case", "revision"))
        .openedOn(day(record, "case", "openedOn"));
    b.victimAge(victimAge(record, "case"));
    record.record("intake").ifPresent(m -> b.intake(measuresOf(m, "case.intake")));
    for (ExportRecord plan : record.records("safetyPlans")) {
      b.addSafetyPlans(planOf(plan, "case.safetyPlans"));
    }
    for (ExportRecord i : record.records("interventions")) {
      b.addInterventions(interventionOf(i, "case.interventions"));
    }
    for (ExportRecord c : record.records("contacts")) {
      b.addContacts(contactOf(c, "case.contacts"));
    }
    for (ExportRecord incident : record.records("incidents")) {
      b.addIncidents(incidentOf(incident, "case.incidents"));
    }
    for (ExportRecord referral : record.records("maracReferrals")) {
      b.addMaracReferrals(referralOf(referral, "case.maracReferrals"));
    }
    for (ExportRecord consent : record.records("consents")) {
      b.addConsents(consentOf(consent, "case.consents"));
    }
    for (ExportRecord shared : record.records("sharing")) {
      b.addSharing(sharingOf(shared, "case.sharing"));
    }
    for (ExportRecord review : record.records("reviews")) {
      b.addReviews(reviewOf(review, "case.reviews"));
    }
    record.record("closure").ifPresent(c -> b.closure(closureOf(c, "case.closure")));
    return b.build();
  }

  /**
   * The assessment an {@link Schemas#ASSESSMENT} record made for FULL holds: the inverse of
   * {@link #ofAssessment(String, Assessment)}. The record's case id and answers are not part of an
   * assessment; read them from the record. The level the record gives is checked against the one
   * the rebuilt assessment has.
   *
   * @param record the assessment record
   * @return the assessment
   * @throws InvalidInputException when the record is of another schema, was made for a purpose
   *     that drops parts of an assessment, or its parts do not make an assessment (a band that does
   *     not hold the score, a judgement that lowers the level), naming the field by its path
   * @throws MissingValueException when a field an assessment needs is absent
   */
  public static Assessment toAssessment(ExportRecord record) {
    whole(record, Schemas.ASSESSMENT, "assessment");
    return assessmentOf(record, "assessment");
  }

  /**
   * The answers an {@link Schemas#ASSESSMENT} record made for FULL was written with: the inverse of
   * the responses given to {@link #ofAssessment(String, Responses, Assessment)}. The instrument is
   * the caller's, from the engine ({@code Safeguard.instrument(id)}); answers name its items.
   *
   * @param record the assessment record, written with its responses
   * @param instrument the instrument the record names, at the version it names
   * @return the responses, equal to those written
   * @throws InvalidInputException when the record is of another schema or purpose, names another
   *     instrument or version, carries not one answer per item, or an answer does not fit the
   *     instrument (an item it does not have, a rating off its scale, a rating beside an answer)
   * @throws MissingValueException when a field the answers need is absent
   */
  public static Responses toResponses(ExportRecord record, org.safeguard.model.Instrument instrument) {
    MissingValueException.require("record", record);
    MissingValueException.require("instrument", instrument);
    whole(record, Schemas.ASSESSMENT, "set of responses");
    String at = "assessment";
    String id = text(record, at, "instrumentId");
    String version = text(record, at, "instrumentVersion");
    if (!id.equals(instrument.id()) || !version.equals(instrument.version())) {
      throw new InvalidInputException(at + ".instrumentId", id + "@" + version,
          "names the instrument given, " + instrument.id() + "@" + instrument.version());
    }
    List<ExportRecord> answers = record.records("answers");
    if (answers.size() != instrument.items().size()) {
      throw new InvalidInputException(at + ".answers", answers.size(),
          "a record written with its responses has an answer per item of the instrument, " + instrument.items().size());
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    Responses.Builder b = Responses.builder(instrument);
    optionalDay(record, at, "completedOn").ifPresent(b::completedOn);
    if (record.text("completedBy").isPresent()) {
      b.completedBy(constant(Agency.class, record, at, "completedBy"));
    }
    String path = at + ".answers";
    for (ExportRecord a : answers) {
      String item = text(a, path, "item");
      if (!seen.add(item)) {
        throw new InvalidInputException(path + ".item", item, "each item is answered once");
      }
      org.safeguard.model.Answer answer = constant(org.safeguard.model.Answer.class, a, path, "answer");
      if (a.integer("rating").isPresent()) {
        if (answer != org.safeguard.model.Answer.NOT_ASKED) {
          throw new InvalidInputException(path + ".answer", code(answer), "a rated item is rated instead of answered: its answer reads "
              + "not-asked beside its rating");
        }
        b.rate(item, number(a, path, "rating"));
      } else if (answer != org.safeguard.model.Answer.NOT_ASKED) {
        b.answer(item, answer);
      }
      if (a.text("source").isPresent()) {
        b.source(item, constant(Agency.class, a, path, "source"));
      }
    }
    return b.build();
  }

  /**
   * The MARAC decision a {@link Schemas#MARAC_DECISION} record made for FULL holds: the inverse of
   * {@link #ofDecision}. Routes that fired and routes that did not come back in their order.
   *
   * @param record the decision record
   * @return the decision
   * @throws InvalidInputException when the record is of another schema, was made for a purpose
   *     that drops parts of a decision, or holds a value a decision cannot take
   * @throws MissingValueException when a field a decision needs is absent
   */
  public static MaracDecision toDecision(ExportRecord record) {
    whole(record, Schemas.MARAC_DECISION, "decision");
    String at = "decision";
    MaracDecision.Builder b = MaracDecision.builder().asOf(day(record, at, "asOf")).outcome(constant(MaracOutcome.class, record, at, "outcome"))
        .alsoToChildrensSocialCare(flag(record, at, "alsoToChildrensSocialCare")).policyId(text(record, at, "policyId"))
        .policyVersion(text(record, at, "policyVersion")).notes(record.texts("notes"));
    for (ExportRecord f : record.records("routes")) {
      String path = at + ".routes";
      RouteFinding.Builder r = RouteFinding.builder().route(constant(MaracRoute.class, f, path, "route"))
          .explanation(text(f, path, "explanation"));
      if (f.integer("score").isPresent()) {
        r.score(number(f, path, "score"));
      }
      if (f.integer("incidentsCounted").isPresent()) {
        r.incidentsCounted(number(f, path, "incidentsCounted"));
      }
      optionalDay(f, path, "windowStart").ifPresent(r::windowStart);
      optionalDay(f, path, "lastReferral").ifPresent(r::lastReferral);
      optionalDay(f, path, "incidentDate").ifPresent(r::incidentDate);
      f.text("assessorId").ifPresent(r::assessorId);
      for (String reason : f.texts("reasons")) {
        r.addReasons(constant(JudgementReason.class, path + ".reasons", reason));
      }
      if (flag(f, path, "fired")) {
        b.addRoutes(r.build());
      } else {
        b.addNotFired(r.build());
      }
    }
    return b.build();
  }

  /**
   * The case event a {@link Schemas#CASE_EVENT} record made for FULL holds: the inverse of
   * {@link #ofEvent}. The event's day is checked against what was recorded, and a record carrying
   * content of another kind than its type is refused.
   *
   * @param record the event record
   * @return the event
   * @throws InvalidInputException when the record is of another schema, was made for a purpose
   *     that drops parts of an event, or its type, day and content disagree, naming the field
   * @throws MissingValueException when a field the event needs is absent
   */
  public static CaseEvent toEvent(ExportRecord record) {
    whole(record, Schemas.CASE_EVENT, "case event");
    String at = "event";
    String caseId = text(record, at, "caseId");
    long revision = wholeNumber(record, at, "revision");
    CaseEventType type = constant(CaseEventType.class, record, at, "type");
    LocalDate on = day(record, at, "on");
    String filled = CONTENT[type.ordinal()];
    FieldValues.carriesOnly(record, at, EVENT_CONTENT, code(type), type == CaseEventType.CASE_OPENED ? List.of(filled, "victimAge")
        : List.of(filled));
    CaseEvent event = switch (type) {
      case CASE_OPENED -> new CaseOpened(caseId, revision, on, victimAge(record, at), record.record("intake").map(m -> measuresOf(m, at + ".intake")));
      case INTAKE_RECORDED -> new IntakeRecorded(caseId, revision, measuresOf(nested(record, at, filled), at + ".intake"));
      case SAFETY_PLAN_REVISED -> new SafetyPlanRevised(caseId, revision, planOf(nested(record, at, filled), at + ".safetyPlan"));
      case INTERVENTION_STARTED -> new InterventionStarted(caseId, revision, interventionOf(nested(record, at, filled), at + ".intervention"));
      case INTERVENTION_ENDED -> new InterventionEnded(caseId, revision, ended(interventionOf(nested(record, at, filled),
          at + ".intervention")));
      case CONTACT_RECORDED -> new ContactRecorded(caseId, revision, contactOf(nested(record, at, filled), at + ".contact"));
      case INCIDENT_RECORDED -> new IncidentRecorded(caseId, revision, incidentOf(nested(record, at, filled), at + ".incident"));
      case MARAC_REFERRAL_MADE -> new MaracReferralMade(caseId, revision, referralOf(nested(record, at, filled), at + ".maracReferral"));
      case MARAC_MEETING_SET -> new MaracMeetingSet(caseId, revision, meetingSet(referralOf(nested(record, at, filled),
          at + ".maracReferral")));
      case REVIEW_RECORDED -> new ReviewRecorded(caseId, revision, reviewOf(nested(record, at, filled), at + ".review"));
      case CONSENT_RECORDED -> new ConsentRecorded(caseId, revision, consentOf(nested(record, at, filled), at + ".consent"));
      case INFORMATION_SHARED -> new InformationShared(caseId, revision, sharingOf(nested(record, at, filled), at + ".sharing"));
      case CASE_CLOSED -> new CaseClosed(caseId, revision, closureOf(nested(record, at, filled), at + ".closure"));
    };
    FieldValues.sameDay(at, on, code(type), event.on());
    return event;
  }

  private static Intervention ended(Intervention intervention) {
    if (intervention.end().isEmpty()) {
      throw new MissingValueException("event.intervention.end", "an intervention-ended event carries the day it ended");
    }
    return intervention;
  }

  private static MaracReferral meetingSet(MaracReferral referral) {
    if (referral.meetingOn().isEmpty()) {
      throw new MissingValueException("event.maracReferral.meetingOn", "a marac-meeting-set event carries the meeting's day");
    }
    return referral;
  }

  /** The field that holds what a case event of a type records, for the profile's letsOut; empty for a code that is no type. */
  static Optional<String> eventContent(String type) {
    List<String> codes = FieldValues.codes(CaseEventType.class);
    for (int i = 0; i < codes.size(); i++) {
      if (codes.get(i).equals(type)) {
        return Optional.of(CONTENT[i]);
      }
    }
    return Optional.empty();
  }

  /** Every field of a case event that holds what was recorded. */
  private static final List<String> EVENT_CONTENT = List.of("victimAge", "intake", "safetyPlan", "intervention", "contact", "incident",
      "maracReferral", "review", "consent", "sharing", "closure");

  /** The content field each kind of event fills, by {@link CaseEventType} ordinal; an opening may add the age. */
  private static final String[] CONTENT = contentFields();

  private static String[] contentFields() {
    String[] fields = new String[CaseEventType.values().length];
    fields[CaseEventType.CASE_OPENED.ordinal()] = "intake";
    fields[CaseEventType.INTAKE_RECORDED.ordinal()] = "intake";
    fields[CaseEventType.SAFETY_PLAN_REVISED.ordinal()] = "safetyPlan";
    fields[CaseEventType.INTERVENTION_STARTED.ordinal()] = "intervention";
    fields[CaseEventType.INTERVENTION_ENDED.ordinal()] = "intervention";
    fields[CaseEventType.CONTACT_RECORDED.ordinal()] = "contact";
    fields[CaseEventType.INCIDENT_RECORDED.ordinal()] = "incident";
    fields[CaseEventType.MARAC_REFERRAL_MADE.ordinal()] = "maracReferral";
    fields[CaseEventType.MARAC_MEETING_SET.ordinal()] = "maracReferral";
    fields[CaseEventType.REVIEW_RECORDED.ordinal()] = "review";
    fields[CaseEventType.CONSENT_RECORDED.ordinal()] = "consent";
    fields[CaseEventType.INFORMATION_SHARED.ordinal()] = "sharing";
    fields[CaseEventType.CASE_CLOSED.ordinal()] = "closure";
    return fields;
  }

  private static OptionalInt victimAge(ExportRecord record, String at) {
    Optional<AgeRange> age = record.age("victimAge");
    if (age.isEmpty()) {
      return OptionalInt.empty();
    }
    if (!age.get().exact()) {
      throw new InvalidInputException(at + ".victimAge", age.get(), "an age is exact, as FULL writes it; a band cannot be read back");
    }
    return OptionalInt.of(age.get().low());
  }

  private static Assessment assessmentOf(ExportRecord r, String at) {
    Assessment.Builder b = Assessment.builder().score(scoreOf(r, at)).policyId(text(r, at, "policyId"))
        .policyVersion(text(r, at, "policyVersion")).insufficientInformation(r.text("insufficientInformation"));
    b.highRiskThresholdOnly(flag(r, at, "highRiskThresholdOnly"));
    if (r.integer("bandLower").isPresent()) {
      RiskLevel computed = constant(RiskLevel.class, r, at, "computedLevel");
      int lower = number(r, at, "bandLower");
      b.band(r.integer("bandUpper").isPresent() ? Band.of(computed, lower, number(r, at, "bandUpper")) : Band.from(computed, lower))
          .computedLevel(computed);
    } else if (r.text("computedLevel").isPresent()) {
      throw new MissingValueException(at + ".bandLower", "a computed level comes with the band that gave it");
    }
    List<ProfessionalJudgement> earlier = new java.util.ArrayList<>();
    ProfessionalJudgement current = null;
    for (ExportRecord j : r.records("judgements")) {
      String path = at + ".judgements";
      if (current != null) {
        throw new InvalidInputException(path + ".current", true, "the judgement in force comes last, after the earlier ones");
      }
      ProfessionalJudgement.Builder judgement = ProfessionalJudgement.builder().level(constant(RiskLevel.class, j, path, "level"))
          .assessorId(text(j, path, "assessorId")).rationale(text(j, path, "rationale"))
          .at(required(j.instant("at"), path + ".at"));
      for (String reason : j.texts("reasons")) {
        judgement.addReasons(constant(JudgementReason.class, path + ".reasons", reason));
      }
      if (flag(j, path, "current")) {
        current = judgement.build();
      } else {
        earlier.add(judgement.build());
      }
    }
    if (current != null) {
      b.judgement(current);
    }
    Assessment assessment = b.earlierJudgements(earlier).build();
    Optional<RiskLevel> level = r.text("level").isPresent() ? Optional.of(constant(RiskLevel.class, r, at, "level")) : Optional.empty();
    if (!level.equals(assessment.level())) {
      throw new InvalidInputException(at + ".level", level.map(FieldValues::code).orElse("(absent)"),
          "is the level the judgement in force or the band gives, " + assessment.level().map(FieldValues::code).orElse("none"));
    }
    return assessment;
  }

  /**
   * The score held in a record's score fields, as {@link #score} writes them: an assessment's and a
   * perpetrator's risk score alike.
   */
  static Score scoreOf(ExportRecord r, String at) {
    return Score.builder().instrumentId(text(r, at, "instrumentId")).instrumentVersion(text(r, at, "instrumentVersion"))
        .value(number(r, at, "score")).yesCount(number(r, at, "yesCount")).noCount(number(r, at, "noCount"))
        .notKnownCount(number(r, at, "notKnownCount")).notAskedCount(number(r, at, "notAskedCount"))
        .ratedCount(number(r, at, "ratedCount")).category(r.text("category")).invalidReason(r.text("invalidReason"))
        .rated(flag(r, at, "rated")).build();
  }

  /** The abuse profile held in a record's {@code abuse} and {@code abuseNotRecorded} fields, as {@link #abuse} writes it. */
  static AbuseProfile abuseOf(ExportRecord r, String at) {
    Map<AbuseType, Severity> present = new java.util.EnumMap<>(AbuseType.class);
    for (ExportRecord abuse : r.records("abuse")) {
      AbuseType type = constant(AbuseType.class, abuse, at + ".abuse", "type");
      if (present.put(type, constant(Severity.class, abuse, at + ".abuse", "severity")) != null) {
        throw new InvalidInputException(at + ".abuse.type", code(type), "each type of abuse is listed once");
      }
    }
    return AbuseProfile.of(present, FieldValues.constants(AbuseType.class, r, at, "abuseNotRecorded"));
  }

  private static Measures measuresOf(ExportRecord m, String at) {
    Measures.Builder b = Measures.builder().on(day(m, at, "on"))
        .assessment(assessmentOf(required(m.record("assessment"), at + ".assessment"), at + ".assessment"));
    b.abuse(abuseOf(m, at));
    for (String factor : m.texts("riskFactors")) {
      b.addRiskFactors(constant(RiskFactor.class, at + ".riskFactors", factor));
    }
    if (m.integer("childrenInHousehold").isPresent()) {
      b.childrenInHousehold(number(m, at, "childrenInHousehold"));
    }
    for (String v : m.texts("vulnerabilities")) {
      b.addVulnerabilities(constant(Vulnerability.class, at + ".vulnerabilities", v));
    }
    return b.build();
  }

  private static SafetyPlan planOf(ExportRecord plan, String at) {
    SafetyPlan.Builder b = SafetyPlan.builder().version(number(plan, at, "version")).revisedOn(day(plan, at, "revisedOn"));
    for (ExportRecord a : plan.records("actions")) {
      String path = at + ".actions";
      b.addActions(SafetyAction.builder().id(text(a, path, "id")).category(constant(ActionCategory.class, a, path, "category"))
          .owner(constant(Agency.class, a, path, "owner")).due(day(a, path, "due")).reviewOn(day(a, path, "reviewOn"))
          .status(constant(ActionStatus.class, a, path, "status")).build());
    }
    return b.build();
  }

  private static Incident incidentOf(ExportRecord r, String at) {
    Incident.Builder b = Incident.builder().date(day(r, at, "date")).type(constant(IncidentType.class, r, at, "type"))
        .reportedBy(constant(Agency.class, r, at, "reportedBy"));
    r.text("incidentId").ifPresent(b::incidentId);
    r.text("perpetratorId").ifPresent(b::perpetratorId);
    return b.build();
  }

  private static Intervention interventionOf(ExportRecord i, String at) {
    Intervention.Builder r = Intervention.builder().id(text(i, at, "id")).kind(text(i, at, "kind")).start(day(i, at, "start"))
        .result(constant(InterventionResult.class, i, at, "result"));
    optionalDay(i, at, "end").ifPresent(r::end);
    return r.build();
  }

  private static Contact contactOf(ExportRecord c, String at) {
    return Contact.of(day(c, at, "on"), constant(ContactChannel.class, c, at, "channel"), flag(c, at, "significant"));
  }

  private static MaracReferral referralOf(ExportRecord referral, String at) {
    MaracReferral.Builder r = MaracReferral.builder().referredOn(day(referral, at, "referredOn"))
        .outcome(constant(MaracOutcome.class, referral, at, "outcome"));
    for (String route : referral.texts("routes")) {
      r.addRoutes(constant(MaracRoute.class, at + ".routes", route));
    }
    optionalDay(referral, at, "meetingOn").ifPresent(r::meetingOn);
    return r.build();
  }

  private static Consent consentOf(ExportRecord consent, String at) {
    Consent.Builder r = Consent.builder().recordedOn(day(consent, at, "recordedOn")).method(constant(ConsentMethod.class, consent, at, "method"))
        .contactAgreed(flag(consent, at, "contactAgreed"));
    for (String agency : consent.texts("shareWith")) {
      r.addShareWith(constant(Agency.class, at + ".shareWith", agency));
    }
    r.referralAgreed(flag(consent, at, "referralAgreed"));
    return r.build();
  }

  private static InformationSharing sharingOf(ExportRecord shared, String at) {
    InformationSharing.Builder r = InformationSharing.builder().on(day(shared, at, "on")).with(constant(Agency.class, shared, at, "with"))
        .withConsent(flag(shared, at, "withConsent"));
    if (shared.text("reasonWithoutConsent").isPresent()) {
      r.reasonWithoutConsent(constant(SharingReason.class, shared, at, "reasonWithoutConsent"));
    }
    return r.build();
  }

  private static Review reviewOf(ExportRecord review, String at) {
    Review.Builder r = Review.builder().kind(constant(ReviewKind.class, review, at, "kind"))
        .measures(measuresOf(required(review.record("measures"), at + ".measures"), at + ".measures"));
    java.util.Set<OutcomeQuestion> asked = java.util.EnumSet.noneOf(OutcomeQuestion.class);
    for (ExportRecord answer : review.records("answers")) {
      OutcomeQuestion question = constant(OutcomeQuestion.class, answer, at + ".answers", "question");
      if (!asked.add(question)) {
        throw new InvalidInputException(at + ".answers.question", code(question), "each outcome question is answered once in a review");
      }
      r.putAnswers(question, constant(OutcomeAnswer.class, answer, at + ".answers", "answer"));
    }
    return r.build();
  }

  private static Closure closureOf(ExportRecord closure, String at) {
    return Closure.of(day(closure, at, "on"), constant(ClosureReason.class, closure, at, "reason"));
  }

  private static ExportRecord outcome(OutcomeMeasure measure, @org.jspecify.annotations.Nullable String band, Rate rate) {
    ExportRecord.Builder r = ExportRecord.builder(Schemas.COHORT_OUTCOME).set("measure", code(measure));
    if (band != null) {
      r.set("band", band);
    }
    return r.set("achieved", Count.of(rate.numerator())).set("of", Count.of(rate.denominator())).set("missing", Count.of(rate.missing()))
        .build();
  }

  private static ExportRecord finding(RouteFinding f, boolean fired) {
    ExportRecord.Builder r = ExportRecord.builder(Schemas.ROUTE_FINDING).set("route", code(f.route())).set("fired", fired)
        .set("explanation", f.explanation());
    if (f.score().isPresent()) {
      r.set("score", f.score().getAsInt());
    }
    if (f.incidentsCounted().isPresent()) {
      r.set("incidentsCounted", f.incidentsCounted().getAsInt());
    }
    setDate(r, "windowStart", f.windowStart().orElse(null));
    setDate(r, "lastReferral", f.lastReferral().orElse(null));
    setDate(r, "incidentDate", f.incidentDate().orElse(null));
    r.set("assessorId", f.assessorId());
    for (JudgementReason reason : f.reasons()) {
      r.set("reasons", code(reason));
    }
    return r.build();
  }

  private static void setDate(ExportRecord.Builder r, String field, @org.jspecify.annotations.Nullable LocalDate date) {
    if (date != null) {
      r.set(field, date(date));
    }
  }

  private static ExportRecord intervention(Intervention i) {
    ExportRecord.Builder r = ExportRecord.builder(Schemas.INTERVENTION).set("id", i.id()).set("kind", i.kind()).set("start", date(i.start()))
        .set("result", code(i.result()));
    if (i.end().isPresent()) {
      r.set("end", date(i.end().get()));
    }
    return r.build();
  }

  private static ExportRecord contact(Contact c) {
    return ExportRecord.builder(Schemas.CONTACT).set("on", date(c.on())).set("channel", code(c.channel())).set("significant", c.significant())
        .build();
  }

  private static ExportRecord referral(MaracReferral referral) {
    ExportRecord.Builder r = ExportRecord.builder(Schemas.MARAC_REFERRAL).set("referredOn", date(referral.referredOn()));
    for (MaracRoute route : referral.routes()) {
      r.set("routes", code(route));
    }
    r.set("outcome", code(referral.outcome()));
    if (referral.meetingOn().isPresent()) {
      r.set("meetingOn", date(referral.meetingOn().get()));
    }
    return r.build();
  }

  private static ExportRecord consent(Consent consent) {
    ExportRecord.Builder r = ExportRecord.builder(Schemas.CONSENT).set("recordedOn", date(consent.recordedOn()))
        .set("method", code(consent.method())).set("contactAgreed", consent.contactAgreed());
    for (Agency agency : consent.shareWith()) {
      r.set("shareWith", code(agency));
    }
    return r.set("referralAgreed", consent.referralAgreed()).build();
  }

  private static ExportRecord sharing(InformationSharing s) {
    ExportRecord.Builder r = ExportRecord.builder(Schemas.INFORMATION_SHARING).set("on", date(s.on())).set("with", code(s.with()))
        .set("withConsent", s.withConsent());
    if (s.reasonWithoutConsent().isPresent()) {
      r.set("reasonWithoutConsent", code(s.reasonWithoutConsent().get()));
    }
    return r.build();
  }

  private static ExportRecord review(Review review) {
    ExportRecord.Builder r = ExportRecord.builder(Schemas.REVIEW).set("kind", code(review.kind())).set("measures", measures(review.measures()));
    for (Map.Entry<OutcomeQuestion, OutcomeAnswer> e : review.answers().entrySet()) {
      r.set("answers", ExportRecord.builder(Schemas.OUTCOME_ANSWER).set("question", code(e.getKey())).set("answer", code(e.getValue())).build());
    }
    return r.build();
  }

  private static ExportRecord closure(Closure closure) {
    return ExportRecord.builder(Schemas.CLOSURE).set("on", date(closure.on())).set("reason", code(closure.reason())).build();
  }

  private static ExportRecord incident(Incident incident) {
    return ExportRecord.builder(Schemas.INCIDENT).set("date", date(incident.date())).set("type", code(incident.type()))
        .set("reportedBy", code(incident.reportedBy())).set("incidentId", incident.incidentId()).set("perpetratorId", incident.perpetratorId())
        .build();
  }

  private static ExportRecord plan(SafetyPlan plan) {
    ExportRecord.Builder r = ExportRecord.builder(Schemas.SAFETY_PLAN).set("version", plan.version()).set("revisedOn", date(plan.revisedOn()));
    for (SafetyAction a : plan.actions()) {
      r.set("actions", ExportRecord.builder(Schemas.SAFETY_ACTION).set("id", a.id()).set("category", code(a.category()))
          .set("owner", code(a.owner())).set("due", date(a.due())).set("reviewOn", date(a.reviewOn())).set("status", code(a.status())).build());
    }
    return r.build();
  }

  private static ExportRecord measures(Measures m) {
    ExportRecord.Builder r = ExportRecord.builder(Schemas.MEASURES).set("on", date(m.on()))
        .set("assessment", assessment(null, null, m.assessment()));
    abuse(r, m.abuse());
    for (Enum<?> factor : m.riskFactors()) {
      r.set("riskFactors", code(factor));
    }
    if (m.childrenInHousehold().isPresent()) {
      r.set("childrenInHousehold", m.childrenInHousehold().getAsInt());
    }
    for (Enum<?> v : m.vulnerabilities()) {
      r.set("vulnerabilities", code(v));
    }
    return r.build();
  }

  private static ExportRecord assessment(@org.jspecify.annotations.Nullable String caseId, @org.jspecify.annotations.Nullable Responses responses,
      Assessment a) {
    Score score = a.score();
    ExportRecord.Builder r = ExportRecord.builder(Schemas.ASSESSMENT);
    if (caseId != null) {
      r.set("caseId", caseId);
    }
    score(r, score);
    if (responses != null) {
      setDate(r, "completedOn", responses.completedOn().orElse(null));
      if (responses.completedBy().isPresent()) {
        r.set("completedBy", code(responses.completedBy().get()));
      }
    }
    r.set("policyId", a.policyId()).set("policyVersion", a.policyVersion());
    if (a.band().isPresent()) {
      Band band = a.band().get();
      r.set("bandLower", band.lower());
      if (band.upper().isPresent()) {
        r.set("bandUpper", band.upper().getAsInt());
      }
    }
    if (a.computedLevel().isPresent()) {
      r.set("computedLevel", code(a.computedLevel().get()));
    }
    r.set("insufficientInformation", a.insufficientInformation());
    if (a.level().isPresent()) {
      r.set("level", code(a.level().get()));
    }
    for (ProfessionalJudgement j : a.earlierJudgements()) {
      r.set("judgements", judgement(j, false));
    }
    if (a.judgement().isPresent()) {
      r.set("judgements", judgement(a.judgement().get(), true));
    }
    if (responses != null) {
      for (Item item : responses.instrument().items()) {
        ExportRecord.Builder answer = ExportRecord.builder(Schemas.ITEM_ANSWER).set("item", item.id())
            .set("answer", code(responses.answer(item.id())));
        OptionalInt rating = responses.rating(item.id());
        if (rating.isPresent()) {
          answer.set("rating", rating.getAsInt());
        }
        Optional<Agency> source = responses.sourceOf(item.id());
        if (source.isPresent()) {
          answer.set("source", code(source.get()));
        }
        r.set("answers", answer.build());
      }
    }
    return r.set("highRiskThresholdOnly", a.highRiskThresholdOnly()).build();
  }

  private static ExportRecord judgement(ProfessionalJudgement j, boolean current) {
    ExportRecord.Builder r = ExportRecord.builder(Schemas.JUDGEMENT).set("level", code(j.level()));
    for (JudgementReason reason : j.reasons()) {
      r.set("reasons", code(reason));
    }
    return r.set("assessorId", j.assessorId()).set("rationale", j.rationale()).set("at", j.at()).set("current", current).build();
  }

  /**
   * An abuse profile into a record's {@code abuse} and {@code abuseNotRecorded} fields: the victim's
   * measures and the perpetrator's behaviour name them alike.
   */
  static void abuse(ExportRecord.Builder r, AbuseProfile profile) {
    for (Map.Entry<AbuseType, Severity> e : profile.present().entrySet()) {
      r.set("abuse", ExportRecord.builder(Schemas.ABUSE).set("type", code(e.getKey())).set("severity", code(e.getValue())).build());
    }
    for (AbuseType type : profile.notRecorded()) {
      r.set("abuseNotRecorded", code(type));
    }
  }

  /**
   * A score into a record's score fields (its instrument, value, counts, category and why it is
   * invalid): an assessment and a perpetrator's risk score name them alike.
   */
  static void score(ExportRecord.Builder r, Score score) {
    r.set("instrumentId", score.instrumentId()).set("instrumentVersion", score.instrumentVersion()).set("score", score.value())
        .set("yesCount", score.yesCount()).set("noCount", score.noCount()).set("notKnownCount", score.notKnownCount())
        .set("notAskedCount", score.notAskedCount()).set("ratedCount", score.ratedCount()).set("category", score.category())
        .set("invalidReason", score.invalidReason()).set("rated", score.rated());
  }

  private static ExportDate date(LocalDate date) {
    return ExportDate.of(date);
  }
}
