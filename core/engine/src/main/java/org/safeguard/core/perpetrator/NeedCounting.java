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
package org.safeguard.core.perpetrator;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;

/**
 * How a need's prevalence is counted: which levels count as the need being present, and whether
 * "don't know" stays in the denominator. The choice changes the answer several-fold, and the Drive
 * evaluation made it both ways on one data set (<i>Evaluation of the Drive Project</i>, University
 * of Bristol, 2019, Appendix 7, Table A7.1: drug use at midpoint is 17% one way, 28% the other), so
 * every prevalence names its counting.
 *
 * @param present the levels that count as the need present: not empty, never {@link NeedLevel#DONT_KNOW}
 * @param dontKnowCounted whether areas rated "don't know" stay in the denominator (as needs not
 *     shown present) rather than being left out as missing
 */
public record NeedCounting(Set<NeedLevel> present, boolean dontKnowCounted) {
  /**
   * The evaluation's main report: any level above none is a need, and "don't know" stays in the
   * denominator.
   */
  public static final NeedCounting ANY_LEVEL = new NeedCounting(
      EnumSet.of(NeedLevel.LOW, NeedLevel.MODERATE, NeedLevel.HIGH, NeedLevel.EXCESSIVE), true);

  /**
   * The evaluation's cost report: only the top two levels (high and excessive) are a need, and
   * "don't know" is left out.
   */
  public static final NeedCounting HIGH_LEVELS = new NeedCounting(EnumSet.of(NeedLevel.HIGH, NeedLevel.EXCESSIVE), false);

  /**
   * Checks the parts and keeps an unmodifiable copy of the levels.
   *
   * @param present the levels that count as the need present
   * @param dontKnowCounted whether "don't know" stays in the denominator
   * @throws InvalidInputException when no level counts, or "don't know" is counted as present
   */
  public NeedCounting {
    MissingValueException.requireElements("present", present);
    if (present.isEmpty()) {
      throw new InvalidInputException("present", "(none)", "at least one level counts as the need present");
    }
    if (present.contains(NeedLevel.DONT_KNOW)) {
      throw new InvalidInputException("present", NeedLevel.DONT_KNOW, "not knowing is not a need present");
    }
    present = Collections.unmodifiableSet(EnumSet.copyOf(present));
  }
}
