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

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.core.assessment.JudgementReason;
import org.safeguard.core.assessment.ProfessionalJudgement;
import org.safeguard.core.casework.CaseFile;
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
      ExportRecord.Builder r = ExportRecord.builder(Schemas.INTERVENTION).set("id", i.id()).set("kind", i.kind())
          .set("start", date(i.start())).set("result", code(i.result()));
      if (i.end().isPresent()) {
        r.set("end", date(i.end().get()));
      }
      b.set("interventions", r.build());
    }
    for (Contact c : file.contacts()) {
      b.set("contacts", ExportRecord.builder(Schemas.CONTACT).set("on", date(c.on())).set("channel", code(c.channel()))
          .set("significant", c.significant()).build());
    }
    for (Incident incident : file.incidents()) {
      b.set("incidents", incident(incident));
    }
    for (MaracReferral referral : file.maracReferrals()) {
      ExportRecord.Builder r = ExportRecord.builder(Schemas.MARAC_REFERRAL).set("referredOn", date(referral.referredOn()));
      for (MaracRoute route : referral.routes()) {
        r.set("routes", code(route));
      }
      r.set("outcome", code(referral.outcome()));
      if (referral.meetingOn().isPresent()) {
        r.set("meetingOn", date(referral.meetingOn().get()));
      }
      b.set("maracReferrals", r.build());
    }
    for (Consent consent : file.consents()) {
      ExportRecord.Builder r = ExportRecord.builder(Schemas.CONSENT).set("recordedOn", date(consent.recordedOn()))
          .set("method", code(consent.method())).set("contactAgreed", consent.contactAgreed());
      for (Agency agency : consent.shareWith()) {
        r.set("shareWith", code(agency));
      }
      b.set("consents", r.build());
    }
    for (InformationSharing s : file.sharing()) {
      ExportRecord.Builder r = ExportRecord.builder(Schemas.INFORMATION_SHARING).set("on", date(s.on())).set("with", code(s.with()))
          .set("withConsent", s.withConsent());
      if (s.reasonWithoutConsent().isPresent()) {
        r.set("reasonWithoutConsent", code(s.reasonWithoutConsent().get()));
      }
      b.set("sharing", r.build());
    }
    for (Review review : file.reviews()) {
      ExportRecord.Builder r = ExportRecord.builder(Schemas.REVIEW).set("kind", code(review.kind())).set("measures", measures(review.measures()));
      for (Map.Entry<OutcomeQuestion, OutcomeAnswer> e : review.answers().entrySet()) {
        r.set("answers", ExportRecord.builder(Schemas.OUTCOME_ANSWER).set("question", code(e.getKey())).set("answer", code(e.getValue())).build());
      }
      b.set("reviews", r.build());
    }
    if (file.closure().isPresent()) {
      Closure closure = file.closure().get();
      b.set("closure", ExportRecord.builder(Schemas.CLOSURE).set("on", date(closure.on())).set("reason", code(closure.reason())).build());
    }
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
   * @throws org.safeguard.model.InvalidInputException when the responses are to another instrument than the assessment's
   */
  public static ExportRecord ofAssessment(String caseId, Responses responses, Assessment assessment) {
    MissingValueException.require("caseId", caseId);
    MissingValueException.require("responses", responses);
    MissingValueException.require("assessment", assessment);
    Score score = assessment.score();
    if (!responses.instrument().id().equals(score.instrumentId()) || !responses.instrument().version().equals(score.instrumentVersion())) {
      throw new org.safeguard.model.InvalidInputException("responses", responses.instrument().id() + "@" + responses.instrument().version(),
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
    for (Map.Entry<AbuseType, Severity> e : m.abuse().present().entrySet()) {
      r.set("abuse", ExportRecord.builder(Schemas.ABUSE).set("type", code(e.getKey())).set("severity", code(e.getValue())).build());
    }
    for (AbuseType type : m.abuse().notRecorded()) {
      r.set("abuseNotRecorded", code(type));
    }
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
    r.set("instrumentId", score.instrumentId()).set("instrumentVersion", score.instrumentVersion());
    if (responses != null) {
      setDate(r, "completedOn", responses.completedOn().orElse(null));
      if (responses.completedBy().isPresent()) {
        r.set("completedBy", code(responses.completedBy().get()));
      }
    }
    r.set("score", score.value()).set("yesCount", score.yesCount()).set("noCount", score.noCount())
        .set("notKnownCount", score.notKnownCount()).set("notAskedCount", score.notAskedCount()).set("ratedCount", score.ratedCount())
        .set("category", score.category()).set("invalidReason", score.invalidReason())
        .set("policyId", a.policyId()).set("policyVersion", a.policyVersion());
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
        r.set("answers", answer.build());
      }
    }
    return r.build();
  }

  private static ExportRecord judgement(ProfessionalJudgement j, boolean current) {
    ExportRecord.Builder r = ExportRecord.builder(Schemas.JUDGEMENT).set("level", code(j.level()));
    for (JudgementReason reason : j.reasons()) {
      r.set("reasons", code(reason));
    }
    return r.set("assessorId", j.assessorId()).set("rationale", j.rationale()).set("at", j.at()).set("current", current).build();
  }

  private static ExportDate date(LocalDate date) {
    return ExportDate.of(date);
  }

  /** An enum constant as an export code: lower case, words joined by hyphens. */
  static String code(Enum<?> constant) {
    return CODES.get(constant.getDeclaringClass())[constant.ordinal()];
  }

  /** Each enum's codes by ordinal, made once per enum: an export writes the same few codes over and over. */
  private static final ClassValue<String[]> CODES = new ClassValue<>() {
    @Override
    protected String[] computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      String[] codes = new String[constants.length];
      for (int i = 0; i < codes.length; i++) {
        codes[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT).replace('_', '-');
      }
      return codes;
    }
  };
}
