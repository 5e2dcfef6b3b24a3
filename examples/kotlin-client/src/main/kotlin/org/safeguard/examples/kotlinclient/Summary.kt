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
package org.safeguard.examples.kotlinclient

import org.safeguard.core.casework.CaseClosed
import org.safeguard.core.casework.CaseEvent
import org.safeguard.core.casework.CaseOpened
import org.safeguard.core.casework.ConsentRecorded
import org.safeguard.core.casework.ContactRecorded
import org.safeguard.core.casework.IncidentRecorded
import org.safeguard.core.casework.InformationShared
import org.safeguard.core.casework.IntakeRecorded
import org.safeguard.core.casework.InterventionEnded
import org.safeguard.core.casework.InterventionStarted
import org.safeguard.core.casework.MaracMeetingSet
import org.safeguard.core.casework.MaracReferralMade
import org.safeguard.core.casework.ReviewRecorded
import org.safeguard.core.casework.SafetyPlanRevised
import org.safeguard.core.marac.MaracOutcome
import org.safeguard.core.outcome.CohortReport
import org.safeguard.core.outcome.OutcomeMeasure
import org.safeguard.export.Purpose
import org.safeguard.kotlin.closureOrNull
import org.safeguard.kotlin.computedLevelOrNull
import org.safeguard.kotlin.intakeOrNull
import org.safeguard.kotlin.levelOrNull

/**
 * What a run did, in ids, levels, routes and counts only: no answer, no rationale, no age, so the
 * summary is safe to paste into a ticket or a log.
 */
data class Summary(
    val policyId: String,
    val worked: List<WorkedCase>,
    val report: CohortReport,
    val written: List<Written>,
) {
    /** The summary as lines of text. */
    fun render(): String = buildString {
        appendLine("Safeguard from Kotlin: ${worked.size} synthetic cases under policy $policyId")
        for (w in worked) {
            val computed = when {
                // SafeLives' bands mark one threshold: below it is not a finding of standard risk
                w.assessment.belowHighRiskThreshold() -> "below the high-risk threshold"
                else -> w.assessment.computedLevelOrNull?.name ?: "insufficient information"
            }
            val final = when {
                w.assessment.overridden() -> w.assessment.levelOrNull?.name ?: "none"
                // counted as standard in reports, never presented as a finding of standard risk
                w.assessment.belowHighRiskThreshold() -> "counted as STANDARD"
                else -> w.assessment.levelOrNull?.name ?: "none"
            }
            val routes = w.decision.firedRoutes().joinToString(", ").ifEmpty { "no route" }
            appendLine(
                "  ${w.case.caseId}: score ${w.assessment.score().value()}, computed $computed, final $final;" +
                    " ${w.decision.outcome().describe()} ($routes);" +
                    " ${w.events.size} events, closed ${w.file.closureOrNull?.on() ?: "not yet"}",
            )
        }
        worked.firstOrNull()?.let { first ->
            appendLine("Events of ${first.case.caseId}:")
            first.events.forEach { appendLine("  r${it.revision()} ${it.on()} ${describe(it)}") }
        }
        appendLine("Cohort report: ${report.cases()} cases, ${report.reviewed()} reviewed")
        for (measure in listOf(OutcomeMeasure.RISK_REDUCED, OutcomeMeasure.FEELS_SAFER, OutcomeMeasure.TOTAL_CESSATION)) {
            appendLine("  ${measure.label()}: ${report.overall(measure)}")
        }
        for (w in written) {
            val purpose = when (w.profile.purpose()) {
                Purpose.FULL -> "the service's own use"
                Purpose.MARAC -> "a MARAC"
                Purpose.RESEARCH -> "research (pseudonyms keyed for this run only, small counts suppressed)"
            }
            appendLine("Export for $purpose: ${w.records} records in ${w.file}")
        }
    }
}

/** What a MARAC outcome means for the case, in a case worker's words. */
fun MaracOutcome.describe(): String = when (this) {
    MaracOutcome.REFER_TO_MARAC -> "refer to MARAC"
    MaracOutcome.REFER_TO_MEDIUM_RISK_MARAC -> "refer to the local medium-risk MARAC"
    MaracOutcome.REFER_TO_CHILDREN_SAFEGUARDING -> "refer to children's safeguarding"
    MaracOutcome.NO_REFERRAL -> "no referral"
}

/**
 * One event as a line of a case's timeline, by kinds and dates, never what was recorded. The
 * events are a sealed hierarchy, so this `when` needs no `else`, and an event kind added to the
 * library stops this client compiling until it says what the kind means.
 */
fun describe(event: CaseEvent): String = when (event) {
    is CaseOpened -> "opened" + if (event.intakeOrNull != null) " with intake measures" else ", intake to follow"
    is IntakeRecorded -> "intake recorded"
    is IncidentRecorded -> "incident recorded (${event.incident().reportedBy()})"
    is ConsentRecorded -> "consent recorded"
    is MaracReferralMade -> "referral made: ${event.referral().outcome().describe()}"
    is MaracMeetingSet -> "MARAC meeting set"
    is SafetyPlanRevised -> "safety plan revised"
    is InterventionStarted -> "intervention ${event.intervention().kind()} started"
    is InterventionEnded -> "intervention ended"
    is ContactRecorded -> "contact recorded"
    is InformationShared -> "information shared"
    is ReviewRecorded -> "review recorded"
    is CaseClosed -> "closed"
}
