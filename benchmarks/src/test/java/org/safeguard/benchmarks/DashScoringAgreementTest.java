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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.model.Answer;
import org.safeguard.model.Item;
import org.safeguard.model.Responses;
import org.safeguard.model.RiskLevel;

/**
 * Keeps {@link DashScoringBenchmark} honest: on every checklist it prepares, the vendor map scorer,
 * {@code rawScore} and {@code assess} give the same score and the same level, and the two prepared
 * forms hold the same answers. No timing here.
 */
class DashScoringAgreementTest {
  private static DashScoringBenchmark benchmark;

  @BeforeAll
  static void prepare() {
    benchmark = new DashScoringBenchmark();
    benchmark.setup();
  }

  @Test
  void preparesEveryChecklistInBothForms() {
    assertEquals(DashScoringBenchmark.CHECKLISTS, benchmark.responses.length);
    assertEquals(DashScoringBenchmark.CHECKLISTS, benchmark.vendorForms.length);
    assertEquals(24, benchmark.instrument.items().size());
  }

  @Test
  void bothFormsHoldTheSameAnswers() {
    for (int c = 0; c < DashScoringBenchmark.CHECKLISTS; c++) {
      Answer[] generated = benchmark.answers.get(c);
      Responses responses = benchmark.responses[c];
      Map<String, String> form = benchmark.vendorForms[c];
      int asked = 0;
      for (int i = 0; i < generated.length; i++) {
        Item item = benchmark.instrument.items().get(i);
        assertEquals(generated[i], responses.answer(item.id()), "checklist " + c + " item " + item.id());
        if (generated[i] == Answer.NOT_ASKED) {
          assertTrue(!form.containsKey(item.id()), "checklist " + c + ": not asked has no row: " + item.id());
        } else {
          asked++;
          assertEquals(DashScoringBenchmark.vendorWord(generated[i]), form.get(item.id()), "checklist " + c + " item " + item.id());
        }
      }
      assertEquals(asked, form.size(), "checklist " + c + ": no extra rows");
    }
  }

  @Test
  void vendorValuesAreFreshStringsNotInternedLiterals() {
    for (Map<String, String> form : benchmark.vendorForms) {
      for (Map.Entry<String, String> e : form.entrySet()) {
        assertNotSame(e.getValue().intern(), e.getValue());
        assertNotSame(e.getKey().intern(), e.getKey());
      }
    }
  }

  @Test
  void vendorRawScoreAndAssessAgreeOnEveryChecklist() {
    for (int c = 0; c < DashScoringBenchmark.CHECKLISTS; c++) {
      Responses responses = benchmark.responses[c];
      int vendorScore = VendorMapScorer.score(benchmark.vendorForms[c]);
      String vendorLevel = VendorMapScorer.level(vendorScore);
      int rawScore = benchmark.instrument.rawScore(responses);
      Assessment assessment = benchmark.safeguard.assess(responses);

      long yes = java.util.Arrays.stream(benchmark.answers.get(c)).filter(a -> a == Answer.YES).count();
      assertEquals(yes, vendorScore, "checklist " + c + ": vendor score is the yes count");
      assertEquals(vendorScore, rawScore, "checklist " + c + ": rawScore");
      assertEquals(vendorScore, assessment.score().value(), "checklist " + c + ": assess score");
      assertEquals(vendorLevel, assessment.computedLevel().orElseThrow().name(), "checklist " + c + ": computed level");
      assertEquals(vendorLevel, assessment.level().orElseThrow().name(), "checklist " + c + ": level");
    }
  }

  /** The comparison means little unless the checklists cover both levels and every kind of answer. */
  @Test
  void checklistsHaveARealisticSpread() {
    int high = 0;
    int minScore = Integer.MAX_VALUE;
    int maxScore = Integer.MIN_VALUE;
    Map<Answer, Integer> kinds = new EnumMap<>(Answer.class);
    for (int c = 0; c < DashScoringBenchmark.CHECKLISTS; c++) {
      Assessment assessment = benchmark.safeguard.assess(benchmark.responses[c]);
      if (assessment.computedLevel().orElseThrow() == RiskLevel.HIGH) {
        high++;
      }
      minScore = Math.min(minScore, assessment.score().value());
      maxScore = Math.max(maxScore, assessment.score().value());
      for (Answer a : benchmark.answers.get(c)) {
        kinds.merge(a, 1, Integer::sum);
      }
    }
    int n = DashScoringBenchmark.CHECKLISTS;
    assertTrue(high > n / 10 && high < n * 9 / 10, "both levels well represented: " + high + " high of " + n);
    assertTrue(minScore <= 3 && maxScore >= 20, "scores span the range: " + minScore + ".." + maxScore);
    int all = n * benchmark.instrument.items().size();
    for (Answer a : Answer.values()) {
      assertTrue(kinds.getOrDefault(a, 0) > all / 100, "at least 1% " + a + " answers: " + kinds);
    }
  }
}
