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

import java.io.OutputStream
import java.nio.file.Files
import java.nio.file.Path
import java.security.SecureRandom
import java.time.Clock
import java.time.Instant
import java.time.LocalDate
import java.time.ZoneOffset
import org.safeguard.core.Safeguard
import org.safeguard.core.assessment.Assessment
import org.safeguard.core.casework.CaseChange
import org.safeguard.core.casework.CaseEvent
import org.safeguard.core.casework.CaseFile
import org.safeguard.core.casework.Closure
import org.safeguard.core.casework.ClosureReason
import org.safeguard.core.casework.Consent
import org.safeguard.core.casework.ConsentMethod
import org.safeguard.core.casework.Contact
import org.safeguard.core.casework.ContactChannel
import org.safeguard.core.casework.Intervention
import org.safeguard.core.casework.InterventionResult
import org.safeguard.core.casework.Measures
import org.safeguard.core.casework.Review
import org.safeguard.core.casework.ReviewKind
import org.safeguard.core.casework.StandardInterventions
import org.safeguard.core.export.ExportProfile
import org.safeguard.core.marac.MaracDecision
import org.safeguard.core.outcome.AbuseProfile
import org.safeguard.core.outcome.AbuseType
import org.safeguard.core.outcome.CohortReport
import org.safeguard.core.outcome.CohortTally
import org.safeguard.core.outcome.OutcomeAnswer
import org.safeguard.core.outcome.OutcomeQuestion
import org.safeguard.core.outcome.RiskFactor
import org.safeguard.core.outcome.Severity
import org.safeguard.model.Agency
import org.safeguard.model.Answer
import org.safeguard.model.Responses

/** A case worked from referral to closure: what was assessed, what the screen decided, the closed file and the events to persist. */
data class WorkedCase(
    val case: SyntheticCase,
    val responses: Responses,
    val assessment: Assessment,
    val decision: MaracDecision,
    val file: CaseFile,
    val events: List<CaseEvent>,
)

/** One export file written: where, for which purpose, how many records. */
data class Written(val file: Path, val profile: ExportProfile, val records: Long)

/**
 * An integrator's client of the engine, in Kotlin: it assesses each case's checklist, screens it for
 * MARAC, works it to closure through casework, reports the cohort, and exports the lot as NDJSON for
 * a MARAC and for research. It names no plugin class: the Dash RIC and the `ndjson` exporter are
 * found at run time.
 */
class KotlinClient(private val safeguard: Safeguard = engine()) {
    private val casework = safeguard.casework()

    /** The checklist as the engine reads it, the computed assessment, and the practitioner's judgement on top where there is one. */
    fun assess(case: SyntheticCase): Pair<Responses, Assessment> {
        val responses = safeguard.responses(RIC)
            .answers(case.answers)
            .completedOn(case.referredOn)
            .completedBy(Agency.IDVA_SERVICE)
            .build()
        val computed = safeguard.assess(responses)
        val judged = case.judgement?.let { j ->
            safeguard.raise(
                computed,
                safeguard.judgement()
                    .level(j.level)
                    .assessorId(j.assessorId)
                    .rationale(j.rationale)
                    .reasons(j.reasons)
                    .build(),
            )
        }
        return responses to (judged ?: computed)
    }

    /** Works one case from referral to a closing review four months on, keeping every event casework gives. */
    fun work(case: SyntheticCase): WorkedCase {
        val (responses, assessment) = assess(case)
        val events = mutableListOf<CaseEvent>()
        fun CaseChange.kept(): CaseFile {
            events += events()
            return caseFile()
        }

        val opened = case.referredOn
        var file = casework.open(case.caseId, opened, case.victimAge, measures(opened, responses, assessment)).kept()
        for (incident in case.incidents) {
            file = casework.recordIncident(file, incident).kept()
        }
        file = casework.recordConsent(
            file,
            Consent.builder()
                .recordedOn(opened)
                .method(ConsentMethod.VERBAL)
                .contactAgreed(true)
                .shareWith(setOf(Agency.POLICE, Agency.HOUSING))
                .build(),
        ).kept()

        val screened = casework.screenForMarac(file, opened)
        val decision = screened.decision()
        file = screened.kept()

        val planned = opened.plusDays(3)
        file = casework.startIntervention(
            file,
            Intervention.builder().id("i1").kind(StandardInterventions.SAFETY_PLANNING).start(planned).build(),
        ).kept()
        file = casework.endIntervention(file, "i1", planned.plusDays(21), InterventionResult.ACHIEVED).kept()
        for (week in 0 until 6) {
            file = casework.recordContact(file, Contact.significant(opened.plusWeeks(week + 1L), ContactChannel.PHONE)).kept()
        }

        val reviewed = opened.plusMonths(4)
        val later = atReview(responses)
        file = casework.recordReview(
            file,
            Review.builder()
                .kind(ReviewKind.CLOSURE)
                .measures(measures(reviewed, later, safeguard.assess(later)))
                .answers(
                    mapOf(
                        OutcomeQuestion.RISK_REDUCED to OutcomeAnswer.YES,
                        OutcomeQuestion.FEELS_SAFER to OutcomeAnswer.YES,
                        OutcomeQuestion.QUALITY_OF_LIFE_IMPROVED to OutcomeAnswer.YES,
                        OutcomeQuestion.COPING_IMPROVED to OutcomeAnswer.NO,
                        OutcomeQuestion.SOCIAL_SUPPORT_IMPROVED to OutcomeAnswer.NOT_RECORDED,
                    ),
                )
                .build(),
        ).kept()
        file = casework.close(file, Closure.of(reviewed, ClosureReason.SUPPORT_COMPLETED)).kept()
        return WorkedCase(case, responses, assessment, decision, file, events.toList())
    }

    /** The cohort outcome report over closed cases, the evaluation's tables with every rate's numerator and denominator. */
    fun report(worked: List<WorkedCase>): CohortReport =
        CohortTally.create().addAll(worked.map { casework.outcome(it.file) }).report()

    /**
     * Writes [worked] and [report] as NDJSON under [profile]: each case file with its events, its
     * intake assessment with the answers, its MARAC decision, then the report. The engine applies the
     * purpose before the exporter sees a record; a failure part-way abandons the file, which is then
     * deleted rather than left looking whole.
     */
    fun export(worked: List<WorkedCase>, report: CohortReport, profile: ExportProfile, file: Path): Written {
        val ndjson = safeguard.exporters()[NDJSON] ?: error("no $NDJSON exporter: add safeguard-plugin-export-ndjson at run time")
        try {
            Files.newOutputStream(file).use { out: OutputStream ->
                // in one call: the engine finishes the export when the block returns and abandons it
                // when the block throws, so a file cut short never ends with the line that says it is whole
                val written = safeguard.export(ndjson.id(), profile, out) { session ->
                    for (w in worked) {
                        session.write(w.file)
                        w.events.forEach(session::write)
                        session.write(w.case.caseId, w.responses, w.assessment)
                        session.write(w.case.caseId, w.decision)
                    }
                    session.write(report)
                }
                return Written(file, profile, written)
            }
        } catch (failed: Exception) {
            Files.deleteIfExists(file)
            throw failed
        }
    }

    /** Every step for every case, and the two exports into [dir]. */
    fun run(cases: List<SyntheticCase>, dir: Path, researchKey: ByteArray = freshKey()): Summary {
        val worked = cases.map(::work)
        val report = report(worked)
        Files.createDirectories(dir)
        val written = listOf(
            export(worked, report, ExportProfile.marac(), dir.resolve("kotlin-client-marac.ndjson")),
            export(worked, report, ExportProfile.research(researchKey), dir.resolve("kotlin-client-research.ndjson")),
        )
        return Summary(safeguard.policy().id(), worked, report, written)
    }

    private companion object {
        const val NDJSON = "ndjson"
    }
}

/** The engine, built once: the SafeLives thresholds, a clock fixed on the sample's referral day so every run says the same. */
fun engine(clock: Clock = Clock.fixed(Instant.parse("2026-11-02T09:00:00Z"), ZoneOffset.UTC)): Safeguard =
    Safeguard.builder()
        .thresholdPolicy(Safeguard.DEFAULT_POLICY)
        .clock(clock)
        .build()

/** A research key for one run: pseudonyms link within this run's export and to nothing else. */
fun freshKey(): ByteArray = ByteArray(ExportProfile.MIN_KEY_BYTES).also(SecureRandom()::nextBytes)

private fun Responses.isYes(item: String): Boolean = answer(item) == Answer.YES

/** The same checklist at review, every second yes now a no (the first among them): how a reduced risk shows. */
private fun atReview(responses: Responses): Responses =
    RIC_ITEMS.filter(responses::isYes).filterIndexed { i, _ -> i % 2 == 0 }
        .fold(responses) { r, item -> r.with(item, Answer.NO) }

/** The Dash items that record one of the evaluation's risk factors. */
private val RIC_FACTORS: Map<String, RiskFactor> = mapOf(
    "current-injury" to RiskFactor.CURRENT_INCIDENT_INJURIES,
    "very-frightened" to RiskFactor.VICTIM_FRIGHTENED,
    "stalking-or-harassment" to RiskFactor.STALKING,
    "abuse-getting-worse" to RiskFactor.ESCALATION,
    "control-or-jealousy" to RiskFactor.JEALOUS_AND_CONTROLLING_BEHAVIOUR,
    "threats-to-kill" to RiskFactor.THREATS_TO_KILL_VICTIM,
    "strangulation" to RiskFactor.STRANGULATION_OR_CHOKING,
    "sexual-abuse" to RiskFactor.SEXUAL_ABUSE,
)

/** The abuse the checklist shows, each type with a severity. */
private fun abuseFrom(r: Responses): AbuseProfile = AbuseProfile.of(
    buildMap {
        if (r.isYes("strangulation") || r.isYes("weapons-or-objects")) {
            put(AbuseType.PHYSICAL, Severity.HIGH)
        } else if (r.isYes("current-injury")) {
            put(AbuseType.PHYSICAL, Severity.MODERATE)
        }
        if (r.isYes("sexual-abuse")) put(AbuseType.SEXUAL, Severity.HIGH)
        if (r.isYes("stalking-or-harassment")) put(AbuseType.HARASSMENT_AND_STALKING, Severity.MODERATE)
        if (r.isYes("control-or-jealousy")) {
            put(AbuseType.JEALOUS_AND_CONTROLLING, if (r.isYes("threats-to-kill")) Severity.HIGH else Severity.MODERATE)
        }
    },
)

/** The measures taken at intake or review, read from that day's checklist. */
private fun measures(on: LocalDate, responses: Responses, assessment: Assessment): Measures = Measures.builder()
    .on(on)
    .assessment(assessment)
    .abuse(abuseFrom(responses))
    .riskFactors(RIC_FACTORS.filterKeys(responses::isYes).values)
    .childrenInHousehold(0)
    .build()
