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
// Every accessor of the SPI's and the engine's public types that returns an Optional, OptionalInt,
// OptionalLong or OptionalDouble has its nullable twin here, named after it with OrNull added: a
// property where the accessor takes nothing, a function taking the same parameters where it takes
// some (an Optional parameter becomes a nullable one). The twins follow the types by package and
// class name, the SPI's first; NullableValuesTest fails when an accessor has none.
@file:JvmName("NullableValues")

package org.safeguard.kotlin

import java.math.BigDecimal
import java.time.Instant
import java.time.LocalDate
import java.util.Optional
import java.util.OptionalDouble
import java.util.OptionalInt
import java.util.OptionalLong
import org.safeguard.core.PluginProblem
import org.safeguard.core.assessment.Assessment
import org.safeguard.core.assessment.ProfessionalJudgement
import org.safeguard.core.casework.CaseChange
import org.safeguard.core.casework.CaseFile
import org.safeguard.core.casework.CaseOpened
import org.safeguard.core.casework.Closure
import org.safeguard.core.casework.Consent
import org.safeguard.core.casework.InformationSharing
import org.safeguard.core.casework.Intervention
import org.safeguard.core.casework.MaracReferral
import org.safeguard.core.casework.Measures
import org.safeguard.core.casework.Review
import org.safeguard.core.casework.SafetyPlan
import org.safeguard.core.casework.SharingReason
import org.safeguard.core.equality.EqualityAnswer
import org.safeguard.core.equality.LawfulBasis
import org.safeguard.core.equality.PopulationShare
import org.safeguard.core.marac.AccessRow
import org.safeguard.core.marac.CaseHistory
import org.safeguard.core.marac.ChildrenRecorded
import org.safeguard.core.marac.DropReason
import org.safeguard.core.marac.ExpectedRange
import org.safeguard.core.marac.ExpectedRanges
import org.safeguard.core.marac.Incident
import org.safeguard.core.marac.MaracAction
import org.safeguard.core.marac.MaracDecision
import org.safeguard.core.marac.MaracMeeting
import org.safeguard.core.marac.MaracReturn
import org.safeguard.core.marac.Referral
import org.safeguard.core.marac.ReferralState
import org.safeguard.core.marac.RejectionReason
import org.safeguard.core.marac.ReturnFigure
import org.safeguard.core.marac.RouteFinding
import org.safeguard.core.outcome.AbuseProfile
import org.safeguard.core.outcome.AbuseType
import org.safeguard.core.outcome.CaseOutcome
import org.safeguard.core.outcome.ChangeSinceIntake
import org.safeguard.core.outcome.InterventionBand
import org.safeguard.core.outcome.OutcomeMeasure
import org.safeguard.core.outcome.OutcomePoint
import org.safeguard.core.outcome.OutcomeQuestion
import org.safeguard.core.outcome.PackedCohort
import org.safeguard.core.outcome.Rate
import org.safeguard.core.outcome.RiskFactorChange
import org.safeguard.core.outcome.Severity
import org.safeguard.core.perpetrator.Allocation
import org.safeguard.core.perpetrator.AssessmentPoint
import org.safeguard.core.perpetrator.BehaviourRecord
import org.safeguard.core.perpetrator.BehaviourSource
import org.safeguard.core.perpetrator.Caseload
import org.safeguard.core.perpetrator.ClosurePlan
import org.safeguard.core.perpetrator.ContactSafety
import org.safeguard.core.perpetrator.DataCoverage
import org.safeguard.core.perpetrator.FollowUp
import org.safeguard.core.perpetrator.NeedArea
import org.safeguard.core.perpetrator.NeedLevel
import org.safeguard.core.perpetrator.NeedsRecord
import org.safeguard.core.perpetrator.PerpetratorCase
import org.safeguard.core.perpetrator.PerpetratorChange
import org.safeguard.core.perpetrator.PerpetratorClosure
import org.safeguard.core.perpetrator.PerpetratorHistory
import org.safeguard.core.perpetrator.ScoreRecord
import org.safeguard.core.perpetrator.ScoreTally
import org.safeguard.core.perpetrator.StatutoryLever
import org.safeguard.core.perpetrator.StepDown
import org.safeguard.core.perpetrator.WorkEntry
import org.safeguard.core.perpetrator.WorkObjective
import org.safeguard.export.AgeRange
import org.safeguard.export.Count
import org.safeguard.export.ExportDate
import org.safeguard.export.ExportRecord
import org.safeguard.export.Field
import org.safeguard.export.Schema
import org.safeguard.model.Agency
import org.safeguard.model.Band
import org.safeguard.model.BandTable
import org.safeguard.model.CompletenessRule
import org.safeguard.model.Instrument
import org.safeguard.model.MaracParameters
import org.safeguard.model.RatingScale
import org.safeguard.model.Responses
import org.safeguard.model.RiskLevel
import org.safeguard.model.Score
import org.safeguard.model.ScoreCategory
import org.safeguard.model.ServiceThreshold
import org.safeguard.model.ThresholdPolicy
import org.safeguard.spi.ItemLabels
import org.safeguard.spi.ScoringRule
import kotlin.jvm.optionals.getOrNull

/** [AgeRange.high], or null where it is empty. */
public val AgeRange.highOrNull: Int?
    get() = high().orNull()

/** [ExportDate.day], or null where it is empty. */
public val ExportDate.dayOrNull: LocalDate?
    get() = day().getOrNull()

/** [ExportDate.dayOfMonth], or null where it is empty. */
public val ExportDate.dayOfMonthOrNull: Int?
    get() = dayOfMonth().orNull()

/** [ExportRecord.age], or null where it is empty. */
public fun ExportRecord.ageOrNull(name: String): AgeRange? =
    age(name).getOrNull()

/** [ExportRecord.count], or null where it is empty. */
public fun ExportRecord.countOrNull(name: String): Count? =
    count(name).getOrNull()

/** [ExportRecord.date], or null where it is empty. */
public fun ExportRecord.dateOrNull(name: String): ExportDate? =
    date(name).getOrNull()

/** [ExportRecord.decimal], or null where it is empty. */
public fun ExportRecord.decimalOrNull(name: String): BigDecimal? =
    decimal(name).getOrNull()

/** [ExportRecord.flag], or null where it is empty. */
public fun ExportRecord.flagOrNull(name: String): Boolean? =
    flag(name).getOrNull()

/** [ExportRecord.instant], or null where it is empty. */
public fun ExportRecord.instantOrNull(name: String): Instant? =
    instant(name).getOrNull()

/** [ExportRecord.integer], or null where it is empty. */
public fun ExportRecord.integerOrNull(name: String): Long? =
    integer(name).orNull()

/** [ExportRecord.record], or null where it is empty. */
public fun ExportRecord.recordOrNull(name: String): ExportRecord? =
    record(name).getOrNull()

/** [ExportRecord.text], or null where it is empty. */
public fun ExportRecord.textOrNull(name: String): String? =
    text(name).getOrNull()

/** [Field.nested], or null where it is empty. */
public val Field.nestedOrNull: Schema?
    get() = nested().getOrNull()

/** [Schema.field], or null where it is empty. */
public fun Schema.fieldOrNull(fieldName: String): Field? =
    field(fieldName).getOrNull()

/** [Band.upper], or null where it is empty. */
public val Band.upperOrNull: Int?
    get() = upper().orNull()

/** [BandTable.agency], or null where it is empty. */
public val BandTable.agencyOrNull: Agency?
    get() = agency().getOrNull()

/** [CompletenessRule.minimumAnswered], or null where it is empty. */
public val CompletenessRule.minimumAnsweredOrNull: Int?
    get() = minimumAnswered().orNull()

/** [CompletenessRule.notKnownLimit], or null where it is empty. */
public val CompletenessRule.notKnownLimitOrNull: Int?
    get() = notKnownLimit().orNull()

/** [CompletenessRule.shortfall], or null where it is empty. */
public fun CompletenessRule.shortfallOrNull(answered: Int, notKnown: Int): String? =
    shortfall(answered, notKnown).getOrNull()

/** [Instrument.categoryFor], or null where it is empty. */
public fun Instrument.categoryForOrNull(score: Int): String? =
    categoryFor(score).getOrNull()

/** [Instrument.invalidReason], or null where it is empty. */
public fun Instrument.invalidReasonOrNull(responses: Responses): String? =
    invalidReason(responses).getOrNull()

/** [Instrument.labels], or null where it is empty. */
public val Instrument.labelsOrNull: ItemLabels?
    get() = labels().getOrNull()

/** [Instrument.notKnownLimit], or null where it is empty. */
public val Instrument.notKnownLimitOrNull: Int?
    get() = notKnownLimit().orNull()

/** [Instrument.ratingScale], or null where it is empty. */
public val Instrument.ratingScaleOrNull: RatingScale?
    get() = ratingScale().getOrNull()

/** [MaracParameters.mediumRiskInstrument], or null where it is empty. */
public val MaracParameters.mediumRiskInstrumentOrNull: String?
    get() = mediumRiskInstrument().getOrNull()

/** [MaracParameters.mediumRiskMarac], or null where it is empty. */
public val MaracParameters.mediumRiskMaracOrNull: Band?
    get() = mediumRiskMarac().getOrNull()

/** [Responses.completedBy], or null where it is empty. */
public val Responses.completedByOrNull: Agency?
    get() = completedBy().getOrNull()

/** [Responses.completedOn], or null where it is empty. */
public val Responses.completedOnOrNull: LocalDate?
    get() = completedOn().getOrNull()

/** [Responses.rating], or null where it is empty. */
public fun Responses.ratingOrNull(itemId: String): Int? =
    rating(itemId).orNull()

/** [Responses.ratingAt], or null where it is empty. */
public fun Responses.ratingAtOrNull(index: Int): Int? =
    ratingAt(index).orNull()

/** [Responses.sourceOf], or null where it is empty. */
public fun Responses.sourceOfOrNull(itemId: String): Agency? =
    sourceOf(itemId).getOrNull()

/** [Score.category], or null where it is empty. */
public val Score.categoryOrNull: String?
    get() = category().getOrNull()

/** [Score.invalidReason], or null where it is empty. */
public val Score.invalidReasonOrNull: String?
    get() = invalidReason().getOrNull()

/** [ScoreCategory.upper], or null where it is empty. */
public val ScoreCategory.upperOrNull: Int?
    get() = upper().orNull()

/** [ThresholdPolicy.bandsFor], or null where it is empty. */
public fun ThresholdPolicy.bandsForOrNull(instrumentId: String): BandTable? =
    bandsFor(instrumentId).getOrNull()

/** [ThresholdPolicy.bandsFor], or null where it is empty. */
public fun ThresholdPolicy.bandsForOrNull(instrumentId: String, agency: Agency?): BandTable? =
    bandsFor(instrumentId, Optional.ofNullable(agency)).getOrNull()

/** [ThresholdPolicy.completenessFor], or null where it is empty. */
public fun ThresholdPolicy.completenessForOrNull(instrumentId: String): CompletenessRule? =
    completenessFor(instrumentId).getOrNull()

/** [ThresholdPolicy.effectiveFrom], or null where it is empty. */
public val ThresholdPolicy.effectiveFromOrNull: LocalDate?
    get() = effectiveFrom().getOrNull()

/** [ThresholdPolicy.effectiveUntil], or null where it is empty. */
public val ThresholdPolicy.effectiveUntilOrNull: LocalDate?
    get() = effectiveUntil().getOrNull()

/** [ThresholdPolicy.serviceThreshold], or null where it is empty. */
public fun ThresholdPolicy.serviceThresholdOrNull(service: Agency, instrumentId: String): ServiceThreshold? =
    serviceThreshold(service, instrumentId).getOrNull()

/** [ThresholdPolicy.sharingWithoutConsentFrom], or null where it is empty. */
public val ThresholdPolicy.sharingWithoutConsentFromOrNull: RiskLevel?
    get() = sharingWithoutConsentFrom().getOrNull()

/** [ScoringRule.invalidReason], or null where it is empty. */
public fun ScoringRule.invalidReasonOrNull(responses: Responses): String? =
    invalidReason(responses).getOrNull()

/** [PluginProblem.cause], or null where it is empty. */
public val PluginProblem.causeOrNull: Throwable?
    get() = cause().getOrNull()

/** [Assessment.band], or null where it is empty. */
public val Assessment.bandOrNull: Band?
    get() = band().getOrNull()

/** [Assessment.computedLevel], or null where it is empty. */
public val Assessment.computedLevelOrNull: RiskLevel?
    get() = computedLevel().getOrNull()

/** [Assessment.insufficientInformation], or null where it is empty. */
public val Assessment.insufficientInformationOrNull: String?
    get() = insufficientInformation().getOrNull()

/** [Assessment.judgement], or null where it is empty. */
public val Assessment.judgementOrNull: ProfessionalJudgement?
    get() = judgement().getOrNull()

/** [Assessment.level], or null where it is empty. */
public val Assessment.levelOrNull: RiskLevel?
    get() = level().getOrNull()

/** [CaseChange.maracDecision], or null where it is empty. */
public val CaseChange.maracDecisionOrNull: MaracDecision?
    get() = maracDecision().getOrNull()

/** [CaseFile.assessmentOn], or null where it is empty. */
public fun CaseFile.assessmentOnOrNull(date: LocalDate): Assessment? =
    assessmentOn(date).getOrNull()

/** [CaseFile.closure], or null where it is empty. */
public val CaseFile.closureOrNull: Closure?
    get() = closure().getOrNull()

/** [CaseFile.consentInForce], or null where it is empty. */
public val CaseFile.consentInForceOrNull: Consent?
    get() = consentInForce().getOrNull()

/** [CaseFile.consentOn], or null where it is empty. */
public fun CaseFile.consentOnOrNull(date: LocalDate): Consent? =
    consentOn(date).getOrNull()

/** [CaseFile.currentSafetyPlan], or null where it is empty. */
public val CaseFile.currentSafetyPlanOrNull: SafetyPlan?
    get() = currentSafetyPlan().getOrNull()

/** [CaseFile.intake], or null where it is empty. */
public val CaseFile.intakeOrNull: Measures?
    get() = intake().getOrNull()

/** [CaseFile.intervention], or null where it is empty. */
public fun CaseFile.interventionOrNull(id: String): Intervention? =
    intervention(id).getOrNull()

/** [CaseFile.lastReferral], or null where it is empty. */
public val CaseFile.lastReferralOrNull: LocalDate?
    get() = lastReferral().getOrNull()

/** [CaseFile.latestAssessment], or null where it is empty. */
public val CaseFile.latestAssessmentOrNull: Assessment?
    get() = latestAssessment().getOrNull()

/** [CaseFile.outcomeReview], or null where it is empty. */
public val CaseFile.outcomeReviewOrNull: Review?
    get() = outcomeReview().getOrNull()

/** [CaseFile.outcomeReview], or null where it is empty. */
public fun CaseFile.outcomeReviewOrNull(point: OutcomePoint): Review? =
    outcomeReview(point).getOrNull()

/** [CaseFile.victimAge], or null where it is empty. */
public val CaseFile.victimAgeOrNull: Int?
    get() = victimAge().orNull()

/** [CaseOpened.intake], or null where it is empty. */
public val CaseOpened.intakeOrNull: Measures?
    get() = intake().getOrNull()

/** [CaseOpened.victimAge], or null where it is empty. */
public val CaseOpened.victimAgeOrNull: Int?
    get() = victimAge().orNull()

/** [InformationSharing.reasonWithoutConsent], or null where it is empty. */
public val InformationSharing.reasonWithoutConsentOrNull: SharingReason?
    get() = reasonWithoutConsent().getOrNull()

/** [Intervention.end], or null where it is empty. */
public val Intervention.endOrNull: LocalDate?
    get() = end().getOrNull()

/** [MaracReferral.meetingOn], or null where it is empty. */
public val MaracReferral.meetingOnOrNull: LocalDate?
    get() = meetingOn().getOrNull()

/** [Measures.childrenInHousehold], or null where it is empty. */
public val Measures.childrenInHouseholdOrNull: Int?
    get() = childrenInHousehold().orNull()

/** [Measures.hasChildren], or null where it is empty. */
public val Measures.hasChildrenOrNull: Boolean?
    get() = hasChildren().getOrNull()

/** [EqualityAnswer.lawfulBasis], or null where it is empty. */
public val <T : Enum<T>> EqualityAnswer<T>.lawfulBasisOrNull: LawfulBasis?
    get() = lawfulBasis().getOrNull()

/** [EqualityAnswer.value], or null where it is empty. */
public val <T : Enum<T>> EqualityAnswer<T>.valueOrNull: T?
    get() = value().getOrNull()

/** [AccessRow.population], or null where it is empty. */
public val AccessRow.populationOrNull: PopulationShare?
    get() = population().getOrNull()

/** [AccessRow.representation], or null where it is empty. */
public val AccessRow.representationOrNull: AccessRow.Representation?
    get() = representation().getOrNull()

/** [CaseHistory.consentToReferral], or null where it is empty. */
public val CaseHistory.consentToReferralOrNull: Boolean?
    get() = consentToReferral().getOrNull()

/** [CaseHistory.victimAge], or null where it is empty. */
public val CaseHistory.victimAgeOrNull: Int?
    get() = victimAge().orNull()

/** [ChildrenRecorded.count], or null where it is empty. */
public val ChildrenRecorded.countOrNull: Int?
    get() = count().orNull()

/** [ExpectedRange.high], or null where it is empty. */
public val ExpectedRange.highOrNull: BigDecimal?
    get() = high().getOrNull()

/** [ExpectedRange.low], or null where it is empty. */
public val ExpectedRange.lowOrNull: BigDecimal?
    get() = low().getOrNull()

/** [ExpectedRanges.rangeOf], or null where it is empty. */
public fun ExpectedRanges.rangeOfOrNull(figure: ReturnFigure): ExpectedRange? =
    rangeOf(figure).getOrNull()

/** [Incident.incidentId], or null where it is empty. */
public val Incident.incidentIdOrNull: String?
    get() = incidentId().getOrNull()

/** [Incident.perpetratorId], or null where it is empty. */
public val Incident.perpetratorIdOrNull: String?
    get() = perpetratorId().getOrNull()

/** [MaracAction.closedOn], or null where it is empty. */
public val MaracAction.closedOnOrNull: LocalDate?
    get() = closedOn().getOrNull()

/** [MaracAction.dropReason], or null where it is empty. */
public val MaracAction.dropReasonOrNull: DropReason?
    get() = dropReason().getOrNull()

/** [MaracMeeting.action], or null where it is empty. */
public fun MaracMeeting.actionOrNull(actionId: String): MaracAction? =
    action(actionId).getOrNull()

/** [MaracReturn.value], or null where it is empty. */
public fun MaracReturn.valueOrNull(figure: ReturnFigure): BigDecimal? =
    value(figure).getOrNull()

/** [Referral.childrenInHousehold], or null where it is empty. */
public val Referral.childrenInHouseholdOrNull: Int?
    get() = childrenInHousehold().orNull()

/** [Referral.rejection], or null where it is empty. */
public val Referral.rejectionOrNull: RejectionReason?
    get() = rejection().getOrNull()

/** [Referral.stateOn], or null where it is empty. */
public fun Referral.stateOnOrNull(day: LocalDate): ReferralState? =
    stateOn(day).getOrNull()

/** [Referral.transferredTo], or null where it is empty. */
public val Referral.transferredToOrNull: String?
    get() = transferredTo().getOrNull()

/** [RouteFinding.assessorId], or null where it is empty. */
public val RouteFinding.assessorIdOrNull: String?
    get() = assessorId().getOrNull()

/** [RouteFinding.incidentDate], or null where it is empty. */
public val RouteFinding.incidentDateOrNull: LocalDate?
    get() = incidentDate().getOrNull()

/** [RouteFinding.incidentsCounted], or null where it is empty. */
public val RouteFinding.incidentsCountedOrNull: Int?
    get() = incidentsCounted().orNull()

/** [RouteFinding.lastReferral], or null where it is empty. */
public val RouteFinding.lastReferralOrNull: LocalDate?
    get() = lastReferral().getOrNull()

/** [RouteFinding.score], or null where it is empty. */
public val RouteFinding.scoreOrNull: Int?
    get() = score().orNull()

/** [RouteFinding.windowStart], or null where it is empty. */
public val RouteFinding.windowStartOrNull: LocalDate?
    get() = windowStart().getOrNull()

/** [AbuseProfile.severityOf], or null where it is empty. */
public fun AbuseProfile.severityOfOrNull(type: AbuseType): Severity? =
    severityOf(type).getOrNull()

/** [CaseOutcome.abuseAtReview], or null where it is empty. */
public val CaseOutcome.abuseAtReviewOrNull: AbuseProfile?
    get() = abuseAtReview().getOrNull()

/** [CaseOutcome.ceased], or null where it is empty. */
public fun CaseOutcome.ceasedOrNull(type: AbuseType): Boolean? =
    ceased(type).getOrNull()

/** [CaseOutcome.completeOrNearCessation], or null where it is empty. */
public val CaseOutcome.completeOrNearCessationOrNull: Boolean?
    get() = completeOrNearCessation().getOrNull()

/** [CaseOutcome.hasChildren], or null where it is empty. */
public val CaseOutcome.hasChildrenOrNull: Boolean?
    get() = hasChildren().getOrNull()

/** [CaseOutcome.levelAtReview], or null where it is empty. */
public val CaseOutcome.levelAtReviewOrNull: RiskLevel?
    get() = levelAtReview().getOrNull()

/** [CaseOutcome.riskLevelChange], or null where it is empty. */
public val CaseOutcome.riskLevelChangeOrNull: ChangeSinceIntake?
    get() = riskLevelChange().getOrNull()

/** [CaseOutcome.severityChange], or null where it is empty. */
public fun CaseOutcome.severityChangeOrNull(type: AbuseType): ChangeSinceIntake? =
    severityChange(type).getOrNull()

/** [CaseOutcome.totalCessation], or null where it is empty. */
public val CaseOutcome.totalCessationOrNull: Boolean?
    get() = totalCessation().getOrNull()

/** [InterventionBand.upper], or null where it is empty. */
public val InterventionBand.upperOrNull: Int?
    get() = upper().orNull()

/** [OutcomeMeasure.question], or null where it is empty. */
public val OutcomeMeasure.questionOrNull: OutcomeQuestion?
    get() = question().getOrNull()

/** [PackedCohort.abuseAtReview], or null where it is empty. */
public fun PackedCohort.abuseAtReviewOrNull(index: Int): AbuseProfile? =
    abuseAtReview(index).getOrNull()

/** [PackedCohort.hasChildren], or null where it is empty. */
public fun PackedCohort.hasChildrenOrNull(index: Int): Boolean? =
    hasChildren(index).getOrNull()

/** [PackedCohort.interventionKinds], or null where it is empty. */
public fun PackedCohort.interventionKindsOrNull(index: Int): Set<String>? =
    interventionKinds(index).getOrNull()

/** [PackedCohort.levelAtReview], or null where it is empty. */
public fun PackedCohort.levelAtReviewOrNull(index: Int): RiskLevel? =
    levelAtReview(index).getOrNull()

/** [Rate.percent], or null where it is empty. */
public fun Rate.percentOrNull(decimals: Int): BigDecimal? =
    percent(decimals).getOrNull()

/** [RiskFactorChange.fall], or null where it is empty. */
public val RiskFactorChange.fallOrNull: Double?
    get() = fall().orNull()

/** [FollowUp.end], or null where it is empty. */
public val FollowUp.endOrNull: LocalDate?
    get() = end().getOrNull()

/** [NeedsRecord.levelOf], or null where it is empty. */
public fun NeedsRecord.levelOfOrNull(area: NeedArea): NeedLevel? =
    levelOf(area).getOrNull()

/** [PerpetratorCase.allocation], or null where it is empty. */
public val PerpetratorCase.allocationOrNull: Allocation?
    get() = allocation().getOrNull()

/** [PerpetratorCase.allocationOn], or null where it is empty. */
public fun PerpetratorCase.allocationOnOrNull(on: LocalDate): Allocation? =
    allocationOn(on).getOrNull()

/** [PerpetratorCase.behaviourAt], or null where it is empty. */
public fun PerpetratorCase.behaviourAtOrNull(point: AssessmentPoint, source: BehaviourSource): BehaviourRecord? =
    behaviourAt(point, source).getOrNull()

/** [PerpetratorCase.closure], or null where it is empty. */
public val PerpetratorCase.closureOrNull: PerpetratorClosure?
    get() = closure().getOrNull()

/** [PerpetratorCase.closurePlan], or null where it is empty. */
public val PerpetratorCase.closurePlanOrNull: ClosurePlan?
    get() = closurePlan().getOrNull()

/** [PerpetratorCase.lever], or null where it is empty. */
public fun PerpetratorCase.leverOrNull(id: String): StatutoryLever? =
    lever(id).getOrNull()

/** [PerpetratorCase.needsAt], or null where it is empty. */
public fun PerpetratorCase.needsAtOrNull(point: AssessmentPoint): NeedsRecord? =
    needsAt(point).getOrNull()

/** [PerpetratorCase.safetyOn], or null where it is empty. */
public fun PerpetratorCase.safetyOnOrNull(on: LocalDate): ContactSafety? =
    safetyOn(on).getOrNull()

/** [PerpetratorCase.scoreAt], or null where it is empty. */
public fun PerpetratorCase.scoreAtOrNull(point: AssessmentPoint, instrumentId: String): ScoreRecord? =
    scoreAt(point, instrumentId).getOrNull()

/** [PerpetratorCase.stepDown], or null where it is empty. */
public val PerpetratorCase.stepDownOrNull: StepDown?
    get() = stepDown().getOrNull()

/** [PerpetratorChange.caseload], or null where it is empty. */
public val PerpetratorChange.caseloadOrNull: Caseload?
    get() = caseload().getOrNull()

/** [PerpetratorHistory.maracCoverage], or null where it is empty. */
public val PerpetratorHistory.maracCoverageOrNull: DataCoverage?
    get() = maracCoverage().getOrNull()

/** [PerpetratorHistory.policeCoverage], or null where it is empty. */
public val PerpetratorHistory.policeCoverageOrNull: DataCoverage?
    get() = policeCoverage().getOrNull()

/** [ScoreTally.mean], or null where it is empty. */
public val ScoreTally.meanOrNull: Double?
    get() = mean().orNull()

/** [StatutoryLever.until], or null where it is empty. */
public val StatutoryLever.untilOrNull: LocalDate?
    get() = until().getOrNull()

/** [WorkEntry.action], or null where it is empty. */
public val WorkEntry.actionOrNull: String?
    get() = action().getOrNull()

/** [WorkEntry.objective], or null where it is empty. */
public val WorkEntry.objectiveOrNull: WorkObjective?
    get() = objective().getOrNull()

private fun OptionalInt.orNull(): Int? = if (isPresent) asInt else null

private fun OptionalLong.orNull(): Long? = if (isPresent) asLong else null

private fun OptionalDouble.orNull(): Double? = if (isPresent) asDouble else null
