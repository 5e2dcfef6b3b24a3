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
package org.safeguard.examples.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safeguard.examples.quickstart.Fixtures.DASH_RIC;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.model.Answer;
import org.safeguard.model.InvalidInputException;

class SyntheticCasesTest {
  private static final String REGENERATE = "the shipped sample is not what the generator makes; if the generator changed on purpose, run "
      + "java -jar examples/quickstart/target/safeguard-quickstart.jar generate " + SyntheticCases.SAMPLE_COUNT + " "
      + SyntheticCases.SAMPLE_SEED + " examples/quickstart/src/main/resources/org/safeguard/examples/quickstart/"
      + CaseCsv.SAMPLE_RESOURCE;

  @Test
  void shippedSampleIsWhatTheGeneratorMakes() {
    String regenerated = SyntheticCases.generateFile(DASH_RIC, SyntheticCases.SAMPLE_SEED, SyntheticCases.SAMPLE_COUNT);
    assertEquals(regenerated, CaseCsv.sampleText(), REGENERATE);
  }

  @Test
  void generateCommandWritesTheShippedSampleForItsSeedAndCount(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("again.csv");
    QuickstartRun run = QuickstartRun.of("generate", Integer.toString(SyntheticCases.SAMPLE_COUNT),
        Long.toString(SyntheticCases.SAMPLE_SEED), file.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals(CaseCsv.sampleText(), Files.readString(file), REGENERATE);
  }

  @Test
  void shippedSampleHasAtLeastFiftyCasesWithDistinctIds() {
    List<SyntheticCase> sample = Fixtures.sample();
    assertEquals(SyntheticCases.SAMPLE_COUNT, sample.size());
    assertTrue(sample.size() >= 50);
    assertEquals(sample.size(), sample.stream().map(SyntheticCase::caseId).distinct().count());
    assertEquals("QS-0001", sample.get(0).caseId());
  }

  @Test
  void generatorMakesTheSameCasesForTheSameSeed() {
    assertEquals(SyntheticCases.generate(DASH_RIC, 42, 30), SyntheticCases.generate(DASH_RIC, 42, 30));
    assertEquals(SyntheticCases.generateFile(DASH_RIC, 42, 30), SyntheticCases.generateFile(DASH_RIC, 42, 30));
  }

  @Test
  void generatorMakesDifferentCasesForDifferentSeeds() {
    assertNotEquals(SyntheticCases.generate(DASH_RIC, 42, 30), SyntheticCases.generate(DASH_RIC, 43, 30));
  }

  @Test
  void aLongerRunStartsWithTheCasesOfAShorterOne() {
    assertEquals(SyntheticCases.generate(DASH_RIC, 42, 10), SyntheticCases.generate(DASH_RIC, 42, 25).subList(0, 10));
  }

  @Test
  void aCasesFileReadsBackAsTheCasesWritten() {
    List<SyntheticCase> cases = SyntheticCases.generate(DASH_RIC, 7, 200);
    String text = CaseCsv.format(cases, DASH_RIC, "round trip");
    assertEquals(cases, CaseCsv.read(text, "round-trip.csv", DASH_RIC, SyntheticCases.SCREENING_DATE));
  }

  @Test
  void generatedAnswersUseEveryKindOfAnswerAndSomeAgencySources() {
    List<SyntheticCase> cases = Fixtures.sample();
    for (Answer kind : Answer.values()) {
      assertTrue(cases.stream().anyMatch(c -> Fixtures.ITEM_IDS.stream().anyMatch(id -> c.responses().answer(id) == kind)),
          "no case has an answer " + kind);
    }
    assertTrue(cases.stream().anyMatch(c -> !c.responses().sources().isEmpty()), "no answer came from an agency");
    assertTrue(cases.stream().anyMatch(c -> c.responses().yesCount() >= 14), "no case scores 14 or more");
    assertTrue(cases.stream().filter(c -> c.responses().yesCount() < 14).count() > cases.size() / 2, "most cases should score below 14");
  }

  @Test
  void generatorRefusesACountItCannotNumber() {
    assertThrows(InvalidInputException.class, () -> SyntheticCases.generate(DASH_RIC, 1, 0));
    assertThrows(InvalidInputException.class, () -> SyntheticCases.generate(DASH_RIC, 1, SyntheticCases.MAX_COUNT + 1));
  }

  @Test
  void aCaseShownAsTextGivesNoNameOrRationale() {
    for (SyntheticCase c : Fixtures.sample()) {
      String shown = c.toString();
      assertFalse(shown.contains(c.firstName()) || shown.contains(c.lastName()), shown);
      c.judgement().ifPresent(j -> assertFalse(shown.contains(j.rationale()), shown));
    }
  }
}
