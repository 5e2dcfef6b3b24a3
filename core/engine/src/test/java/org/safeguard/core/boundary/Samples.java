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
package org.safeguard.core.boundary;

import java.lang.reflect.Array;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import org.safeguard.core.Casework;
import org.safeguard.core.Fixtures;
import org.safeguard.core.Safeguard;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.core.assessment.Banding;
import org.safeguard.core.assessment.JudgementReason;
import org.safeguard.core.assessment.ProfessionalJudgement;
import org.safeguard.core.casework.ActionCategory;
import org.safeguard.core.casework.ActionStatus;
import org.safeguard.core.casework.CaseChange;
import org.safeguard.core.casework.CaseFile;
import org.safeguard.core.casework.Closure;
import org.safeguard.core.casework.ClosureReason;
import org.safeguard.core.casework.Consent;
import org.safeguard.core.casework.ConsentMethod;
import org.safeguard.core.casework.Contact;
import org.safeguard.core.casework.ContactChannel;
import org.safeguard.core.casework.Intervention;
import org.safeguard.core.casework.Measures;
import org.safeguard.core.casework.Review;
import org.safeguard.core.casework.ReviewKind;
import org.safeguard.core.casework.SafetyAction;
import org.safeguard.core.casework.StandardInterventions;
import org.safeguard.core.marac.CaseHistory;
import org.safeguard.core.marac.Incident;
import org.safeguard.core.marac.MaracDecision;
import org.safeguard.core.outcome.AbuseProfile;
import org.safeguard.core.outcome.AbuseType;
import org.safeguard.core.outcome.CaseOutcome;
import org.safeguard.core.outcome.CohortReport;
import org.safeguard.core.outcome.PackedCohort;
import org.safeguard.core.outcome.ReportParameters;
import org.safeguard.core.outcome.Severity;
import org.safeguard.model.Agency;
import org.safeguard.model.Band;
import org.safeguard.model.BandTable;
import org.safeguard.model.IncidentType;
import org.safeguard.model.Instrument;
import org.safeguard.model.InterventionCatalog;
import org.safeguard.model.InterventionKind;
import org.safeguard.model.Item;
import org.safeguard.model.RatingScale;
import org.safeguard.model.Responses;
import org.safeguard.model.RiskLevel;
import org.safeguard.model.Score;
import org.safeguard.model.ScoreCategory;
import org.safeguard.model.ServiceThreshold;
import org.safeguard.model.CompletenessRule;
import org.safeguard.model.SupplementTrigger;
import org.safeguard.model.ThresholdPolicy;
import org.safeguard.spi.ItemLabels;
import org.safeguard.spi.ScoringRule;

/**
 * A valid value of each type the API takes or is called on, taken from one synthetic case's life
 * through the real engine, so that a null put beside them is the only thing wrong with a call.
 * Builders come fresh from the type's own {@code builder()} on every request.
 */
final class Samples {
  static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  private static final Map<Class<?>, Supplier<?>> KNOWN = new HashMap<>();

  static {
    Safeguard engine = Fixtures.engine();
    Casework casework = engine.casework();
    Responses responses = engine.responses("test-checklist").yes("a", "b").build();
    Assessment assessment = engine.assess(responses);
    AbuseProfile abuse = AbuseProfile.of(Map.of(AbuseType.PHYSICAL, Severity.HIGH));
    Measures measures = Measures.builder().on(DAY).assessment(assessment).abuse(abuse).build();
    CaseChange opened = casework.open("C-0001", DAY, 31, measures);
    CaseFile file = opened.caseFile();
    CaseHistory history = CaseHistory.builder().asOf(DAY).victimAge(31).build();
    MaracDecision decision = engine.screenForMarac(history, assessment);
    ThresholdPolicy policy = engine.policy();
    BandTable bands = policy.bands().values().iterator().next();
    Instrument instrument = engine.instrument("test-checklist");
    CaseOutcome outcome = casework.outcome(file);
    PackedCohort cohort = PackedCohort.of(List.of(outcome));

    put(Safeguard.class, () -> engine);
    // what an export in one call writes: nothing, so the export is finished empty
    put(java.util.function.Consumer.class, () -> (java.util.function.Consumer<Object>) session -> { });
    put(Class.class, () -> RiskLevel.class);
    put(Casework.class, () -> casework);
    put(Responses.class, () -> responses);
    put(Responses.Builder.class, () -> engine.responses("test-checklist"));
    put(Assessment.class, () -> assessment);
    put(ProfessionalJudgement.class, () -> ProfessionalJudgement.builder().level(RiskLevel.HIGH).assessorId("idva-7")
        .rationale("synthetic").addReasons(JudgementReason.STALKING).at(Instant.parse("2026-03-02T10:00:00Z")).build());
    put(Measures.class, () -> measures);
    put(AbuseProfile.class, () -> abuse);
    put(CaseChange.class, () -> opened);
    put(CaseFile.class, () -> file);
    put(CaseHistory.class, () -> history);
    put(MaracDecision.class, () -> decision);
    put(ThresholdPolicy.class, () -> policy);
    put(BandTable.class, () -> bands);
    put(Band.class, () -> Band.of(RiskLevel.HIGH, 14, 20));
    put(Instrument.class, () -> instrument);
    put(Item.class, () -> Item.of("a"));
    put(Score.class, () -> instrument.score(responses));
    put(RatingScale.class, () -> RatingScale.of(0, "absent", "partly", "present"));
    put(ScoreCategory.class, () -> ScoreCategory.of("low", 0, 5));
    put(SupplementTrigger.class, () -> SupplementTrigger.of("stalking", "a"));
    put(ServiceThreshold.class, () -> ServiceThreshold.of(Agency.POLICE, "test-checklist", 10));
    put(CompletenessRule.class, () -> CompletenessRule.builder().instrumentId("test-checklist").minimumAnswered(5).build());
    put(InterventionKind.class, () -> InterventionKind.of("gp", "a visit to the GP"));
    put(InterventionCatalog.class, () -> InterventionCatalog.builder().id("local").version("1").addKinds(InterventionKind.of("gp", "a visit to the GP")).build());
    put(Banding.class, () -> Banding.of(instrument, bands, policy));
    put(Incident.class, () -> Incident.of(DAY, IncidentType.VIOLENCE_OR_THREATS, Agency.POLICE));
    put(Contact.class, () -> Contact.significant(DAY, ContactChannel.PHONE));
    put(Closure.class, () -> Closure.of(DAY, ClosureReason.SUPPORT_COMPLETED));
    put(Consent.class, () -> Consent.builder().recordedOn(DAY).method(ConsentMethod.WRITTEN).contactAgreed(true).build());
    put(Intervention.class, () -> Intervention.builder().id("i1").kind(StandardInterventions.GP).start(DAY).build());
    put(Review.class, () -> Review.builder().kind(ReviewKind.CLOSURE).measures(measures).build());
    put(SafetyAction.class, () -> SafetyAction.builder().id("locks").category(ActionCategory.HOME_SECURITY)
        .owner(Agency.HOUSING).due(DAY).reviewOn(DAY).status(ActionStatus.OPEN).build());
    put(CaseOutcome.class, () -> outcome);

    put(org.safeguard.core.casework.SafetyPlan.class, () -> casework.reviseSafetyPlan(file, DAY, List.of(
        SafetyAction.builder().id("locks").category(ActionCategory.HOME_SECURITY).owner(Agency.HOUSING).due(DAY).reviewOn(DAY)
            .status(ActionStatus.OPEN).build())).caseFile().currentSafetyPlan().orElseThrow());
    put(org.safeguard.core.casework.InformationSharing.class, () -> org.safeguard.core.casework.InformationSharing.builder()
        .on(DAY).with(Agency.POLICE).withConsent(true).build());
    put(org.safeguard.core.casework.MaracReferral.class, () -> org.safeguard.core.casework.MaracReferral.builder().referredOn(DAY)
        .outcome(org.safeguard.core.marac.MaracOutcome.REFER_TO_MARAC).addRoutes(org.safeguard.core.marac.MaracRoute.VISIBLE_HIGH_RISK).build());
    put(org.safeguard.core.marac.RouteFinding.class, () -> org.safeguard.core.marac.RouteFinding.builder()
        .route(org.safeguard.core.marac.MaracRoute.VISIBLE_HIGH_RISK).explanation("synthetic").build());
    put(Throwable.class, () -> new IllegalStateException("synthetic"));
    put(Map.Entry.class, () -> Map.entry("a", "a"));
    put(org.safeguard.spi.Supplied.class, () -> instrument);
    put(org.safeguard.spi.InstrumentProvider.class, Fixtures.ChecklistProvider::new);
    put(org.safeguard.spi.ThresholdPolicyProvider.class, Fixtures.PolicyProvider::new);
    put(org.safeguard.spi.InstrumentMappingProvider.class, Fixtures.MappingProvider::new);
    Safeguard mapping = Fixtures.mappingEngine();
    put(org.safeguard.model.InstrumentMapping.class, () -> mapping.mapping("test-checklist", "short-checklist"));
    put(org.safeguard.model.InstrumentMapping.Builder.class, () -> org.safeguard.model.InstrumentMapping.builder(
        Samples.context()).from("test-checklist").to("short-checklist"));
    put(org.safeguard.spi.InterventionCatalogProvider.class, StandardInterventions::new);
    put(org.safeguard.core.casework.CaseEvent.class, () -> opened.events().get(0));
    put(PackedCohort.class, () -> cohort);
    put(CohortReport.class, () -> cohort.report());
    put(org.safeguard.core.outcome.InterventionBand.class, () -> org.safeguard.core.outcome.ReportParameters.defaults().bands().get(0));
    put(org.safeguard.core.outcome.RiskMovement.class, () -> cohort.report().riskMovement());
    put(ReportParameters.class, ReportParameters::defaults);
    put(ItemLabels.class, () -> (ItemLabels) locale -> null);
    put(ScoringRule.class, ScoringRule::yesCount);
    put(StandardInterventions.class, StandardInterventions::new);
    put(org.safeguard.spi.SetupContext.class, Samples::context);
    put(org.safeguard.export.Schema.class, () -> org.safeguard.export.Schemas.CLOSURE);
    put(org.safeguard.export.Field.class, () -> org.safeguard.export.Schemas.CLOSURE.fields().get(0));
    put(org.safeguard.export.Field.Builder.class, () -> org.safeguard.export.Field.of("a", org.safeguard.export.FieldKind.TEXT));
    put(org.safeguard.export.ExportDate.class, () -> org.safeguard.export.ExportDate.of(DAY));
    put(org.safeguard.export.AgeRange.class, () -> org.safeguard.export.AgeRange.exact(31));
    put(org.safeguard.export.Count.class, () -> org.safeguard.export.Count.of(12));
    put(org.safeguard.export.ExportRecord.class, () -> org.safeguard.core.export.ExportRecords.ofCase(file));
    put(org.safeguard.export.ExportRecord.Builder.class, () -> org.safeguard.export.ExportRecord.builder(org.safeguard.export.Schemas.CLOSURE));
    put(org.safeguard.core.export.ExportProfile.class, org.safeguard.core.export.ExportProfile::marac);
    put(org.safeguard.core.export.ExportSession.class, () -> Fixtures.exportingEngine().export(Fixtures.DISCARDING_EXPORTER,
        org.safeguard.core.export.ExportProfile.full(), java.io.OutputStream.nullOutputStream()));
    put(org.safeguard.spi.ExporterProvider.class, Fixtures.DiscardingExporter::new);
    put(org.safeguard.spi.Exporter.class, Fixtures.DiscardingExporter::new);
    put(java.io.OutputStream.class, java.io.OutputStream::nullOutputStream);
    org.safeguard.core.perpetrator.VictimLink victim = new org.safeguard.core.perpetrator.VictimLink("V-1", true,
        org.safeguard.core.perpetrator.Relationship.EX_PARTNER, org.safeguard.core.perpetrator.LivingArrangement.LIVING_APART, DAY);
    put(org.safeguard.core.PerpetratorWork.class, engine::perpetratorWork);
    put(org.safeguard.core.perpetrator.VictimLink.class, () -> victim);
    put(org.safeguard.core.perpetrator.PerpetratorCase.class, () -> engine.perpetratorWork().allocate(
        engine.perpetratorWork().refer("P-1", victim).perpetratorCase(), "cm-1", DAY).perpetratorCase());
    put(org.safeguard.core.perpetrator.StepDown.class, () -> new org.safeguard.core.perpetrator.StepDown(DAY, DAY.plusMonths(6)));
    put(org.safeguard.core.perpetrator.Allocation.class, () -> new org.safeguard.core.perpetrator.Allocation("cm-1", DAY));
    put(org.safeguard.core.perpetrator.ContactSafety.class, () -> new org.safeguard.core.perpetrator.ContactSafety(DAY, true));
    put(org.safeguard.core.perpetrator.ContactAttempt.class, () -> new org.safeguard.core.perpetrator.ContactAttempt(DAY, false));
    put(org.safeguard.core.perpetrator.Engagement.class, () -> new org.safeguard.core.perpetrator.Engagement(DAY,
        org.safeguard.core.perpetrator.EngagementLevel.NO_CONTACT_MADE));
    put(org.safeguard.core.perpetrator.PerpetratorClosure.class, () -> new org.safeguard.core.perpetrator.PerpetratorClosure(DAY,
        org.safeguard.core.perpetrator.ExitReason.COMPLETED));
    put(org.safeguard.core.perpetrator.BehaviourRecord.class, () -> new org.safeguard.core.perpetrator.BehaviourRecord(
        org.safeguard.core.perpetrator.AssessmentPoint.INTAKE, DAY, org.safeguard.core.perpetrator.BehaviourSource.CASE_MANAGER,
        org.safeguard.core.outcome.AbuseProfile.none()));
    put(org.safeguard.core.perpetrator.NeedsRecord.class, () -> new org.safeguard.core.perpetrator.NeedsRecord(
        org.safeguard.core.perpetrator.AssessmentPoint.INTAKE, DAY, java.util.Map.of()));
    put(org.safeguard.core.perpetrator.WorkEntry.class, () -> org.safeguard.core.perpetrator.WorkEntry.of(DAY,
        org.safeguard.core.perpetrator.WorkKind.CASE_UPDATE, org.safeguard.model.Agency.POLICE, org.safeguard.core.perpetrator.WorkMode.EMAIL));
    put(org.safeguard.core.perpetrator.NeedCounting.class, () -> org.safeguard.core.perpetrator.NeedCounting.ANY_LEVEL);
    put(org.safeguard.core.perpetrator.PerpetratorReport.class, org.safeguard.core.perpetrator.PerpetratorReport::empty);
    put(org.safeguard.core.perpetrator.ProgrammeParameters.class, () -> org.safeguard.core.perpetrator.ProgrammeParameters.DRIVE);
    put(org.safeguard.core.perpetrator.Caseload.class, () -> new org.safeguard.core.perpetrator.Caseload("cm-1", DAY, 3, 25));
    put(org.safeguard.core.perpetrator.StatutoryLever.class, () -> org.safeguard.core.perpetrator.StatutoryLever.of("ro-1",
        org.safeguard.core.perpetrator.LeverKind.RESTRAINING_ORDER, DAY));
    put(org.safeguard.core.perpetrator.LeverBreach.class, () -> new org.safeguard.core.perpetrator.LeverBreach("ro-1", DAY,
        org.safeguard.model.Agency.POLICE));
    put(java.time.Period.class, () -> java.time.Period.ofMonths(10));
    put(org.safeguard.core.perpetrator.DataCoverage.class, () -> new org.safeguard.core.perpetrator.DataCoverage(DAY, DAY.plusYears(2)));
    put(org.safeguard.core.perpetrator.PerpetratorHistory.class, org.safeguard.core.perpetrator.PerpetratorHistory::none);
    put(org.safeguard.core.perpetrator.FollowUp.class, () -> new org.safeguard.core.perpetrator.FollowUp(DAY, DAY, Optional.empty(),
        java.util.Set.of("V-1"), org.safeguard.core.perpetrator.PerpetratorHistory.none()));
    put(org.safeguard.core.perpetrator.FollowUpReport.class, () -> org.safeguard.core.perpetrator.FollowUpReport.empty(
        org.safeguard.core.perpetrator.ProgrammeParameters.DRIVE));
    put(org.safeguard.core.perpetrator.MaracAppearance.class, () -> new org.safeguard.core.perpetrator.MaracAppearance(DAY, "V-1"));
    put(org.safeguard.core.perpetrator.PoliceIncident.class, () -> new org.safeguard.core.perpetrator.PoliceIncident(DAY, true, false));
    put(org.safeguard.core.perpetrator.ScoreRecord.class, () -> new org.safeguard.core.perpetrator.ScoreRecord(
        org.safeguard.core.perpetrator.AssessmentPoint.INTAKE, DAY, instrument.score(responses)));
    put(org.safeguard.core.perpetrator.ScoreTally.class, () -> new org.safeguard.core.perpetrator.ScoreTally(1, 0, 0, 3));
    put(org.safeguard.core.perpetrator.ClosurePlan.class, () -> new org.safeguard.core.perpetrator.ClosurePlan(DAY,
        java.util.Set.of(org.safeguard.model.Agency.PROBATION)));
    put(org.safeguard.core.MaracMeetings.class, engine::maracMeetings);
    put(org.safeguard.core.marac.MaracMeeting.class, () -> engine.maracMeetings().hear(engine.maracMeetings().schedule("M-1", DAY,
        java.util.Set.of(org.safeguard.model.Agency.POLICE)).meeting(), "V-1").meeting());
    put(org.safeguard.core.marac.MaracAction.class, () -> org.safeguard.core.marac.MaracAction.agreed("a1", "V-1",
        org.safeguard.model.Agency.POLICE, DAY));
    put(org.safeguard.core.marac.MeetingReport.class, () -> org.safeguard.core.marac.MeetingReport.of(java.util.List.of(), DAY));
    put(org.safeguard.core.marac.MeetingEvent.class, () -> engine.maracMeetings().schedule("M-1", DAY,
        java.util.Set.of(org.safeguard.model.Agency.POLICE)).events().get(0));
    put(org.safeguard.core.marac.CaseImpact.class, () -> new org.safeguard.core.marac.CaseImpact("V-1", decision, decision));
    put(org.safeguard.core.marac.PolicyImpact.class, () -> org.safeguard.core.marac.PolicyImpact.of(java.util.List.of()));
    put(org.safeguard.core.perpetrator.StandardDisruptions.class, org.safeguard.core.perpetrator.StandardDisruptions::new);
    put(org.safeguard.core.equality.PopulationShare.class, () -> org.safeguard.core.equality.PopulationShare.of("19.2"));
    put(org.safeguard.core.equality.EqualityProfile.class, org.safeguard.core.equality.EqualityProfile::notRecorded);
    put(org.safeguard.core.equality.EqualityAnswer.class, org.safeguard.core.equality.EqualityAnswer::preferNotToSay);
    put(Enum.class, () -> org.safeguard.core.equality.Gender.FEMALE);
    put(java.math.BigDecimal.class, () -> java.math.BigDecimal.ONE);
    put(org.safeguard.core.outcome.Rate.class, () -> org.safeguard.core.outcome.Rate.of(1, 2, 0, ""));
    put(org.safeguard.core.marac.ReturnFigure.class, () -> org.safeguard.core.marac.ReturnFigure.REPEAT_RATE);
    put(org.safeguard.core.marac.ExpectedRange.class, () -> org.safeguard.core.marac.ExpectedRange.parse("1..2"));
    put(org.safeguard.core.marac.MaracReturn.class, () -> org.safeguard.core.marac.MaracReturn.of("MARAC-1", 1000, DAY, DAY,
        java.util.List.of(), java.util.List.of()));
    put(org.safeguard.core.marac.StateChange.class, () -> new org.safeguard.core.marac.StateChange(
        org.safeguard.core.marac.ReferralState.REFERRED, DAY));
    put(org.safeguard.core.marac.Flag.class, () -> new org.safeguard.core.marac.Flag(org.safeguard.model.Agency.POLICE, DAY));
    put(org.safeguard.core.MaracReferrals.class, engine::maracReferrals);
    Supplier<org.safeguard.core.marac.ReferralChange> received = () -> engine.maracReferrals().receive("R-1", "C-0001", "MARAC-1", DAY,
        org.safeguard.model.Agency.POLICE, java.util.Set.of(org.safeguard.core.marac.MaracRoute.VISIBLE_HIGH_RISK));
    put(org.safeguard.core.marac.ReferralChange.class, received);
    put(org.safeguard.core.marac.Referral.class, () -> received.get().referral());
    put(org.safeguard.core.marac.ReferralEvent.class, () -> received.get().events().get(0));
    put(org.safeguard.core.equality.EqualityAnswer.class, () -> org.safeguard.core.equality.EqualityAnswer.given(
        org.safeguard.core.equality.Disability.NOT_DISABLED, org.safeguard.core.equality.LawfulBasis.EQUALITY_MONITORING));
    put(org.safeguard.core.equality.EqualityProfile.class, () -> new org.safeguard.core.equality.EqualityProfile(
        org.safeguard.core.equality.EqualityAnswer.given(org.safeguard.core.equality.Gender.FEMALE,
            org.safeguard.core.equality.LawfulBasis.EQUALITY_MONITORING),
        org.safeguard.core.equality.EqualityAnswer.preferNotToSay(), org.safeguard.core.equality.EqualityAnswer.notRecorded(),
        org.safeguard.core.equality.EqualityAnswer.notRecorded(), org.safeguard.core.equality.EqualityAnswer.notRecorded()));
    put(org.safeguard.core.perpetrator.PerpetratorEvent.class, () -> engine.perpetratorWork().refer("P-1", victim).events().get(0));
    put(byte[].class, () -> new byte[32]);
    put(String.class, () -> "a");
    put(Object.class, () -> "a");
    put(LocalDate.class, () -> DAY);
    put(Instant.class, () -> Instant.parse("2026-03-02T10:00:00Z"));
    put(Clock.class, Clock::systemUTC);
    put(Locale.class, () -> Locale.UK);
    put(Path.class, () -> Path.of("no-such-policy.properties"));
    put(Properties.class, Properties::new);
    put(ClassLoader.class, () -> Samples.class.getClassLoader());
    put(ForkJoinPool.class, ForkJoinPool::commonPool);
    put(Optional.class, Optional::empty);
    put(OptionalInt.class, OptionalInt::empty);
    put(Boolean.class, () -> Boolean.TRUE);
    put(Integer.class, () -> 1);
    put(Long.class, () -> 1L);
  }

  private Samples() {}

  private static org.safeguard.spi.SetupContext context() {
    return new org.safeguard.spi.SetupContext() {
      @Override public String providerId() { return "local"; }
      @Override public String providerVersion() { return "1"; }
      @Override public Map<String, String> configuration() { return Map.of(); }
      @Override public Clock clock() { return Clock.systemUTC(); }
    };
  }

  private static <T> void put(Class<T> type, Supplier<? extends T> sample) {
    KNOWN.put(type, sample);
  }

  /** True when a sample instance of the type is registered here, not made by a builder factory. */
  static boolean hasKnown(Class<?> type) {
    return KNOWN.containsKey(type);
  }

  static boolean has(Class<?> type) {
    return KNOWN.containsKey(type) || builderFactory(type) != null;
  }

  /** A valid instance of the type, fresh for builders. */
  static Object instanceOf(Class<?> type) {
    Supplier<?> known = KNOWN.get(type);
    if (known != null) {
      return known.get();
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (type.isArray()) {
      return Array.newInstance(type.getComponentType(), 0);
    }
    if (type == List.class || type == Collection.class || type == Iterable.class) {
      return List.of();
    }
    if (type == Set.class) {
      return Set.of();
    }
    if (type == Map.class) {
      return Map.of();
    }
    if (type == Iterator.class) {
      return List.of().iterator();
    }
    if (type.isPrimitive()) {
      return primitive(type);
    }
    Method factory = builderFactory(type);
    if (factory != null) {
      try {
        return factory.invoke(null);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("no sample for " + type.getName() + "; add one to Samples");
  }

  static Object[] argumentsFor(Executable entry) {
    Class<?>[] types = entry.getParameterTypes();
    java.lang.reflect.Type[] generic = entry.getGenericParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      args[i] = types[i] == Map.Entry.class ? typedEntry(generic[i]) : instanceOf(types[i]);
    }
    return args;
  }

  /** A map entry whose key and value are samples of the types the parameter declares. */
  private static Object typedEntry(java.lang.reflect.Type type) {
    if (type instanceof java.lang.reflect.ParameterizedType p) {
      java.lang.reflect.Type[] kv = p.getActualTypeArguments();
      return Map.entry(instanceOf(erasure(kv[0])), instanceOf(erasure(kv[1])));
    }
    return instanceOf(Map.Entry.class);
  }

  private static Class<?> erasure(java.lang.reflect.Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof java.lang.reflect.WildcardType w) {
      return erasure(w.getUpperBounds()[0]);
    }
    if (type instanceof java.lang.reflect.ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return Object.class;
  }

  static boolean isContainer(Class<?> type) {
    return type.isArray() && !type.getComponentType().isPrimitive() || type == Iterable.class || type == Collection.class
        || type == List.class || type == Set.class || type == Map.class;
  }

  /** An array, collection or map of one element, which is null (a map: a null value). */
  static Object containerWithNull(Parameter parameter) {
    Class<?> type = parameter.getType();
    if (type.isArray()) {
      return Array.newInstance(type.getComponentType(), 1);
    }
    if (type == Map.class) {
      Map<Object, Object> map = new HashMap<>();
      map.put(keyFor(parameter), null);
      return map;
    }
    if (type == Set.class) {
      return new java.util.HashSet<>(Arrays.asList((Object) null));
    }
    return new ArrayList<>(Arrays.asList((Object) null));
  }

  private static Object keyFor(Parameter parameter) {
    var generic = parameter.getParameterizedType();
    if (generic instanceof java.lang.reflect.ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> key) {
      return instanceOf(key);
    }
    return "a";
  }

  /** Each type's factory, looked for once: {@code getMethods} copies every public method on each call. */
  private static final ClassValue<Optional<Method>> BUILDER_FACTORIES = new ClassValue<>() {
    @Override
    protected Optional<Method> computeValue(Class<?> type) {
      return Optional.ofNullable(findBuilderFactory(type));
    }
  };

  /** The no-argument static {@code builder()} (or the enclosing type's) that makes this builder type. */
  private static Method builderFactory(Class<?> type) {
    return BUILDER_FACTORIES.get(type).orElse(null);
  }

  private static Method findBuilderFactory(Class<?> type) {
    for (Class<?> owner : new Class<?>[] {type, type.getEnclosingClass()}) {
      if (owner == null) {
        continue;
      }
      for (Method m : owner.getMethods()) {
        if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && type.isAssignableFrom(m.getReturnType())
            && !type.isAssignableFrom(Object.class)) {
          return m;
        }
      }
    }
    return null;
  }

  private static Object primitive(Class<?> type) {
    if (type == boolean.class) {
      return false;
    }
    if (type == char.class) {
      return 'a';
    }
    if (type == long.class) {
      return 1L;
    }
    if (type == double.class) {
      return 1.0;
    }
    if (type == float.class) {
      return 1.0f;
    }
    if (type == byte.class) {
      return (byte) 1;
    }
    if (type == short.class) {
      return (short) 1;
    }
    return 1;
  }
}
