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
package org.safeguard.examples.casesystem;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The demonstration the README runs, on its default embedded H2. */
class DemonstrationTest {
  @Test
  void theDemonstrationRunsOnEmbeddedH2AndSaysWhatItDid() throws Exception {
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      Demonstration.main(new String[0]);
    } finally {
      System.setOut(out);
    }
    String text = printed.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("41 cases rebuilt from their stored events, each equal to its stored snapshot"), text);
    assertTrue(text.contains("the second was refused: case CS-RACE is at version 2, not the version 1"), text);
    assertTrue(text.contains("cohort report from the database: 41 cases"), text);
    assertTrue(text.contains("cases referred to MARAC, each with a perpetrator case worked beside it and rebuilt from its events"), text);
    assertTrue(text.matches("(?s).*MARAC meeting marac-2026-02 heard (\\d+) cases; housing holds \\1 open actions, the police 0.*"), text);
    assertTrue(Files.size(Path.of("target", "case-system-exports", "marac.ndjson")) > 0);
    assertTrue(Files.size(Path.of("target", "case-system-exports", "research.zip")) > 0);
  }
}
