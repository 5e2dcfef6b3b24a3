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
package org.safeguard.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.safeguard.core.assessment.JudgementReason;
import org.safeguard.core.marac.CaseHistory;
import org.safeguard.core.marac.Incident;
import org.safeguard.logcapture.CapturedLogs;
import org.safeguard.model.Agency;
import org.safeguard.model.IncidentType;
import org.safeguard.model.RiskLevel;

/** What the engine writes to logs names ids and counts only: never an answer, an item or free text. */
class LogPrivacyTest {
  private static final Pattern ANSWER_WORD = Pattern.compile("\\b(YES|NO|NOT_KNOWN|NOT_ASKED)\\b");
  private static final String RATIONALE = "Synthetic rationale: Ada Testperson fears her ex-partner";

  static List<String> leaks(List<String> lines) {
    List<String> items = List.of(Fixtures.ITEMS.split(" ")).stream().map(i -> "[" + i + "]").toList();
    return lines.stream()
        .filter(l -> ANSWER_WORD.matcher(l).find() || l.contains(RATIONALE) || l.contains("Ada Testperson")
            || items.stream().anyMatch(l::contains))
        .toList();
  }

  @Test
  void theLeakCheckCatchesAPlantedLine() {
    assertEquals(1, leaks(List.of("INFO x - answer YES given", "INFO x - 3 instruments loaded")).size());
    assertEquals(1, leaks(List.of("WARN x - note: " + RATIONALE)).size());
  }

  @Test
  void noLogLineCarriesAnswersItemsOrFreeText() {
    CapturedLogs.clear();
    Safeguard engine = Safeguard.builder()
        .loading(LoadingMode.LENIENT)
        .addInstrument(new Fixtures.ChecklistProvider())
        .addInstrument(new Fixtures.BrokenProvider())
        .addThresholdPolicy(new Fixtures.PolicyProvider())
        .thresholdPolicy("test-policy")
        .build();
    var answers = engine.responses("test-checklist").yes("a", "b", "c").no("d").notKnown("e").source("a", Agency.POLICE).build();
    var assessment = engine.assess(answers);
    var raised = engine.raise(assessment, engine.judgement().level(RiskLevel.HIGH).assessorId("idva-01").rationale(RATIONALE).reasons(List.of(JudgementReason.STALKING)).build());
    engine.screenForMarac(CaseHistory.builder().asOf(LocalDate.of(2026, 1, 1)).victimAge(30)
        .addIncidents(Incident.of(LocalDate.of(2025, 12, 1), IncidentType.VIOLENCE_OR_THREATS, Agency.POLICE)).build(), raised);
    assertThrows(RuntimeException.class, () -> engine.responses("test-checklist").yes("no-such-item"));
    engine.itemLabels("test-checklist", java.util.Locale.UK);

    List<String> lines = CapturedLogs.lines();
    assertFalse(lines.isEmpty(), "the engine logged its start and the broken plugin");
    assertEquals(List.of(), leaks(lines));
  }
}
