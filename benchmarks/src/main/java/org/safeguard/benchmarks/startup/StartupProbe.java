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

import org.safeguard.core.LoadingMode;
import org.safeguard.core.Safeguard;
import org.safeguard.core.assessment.Assessment;

/**
 * The engine's start as an embedding service meets it: build the engine with every shipped plugin
 * (strict, so each one really loads; the Danger Assessment with made-up test weights, since the
 * real ones are licensed), assess one synthetic Dash checklist, print the level and how long the
 * build took, and exit. {@link StartupBenchmark} runs it as a whole process beside {@link BareJvm}.
 */
public final class StartupProbe {
  /** The made-up Danger Assessment weights shipped in this jar; never to assess anyone with. */
  public static final String DANGER_ASSESSMENT_WEIGHTS = "classpath:startup/made-up-danger-assessment-weights.properties";

  private StartupProbe() {}

  /**
   * Builds the engine the way the benchmarks and the probe process all do.
   *
   * @return the engine, with every plugin on the class path loaded
   */
  public static Safeguard buildEngine() {
    return Safeguard.builder()
        .loading(LoadingMode.STRICT)
        .configure("danger-assessment", "weights", DANGER_ASSESSMENT_WEIGHTS)
        .build();
  }

  /**
   * Runs the probe.
   *
   * @param args none
   */
  public static void main(String[] args) {
    long start = System.nanoTime();
    Safeguard safeguard = buildEngine();
    long built = System.nanoTime();
    Assessment result = safeguard.assess(safeguard.responses("safelives-dash-ric")
        .yes("threats-to-kill", "strangulation", "separation")
        .build());
    System.out.println("instruments " + safeguard.instrumentVersions().size() + ", level " + result.level()
        + ", build " + (built - start) / 1000 + " us");
  }
}
