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
package org.safeguard.benchmarks.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Holds the engine's start to what it has been cut to, by what a fresh JVM loads rather than by
 * time (which a test must not assert): {@link StartupProbe} runs in its own JVM with class loading
 * logged, and the log is read. Each rule names a cost found on the start path and removed; see
 * "StartupBenchmark" in the benchmarks README for what each cost in milliseconds.
 */
class StartPathTest {
  /**
   * Our classes a process that builds the engine with the benchmarks' plugins and assesses once
   * may load (138 on 2026-11-30). Each costs about a quarter of a millisecond in a cold JVM on a
   * two-core machine; raise this only knowing that.
   */
  static final int CLASS_BUDGET = 145;

  static List<String> loaded;

  @BeforeAll
  static void runProbe(@TempDir Path dir) throws IOException, InterruptedException {
    Path log = dir.resolve("class-load.log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // the test's own class path: the engine, the SPI and the benchmark's plugins, among jars that
    // provide none of Safeguard's services (DuckDB, HAPI, JMH), so the engine loads what it loads in the benchmark
    StartupBenchmark.run(List.of(java, "-Xshare:auto", "-Xlog:class+load=info:file=" + log + ":none",
        "-cp", System.getProperty("java.class.path"), StartupProbe.class.getName()));
    loaded = new ArrayList<>();
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      int space = line.indexOf(' ');
      loaded.add(space < 0 ? line : line.substring(0, space));
    }
    assertTrue(loaded.contains(StartupProbe.class.getName()), "the probe ran with class loading logged");
  }

  @Test
  void noLambdaOrMethodReferenceOfOursIsLinked() {
    // the first lambda links invokedynamic's machinery: about 6 ms in a cold JVM here
    assertEquals(List.of(), matching("org.safeguard.", "$$Lambda"));
  }

  @Test
  void noRegularExpressionIsCompiled() {
    // a first Pattern costs about 3 ms; java.time's Period and Duration compile one when loaded
    assertEquals(List.of(), matching("java.util.regex.Pattern", ""));
    assertEquals(List.of(), matching("java.time.Period", ""));
  }

  @Test
  void whatAnEngineThatOnlyAssessesDoesNotUseIsNotLoaded() {
    // the export schemas (built on first export), and the commands made on first use
    for (String unused : List.of("org.safeguard.export.Schemas", "org.safeguard.core.Casework", "org.safeguard.core.PerpetratorWork",
        "org.safeguard.core.MaracMeetings", "org.safeguard.core.MaracReferrals")) {
      assertTrue(!loaded.contains(unused), unused + " is loaded by a process that only builds the engine and assesses once");
    }
  }

  @Test
  void ourClassesStayWithinTheBudget() {
    List<String> ours = matching("org.safeguard.", "");
    assertTrue(ours.size() <= CLASS_BUDGET, ours.size() + " of our classes loaded, over the budget of " + CLASS_BUDGET + ": " + ours);
  }

  private static List<String> matching(String prefix, String part) {
    List<String> found = new ArrayList<>();
    for (String name : loaded) {
      if (name.startsWith(prefix) && name.contains(part)) {
        found.add(name);
      }
    }
    return found;
  }
}
