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

  /** Builds the engine the way the benchmark and the probe process both do. */
  static Safeguard buildEngine() {
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
