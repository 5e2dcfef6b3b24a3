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
package org.safeguard.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.core.assessment.ProfessionalJudgement;
import org.safeguard.core.casework.CaseFile;
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
import org.safeguard.core.outcome.AbuseType;
import org.safeguard.core.outcome.OutcomeAnswer;
import org.safeguard.core.outcome.OutcomeQuestion;
import org.safeguard.core.outcome.Severity;

/**
 * The baseline for {@code ExportBenchmark}: what a vendor writes without Safeguard's exporters. A
 * data transfer record per part of a case, filled by hand from the case file, and Jackson databind
 * writing them one a line with a {@link SequenceWriter}. The records have the field names and
 * shapes of Safeguard's FULL case export (dates and ages as ISO text, codes in lower case, empty
 * fields left out), so both write the same JSON; {@code ExportAgreementTest} checks they do.
 * Leave it as written: neither slow it down nor speed it up to move a result.
 */
final class VendorCaseJson {
  private VendorCaseJson() {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record CaseDto(String record, String caseId, long revision, String openedOn, String victimAge, MeasuresDto intake,
      List<PlanDto> safetyPlans, List<InterventionDto> interventions, List<ContactDto> contacts, List<IncidentDto> incidents,
      List<ReferralDto> maracReferrals, List<ConsentDto> consents, List<SharingDto> sharing, List<ReviewDto> reviews, ClosureDto closure) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record MeasuresDto(String on, AssessmentDto assessment, List<AbuseDto> abuse, List<String> abuseNotRecorded, List<String> riskFactors,
      Integer childrenInHousehold, List<String> vulnerabilities) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record AssessmentDto(String instrumentId, String instrumentVersion, long score, long yesCount, long noCount, long notKnownCount,
      long notAskedCount, long ratedCount, String category, String invalidReason, String policyId, String policyVersion, Integer bandLower,
      Integer bandUpper, String computedLevel, String insufficientInformation, String level, List<JudgementDto> judgements, boolean rated,
      boolean highRiskThresholdOnly) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record JudgementDto(String level, List<String> reasons, String assessorId, String rationale, String at, boolean current) {}

  record AbuseDto(String type, String severity) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record PlanDto(int version, String revisedOn, List<ActionDto> actions) {}

  record ActionDto(String id, String category, String owner, String due, String reviewOn, String status) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record InterventionDto(String id, String kind, String start, String end, String result) {}

  record ContactDto(String on, String channel, boolean significant) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record IncidentDto(String date, String type, String reportedBy, String incidentId, String perpetratorId) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record ReferralDto(String referredOn, List<String> routes, String outcome, String meetingOn) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record ConsentDto(String recordedOn, String method, boolean contactAgreed, List<String> shareWith, boolean referralAgreed) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record SharingDto(String on, String with, boolean withConsent, String reasonWithoutConsent) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record ReviewDto(String kind, MeasuresDto measures, List<OutcomeDto> answers) {}

  record OutcomeDto(String question, String answer) {}

  record ClosureDto(String on, String reason) {}

  /** One mapper, made once, as a vendor's application holds it. */
  static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

  /** Writes a header line and a line per case, and leaves the stream open. */
  static void write(List<CaseFile> files, OutputStream out) throws IOException {
    try (SequenceWriter lines = lines(out)) {
      for (CaseFile file : files) {
        lines.write(of(file));
      }
    }
    out.write('\n');
  }

  /**
   * The same from records filled beforehand: databind's writing alone, for {@code ExportBenchmark}'s
   * account of where the baseline's time goes.
   */
  static void writeFilled(List<CaseDto> cases, OutputStream out) throws IOException {
    try (SequenceWriter lines = lines(out)) {
      for (CaseDto c : cases) {
        lines.write(c);
      }
    }
    out.write('\n');
  }

  /** The writer, one value a line, its header line written. */
  private static SequenceWriter lines(OutputStream out) throws IOException {
    SequenceWriter lines = MAPPER.writer().withRootValueSeparator("\n").without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .writeValues(out);
    lines.write(Map.of("format", "vendor-export", "schemaVersion", "1.0"));
    return lines;
  }

  static CaseDto of(CaseFile f) {
    List<PlanDto> plans = new ArrayList<>();
    for (SafetyPlan p : f.safetyPlans()) {
      List<ActionDto> actions = new ArrayList<>();
      for (SafetyAction a : p.actions()) {
        actions.add(new ActionDto(a.id(), code(a.category()), code(a.owner()), day(a.due()), day(a.reviewOn()), code(a.status())));
      }
      plans.add(new PlanDto(p.version(), day(p.revisedOn()), actions));
    }
    List<InterventionDto> interventions = new ArrayList<>();
    for (Intervention i : f.interventions()) {
      interventions.add(new InterventionDto(i.id(), i.kind(), day(i.start()), i.end().map(VendorCaseJson::day).orElse(null), code(i.result())));
    }
    List<ContactDto> contacts = new ArrayList<>();
    for (Contact c : f.contacts()) {
      contacts.add(new ContactDto(day(c.on()), code(c.channel()), c.significant()));
    }
    List<IncidentDto> incidents = new ArrayList<>();
    for (Incident i : f.incidents()) {
      incidents.add(new IncidentDto(day(i.date()), code(i.type()), code(i.reportedBy()), i.incidentId().orElse(null), i.perpetratorId().orElse(null)));
    }
    List<ReferralDto> referrals = new ArrayList<>();
    for (MaracReferral r : f.maracReferrals()) {
      referrals.add(new ReferralDto(day(r.referredOn()), codes(r.routes()), code(r.outcome()), r.meetingOn().map(VendorCaseJson::day).orElse(null)));
    }
    List<ConsentDto> consents = new ArrayList<>();
    for (Consent c : f.consents()) {
      consents.add(new ConsentDto(day(c.recordedOn()), code(c.method()), c.contactAgreed(), codes(c.shareWith()),
          c.referralAgreed()));
    }
    List<SharingDto> sharing = new ArrayList<>();
    for (InformationSharing s : f.sharing()) {
      sharing.add(new SharingDto(day(s.on()), code(s.with()), s.withConsent(), s.reasonWithoutConsent().map(VendorCaseJson::code).orElse(null)));
    }
    List<ReviewDto> reviews = new ArrayList<>();
    for (Review r : f.reviews()) {
      List<OutcomeDto> answers = new ArrayList<>();
      for (Map.Entry<OutcomeQuestion, OutcomeAnswer> e : r.answers().entrySet()) {
        answers.add(new OutcomeDto(code(e.getKey()), code(e.getValue())));
      }
      reviews.add(new ReviewDto(code(r.kind()), measures(r.measures()), answers));
    }
    return new CaseDto("case", f.caseId(), f.revision(), day(f.openedOn()),
        f.victimAge().isPresent() ? Integer.toString(f.victimAge().getAsInt()) : null, f.intake().map(VendorCaseJson::measures).orElse(null),
        plans, interventions, contacts, incidents, referrals, consents, sharing, reviews,
        f.closure().map(c -> new ClosureDto(day(c.on()), code(c.reason()))).orElse(null));
  }

  private static MeasuresDto measures(Measures m) {
    List<AbuseDto> abuse = new ArrayList<>();
    for (Map.Entry<AbuseType, Severity> e : m.abuse().present().entrySet()) {
      abuse.add(new AbuseDto(code(e.getKey()), code(e.getValue())));
    }
    return new MeasuresDto(day(m.on()), assessment(m.assessment()), abuse, codes(m.abuse().notRecorded()), codes(m.riskFactors()),
        m.childrenInHousehold().isPresent() ? m.childrenInHousehold().getAsInt() : null, codes(m.vulnerabilities()));
  }

  private static AssessmentDto assessment(Assessment a) {
    var s = a.score();
    List<JudgementDto> judgements = new ArrayList<>();
    for (ProfessionalJudgement j : a.earlierJudgements()) {
      judgements.add(judgement(j, false));
    }
    a.judgement().ifPresent(j -> judgements.add(judgement(j, true)));
    return new AssessmentDto(s.instrumentId(), s.instrumentVersion(), s.value(), s.yesCount(), s.noCount(), s.notKnownCount(),
        s.notAskedCount(), s.ratedCount(), s.category().orElse(null), s.invalidReason().orElse(null), a.policyId(), a.policyVersion(),
        a.band().map(b -> b.lower()).orElse(null), a.band().flatMap(b -> b.upper().isPresent() ? java.util.Optional.of(b.upper().getAsInt())
            : java.util.Optional.empty()).orElse(null),
        a.computedLevel().map(VendorCaseJson::code).orElse(null), a.insufficientInformation().orElse(null),
        a.level().map(VendorCaseJson::code).orElse(null), judgements, s.rated(), a.highRiskThresholdOnly());
  }

  private static JudgementDto judgement(ProfessionalJudgement j, boolean current) {
    return new JudgementDto(code(j.level()), codes(j.reasons()), j.assessorId(), j.rationale(), j.at().toString(), current);
  }

  private static String day(LocalDate date) {
    return date.toString();
  }

  /** An enum constant as the exports write it: lower case, words joined by hyphens. Also used by {@link VendorCaseFhir}. */
  static String code(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static List<String> codes(Iterable<? extends Enum<?>> values) {
    List<String> out = new ArrayList<>();
    for (Enum<?> e : values) {
      out.add(code(e));
    }
    return out;
  }
}
