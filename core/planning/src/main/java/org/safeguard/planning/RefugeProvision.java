package org.safeguard.planning;

import java.util.Objects;

/**
 * An area's refuge beds against a benchmark.
 *
 * @param area the area's name
 * @param population its total population
 * @param beds refuge beds (units) available
 * @param target the benchmark's beds for the population, rounded
 * @param coverage beds ÷ target
 * @param trace the steps
 */
public record RefugeProvision(String area, long population, long beds, Estimate target, Coverage coverage, Trace trace) {
  /**
   * Checks that every part is given.
   *
   * @param area the area's name
   * @param population its total population
   * @param beds refuge beds (units) available
   * @param target the benchmark's beds for the population, rounded
   * @param coverage beds ÷ target
   * @param trace the steps
   */
  public RefugeProvision {
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(coverage, "coverage");
    Objects.requireNonNull(trace, "trace");
  }
}
