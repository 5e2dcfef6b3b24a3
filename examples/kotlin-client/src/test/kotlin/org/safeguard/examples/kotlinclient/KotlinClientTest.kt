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

import java.io.ByteArrayOutputStream
import java.io.PrintStream
import java.nio.file.Files
import java.nio.file.Path
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertAll
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir
import org.safeguard.core.casework.CaseClosed
import org.safeguard.core.casework.CaseFile
import org.safeguard.core.casework.ClosureReason
import org.safeguard.core.casework.ContactRecorded
import org.safeguard.core.casework.ReviewRecorded
import org.safeguard.core.marac.MaracOutcome
import org.safeguard.core.marac.MaracRoute
import org.safeguard.core.outcome.OutcomeMeasure
import org.safeguard.kotlin.closureOrNull
import org.safeguard.kotlin.computedLevelOrNull
import org.safeguard.kotlin.judgementOrNull
import org.safeguard.kotlin.levelOrNull
import org.safeguard.kotlin.outcomeReviewOrNull
import org.safeguard.model.Answer
import org.safeguard.model.AnswerOutOfScaleException
import org.safeguard.model.RiskLevel

/** The client's journey, checked against what the engine decided: levels, routes, closure, the cohort report and the exports. */
class KotlinClientTest {
    @TempDir
    lateinit var dir: Path

    private val client = KotlinClient()

    private fun case(id: String): SyntheticCase = SAMPLE_CASES.single { it.caseId == id }

    @Test
    fun `fourteen yes answers are high risk under SafeLives and go to MARAC as visible high risk`() {
        val (responses, assessment) = client.assess(case("KC-0001"))
        val worked = client.work(case("KC-0001"))
        assertAll(
            { assertEquals(14, responses.yesCount()) },
            { assertEquals(14, assessment.score().value()) },
            { assertEquals(RiskLevel.HIGH, assessment.computedLevelOrNull) },
            { assertFalse(assessment.overridden()) },
            { assertEquals(MaracOutcome.REFER_TO_MARAC, worked.decision.outcome()) },
            { assertEquals(setOf(MaracRoute.VISIBLE_HIGH_RISK), worked.decision.firedRoutes()) },
        )
    }

    @Test
    fun `nine yes answers fall below the threshold and judgement refers the case`() {
        val (responses, assessment) = client.assess(case("KC-0002"))
        val worked = client.work(case("KC-0002"))
        assertAll(
            // "Don’t know" as a word processor writes it, read as the plain answer
            { assertEquals(Answer.NOT_KNOWN, responses.answer("criminal-history")) },
            { assertEquals(9, assessment.score().value()) },
            { assertTrue(assessment.belowHighRiskThreshold()) },
            { assertEquals(RiskLevel.HIGH, assessment.levelOrNull) },
            { assertEquals("idva-07", assessment.judgementOrNull?.assessorId()) },
            { assertEquals(MaracOutcome.REFER_TO_MARAC, worked.decision.outcome()) },
            { assertEquals(setOf(MaracRoute.PROFESSIONAL_JUDGEMENT), worked.decision.firedRoutes()) },
        )
    }

    @Test
    fun `a partial checklist with four yes answers and one incident is not referred`() {
        val (responses, assessment) = client.assess(case("KC-0003"))
        val worked = client.work(case("KC-0003"))
        assertAll(
            { assertEquals(4, responses.yesCount()) },
            { assertEquals(14, responses.notAskedCount()) },
            { assertEquals(RiskLevel.STANDARD, assessment.levelOrNull) },
            { assertEquals(MaracOutcome.NO_REFERRAL, worked.decision.outcome()) },
            { assertTrue(worked.decision.firedRoutes().isEmpty()) },
            { assertEquals(MaracRoute.entries.size - 1, worked.decision.notFired().size) }, // all but the medium-risk band SafeLives has not
        )
    }

    @Test
    fun `every case is worked to closure and its events number its revisions one by one`() {
        for (worked in SAMPLE_CASES.map(client::work)) {
            val file: CaseFile = worked.file
            assertAll(
                worked.case.caseId,
                { assertTrue(file.closed()) },
                { assertEquals(ClosureReason.SUPPORT_COMPLETED, file.closureOrNull?.reason()) },
                { assertEquals(worked.case.referredOn.plusMonths(4), file.closureOrNull?.on()) },
                { assertTrue(worked.events.last() is CaseClosed) },
                { assertEquals((1L..worked.events.size).toList(), worked.events.map { it.revision() }) },
                { assertEquals(file.revision(), worked.events.size.toLong()) },
                { assertEquals(6L, file.significantContacts()) },
                { assertTrue(file.outcomeReviewOrNull != null) },
            )
        }
    }

    @Test
    fun `the cohort report counts every closed case`() {
        val worked = SAMPLE_CASES.map(client::work)
        val report = client.report(worked)
        val referred = worked.count { it.decision.referToMarac() }.toLong()
        assertAll(
            { assertEquals(3L, report.cases()) },
            { assertEquals(3L, report.reviewed()) },
            { assertEquals(3L, report.overall(OutcomeMeasure.RISK_REDUCED).denominator()) },
            { assertEquals(3L, report.overall(OutcomeMeasure.RISK_REDUCED).numerator()) },
            { assertEquals(0L, report.overall(OutcomeMeasure.COPING_IMPROVED).numerator()) },
            // a MARAC referral counts as an intervention of its own kind
            { assertEquals(2L, referred) },
            { assertEquals(referred, report.interventionReceived(CaseFile.MARAC_KIND).numerator()) },
            { assertEquals(3L, report.interventionReceived("safety-planning").numerator()) },
        )
    }

    @Test
    fun `the MARAC export holds every record line and no free text, contact or review`() {
        val summary = client.run(SAMPLE_CASES, dir)
        val marac = summary.written.single { it.file.fileName.toString() == "kotlin-client-marac.ndjson" }
        val lines = Files.readAllLines(marac.file)
        val kept = summary.worked.sumOf { w -> w.events.count { it !is ContactRecorded && it !is ReviewRecorded } }
        assertAll(
            { assertTrue(lines.first().contains("\"purpose\":\"marac\"")) },
            { assertEquals("{\"end\":\"safeguard-export\",\"records\":${marac.records}}", lines.last()) },
            { assertEquals(marac.records, (lines.size - 2).toLong()) },
            { assertEquals(3, lines.count { it.startsWith("{\"record\":\"case\",") }) },
            { assertEquals(3, lines.count { it.startsWith("{\"record\":\"assessment\",") }) },
            { assertEquals(3, lines.count { it.startsWith("{\"record\":\"marac-decision\",") }) },
            { assertEquals(1, lines.count { it.startsWith("{\"record\":\"cohort-report\",") }) },
            // the contacts' and reviews' events stay behind: with their days they would rebuild the contact log
            { assertEquals(kept, lines.count { it.startsWith("{\"record\":\"case-event\",") }) },
            { assertEquals(0, lines.count { it.contains("\"contacts\"") || it.contains("\"reviews\"") }) },
            { assertFalse(lines.any { SAMPLE_RATIONALE in it }, "the rationale is free text") },
            { assertTrue(lines.any { "\"caseId\":\"KC-0001\"" in it }, "a MARAC sees the case id") },
        )
    }

    @Test
    fun `the research export holds pseudonyms, months, age bands and suppressed counts, nothing that names a case`() {
        val summary = client.run(SAMPLE_CASES, dir)
        val research = summary.written.single { it.file.fileName.toString() == "kotlin-client-research.ndjson" }
        val text = Files.readString(research.file)
        val lines = text.lines().filter { it.isNotEmpty() }
        val expected = summary.worked.sumOf { it.events.size } + 3 * 3 + 1
        assertAll(
            { assertTrue(lines.first().contains("\"purpose\":\"research\"")) },
            { assertEquals(expected.toLong(), research.records) },
            { assertEquals(research.records, (lines.size - 2).toLong()) },
            { assertFalse("KC-000" in text, "case ids are pseudonyms") },
            { assertFalse("idva-07" in text, "no staff id") },
            { assertFalse(SAMPLE_RATIONALE in text, "no free text") },
            { assertFalse(Regex("\\d{4}-\\d{2}-\\d{2}").containsMatchIn(text), "dates are months") },
            { assertFalse("\"victimAge\":\"34\"" in text, "ages are bands") },
            { assertTrue("\"victimAge\":\"25-34\"" in text) },
            { assertTrue(lines.single { it.startsWith("{\"record\":\"cohort-report\",") }.contains("\"cases\":\"<5\"")) },
        )
    }

    @Test
    fun `an answer word the checklist cannot take is refused by item, never echoed`() {
        val refused = assertThrows<AnswerOutOfScaleException> {
            engine().responses(RIC).answers(mapOf("threats-to-kill" to "perhaps-later"))
        }
        assertAll(
            { assertTrue("threats-to-kill" in refused.message.orEmpty()) },
            { assertFalse("perhaps-later" in refused.message.orEmpty()) },
        )
    }

    @Test
    fun `main prints ids, levels, routes and counts, and nothing a case worker wrote`() {
        val printed = ByteArrayOutputStream()
        val standardOut = System.out
        System.setOut(PrintStream(printed, true, Charsets.UTF_8))
        try {
            main(arrayOf(dir.toString()))
        } finally {
            System.setOut(standardOut)
        }
        val out = printed.toString(Charsets.UTF_8)
        assertAll(
            { assertTrue("KC-0001: score 14, computed HIGH, final HIGH; refer to MARAC (VISIBLE_HIGH_RISK)" in out, out) },
            { assertTrue("KC-0002: score 9, computed below the high-risk threshold, final HIGH; refer to MARAC (PROFESSIONAL_JUDGEMENT)" in out, out) },
            { assertTrue("KC-0003: score 4, computed below the high-risk threshold, final counted as STANDARD; no referral (no route)" in out, out) },
            { assertTrue("Cohort report: 3 cases, 3 reviewed" in out, out) },
            { assertFalse(SAMPLE_RATIONALE in out) },
            { assertFalse("Don’t know" in out) },
            { assertTrue(Files.isRegularFile(dir.resolve("kotlin-client-marac.ndjson"))) },
            { assertTrue(Files.isRegularFile(dir.resolve("kotlin-client-research.ndjson"))) },
        )
    }
}
