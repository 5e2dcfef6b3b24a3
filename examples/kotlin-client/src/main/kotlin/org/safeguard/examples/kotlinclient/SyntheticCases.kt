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

import java.time.LocalDate
import org.safeguard.core.assessment.JudgementReason
import org.safeguard.core.marac.Incident
import org.safeguard.model.Agency
import org.safeguard.model.IncidentType
import org.safeguard.model.RiskLevel

/** The instrument every case here is assessed with: the SafeLives Dash RIC, from the dash plugin. */
const val RIC = "safelives-dash-ric"

/** The RIC's 24 items, in the checklist's order. */
val RIC_ITEMS: List<String> = listOf(
    "current-injury", "very-frightened", "fears-further-harm", "isolation", "depression-or-suicidal-thoughts",
    "separation", "child-contact-conflict", "stalking-or-harassment", "pregnancy-or-recent-birth", "abuse-more-often",
    "abuse-getting-worse", "control-or-jealousy", "weapons-or-objects", "threats-to-kill", "strangulation",
    "sexual-abuse", "another-person-threatening", "abuser-hurt-others", "animal-cruelty", "financial-issues",
    "abuser-substance-or-mental-health", "abuser-suicide-threats", "breach-of-bail-or-order", "criminal-history",
)

/** A practitioner's judgement as a case system holds it, before the engine makes it a [org.safeguard.core.assessment.ProfessionalJudgement]. */
data class Judgement(
    val level: RiskLevel,
    val assessorId: String,
    val rationale: String,
    val reasons: List<JudgementReason>,
)

/**
 * One synthetic referral as a case system stores it: a case id, the victim's age, the checklist as
 * item id to answer word, and what the record holds besides. Nobody here is a real person.
 */
data class SyntheticCase(
    val caseId: String,
    val victimAge: Int,
    val referredOn: LocalDate,
    val answers: Map<String, String>,
    val judgement: Judgement? = null,
    val incidents: List<Incident> = emptyList(),
)

/**
 * A checklist of answer words: "Yes" for each item of [yes], "Don’t know" (the apostrophe a word
 * processor types) for each of [notKnown], "No" for the rest of the 24.
 */
fun checklist(yes: Set<String>, notKnown: Set<String> = emptySet()): Map<String, String> =
    RIC_ITEMS.associateWith { item ->
        when (item) {
            in yes -> "Yes"
            in notKnown -> "Don’t know"
            else -> "No"
        }
    }

/** The day every sample case is referred. */
val REFERRED_ON: LocalDate = LocalDate.of(2026, 11, 2)

/** What the second case's assessor wrote: free text, which goes to no MARAC and to no researcher. */
const val SAMPLE_RATIONALE = "Synthetic rationale KC-0002: she describes him waiting outside the new address"

/**
 * Three synthetic referrals, one for each way a screen can go: fourteen yes answers (high risk under
 * SafeLives, referred to MARAC as visible high risk); nine yes answers raised to high risk by an
 * IDVA's judgement (referred by professional judgement); four yes answers and one police incident
 * (no referral).
 */
val SAMPLE_CASES: List<SyntheticCase> = listOf(
    SyntheticCase(
        caseId = "KC-0001",
        victimAge = 34,
        referredOn = REFERRED_ON,
        answers = checklist(
            yes = setOf(
                "current-injury", "very-frightened", "fears-further-harm", "isolation", "separation",
                "stalking-or-harassment", "abuse-more-often", "abuse-getting-worse", "control-or-jealousy",
                "weapons-or-objects", "threats-to-kill", "strangulation", "sexual-abuse", "criminal-history",
            ),
        ),
        incidents = listOf(Incident.of(REFERRED_ON.minusDays(3), IncidentType.VIOLENCE_OR_THREATS, Agency.POLICE)),
    ),
    SyntheticCase(
        caseId = "KC-0002",
        victimAge = 27,
        referredOn = REFERRED_ON,
        answers = checklist(
            yes = setOf(
                "very-frightened", "fears-further-harm", "isolation", "separation", "stalking-or-harassment",
                "abuse-more-often", "abuse-getting-worse", "control-or-jealousy", "threats-to-kill",
            ),
            notKnown = setOf("criminal-history"),
        ),
        judgement = Judgement(RiskLevel.HIGH, "idva-07", SAMPLE_RATIONALE, listOf(JudgementReason.STALKING, JudgementReason.THREATS_TO_KILL)),
        incidents = listOf(Incident.of(REFERRED_ON.minusDays(10), IncidentType.STALKING_OR_HARASSMENT, Agency.IDVA_SERVICE)),
    ),
    SyntheticCase(
        caseId = "KC-0003",
        victimAge = 45,
        referredOn = REFERRED_ON,
        // a case system that stores only what was asked: the map is the record, item by item
        answers = mapOf(
            "very-frightened" to "yes",
            "separation" to "yes",
            "control-or-jealousy" to "yes",
            "financial-issues" to "yes",
            "current-injury" to "no",
            "threats-to-kill" to "no",
            "strangulation" to "no",
            "sexual-abuse" to "no",
            "weapons-or-objects" to "no",
            "stalking-or-harassment" to "no",
        ),
        incidents = listOf(Incident.of(REFERRED_ON.minusDays(20), IncidentType.VIOLENCE_OR_THREATS, Agency.POLICE)),
    ),
)
