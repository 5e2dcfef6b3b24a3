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
package org.safeguard.core.marac;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.safeguard.model.MissingValueException;

/**
 * A service's own expected ranges for the figures of its return: data, not code, so each service
 * keeps its own (for example {@code repeat-rate=28..40}, {@code per-10k-adult-women=40..}).
 * A figure outside its range is {@link MaracReturn#outsideExpected flagged}. Immutable.
 */
public final class ExpectedRanges {
  private static final ExpectedRanges NONE = new ExpectedRanges(Map.of());

  private final Map<ReturnFigure, ExpectedRange> ranges;

  private ExpectedRanges(Map<ReturnFigure, ExpectedRange> ranges) {
    this.ranges = ranges;
  }

  /**
   * No ranges: nothing is flagged.
   *
   * @return the empty set of ranges
   */
  public static ExpectedRanges none() {
    return NONE;
  }

  /**
   * Ranges by figure.
   *
   * @param ranges the range of each figure that has one
   * @return the ranges
   * @throws org.safeguard.model.InvalidInputException when a figure or range is missing
   */
  public static ExpectedRanges of(Map<ReturnFigure, ExpectedRange> ranges) {
    MissingValueException.require("ranges", ranges);
    Map<ReturnFigure, ExpectedRange> copy = new LinkedHashMap<>();
    for (Map.Entry<ReturnFigure, ExpectedRange> e : ranges.entrySet()) {
      copy.put(MissingValueException.require("ranges.figure", e.getKey()), MissingValueException.require("ranges.range", e.getValue()));
    }
    return new ExpectedRanges(Collections.unmodifiableMap(copy));
  }

  /**
   * Ranges read from properties: each key a {@link ReturnFigure#key() figure's key}, each value a
   * {@link ExpectedRange#parse range}.
   *
   * @param properties the properties, as the service loaded them
   * @return the ranges
   * @throws org.safeguard.model.InvalidInputException naming the first key that is no figure or
   *     whose value is no range
   */
  public static ExpectedRanges fromProperties(Properties properties) {
    MissingValueException.require("properties", properties);
    Map<ReturnFigure, ExpectedRange> ranges = new LinkedHashMap<>();
    for (String key : new java.util.TreeSet<>(properties.stringPropertyNames())) {
      ranges.put(ReturnFigure.parse(key), ExpectedRange.parse(properties.getProperty(key)));
    }
    return of(ranges);
  }

  /**
   * The range of one figure.
   *
   * @param figure the figure
   * @return its range, or empty when the service states none
   */
  public Optional<ExpectedRange> rangeOf(ReturnFigure figure) {
    return Optional.ofNullable(ranges.get(MissingValueException.require("figure", figure)));
  }

  /**
   * Every range stated.
   *
   * @return the ranges by figure
   */
  public Map<ReturnFigure, ExpectedRange> ranges() {
    return ranges;
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object other) {
    return other instanceof ExpectedRanges r && r.ranges.equals(ranges);
  }

  @Override
  public int hashCode() {
    return ranges.hashCode();
  }

  @Override
  public String toString() {
    return "ExpectedRanges" + ranges;
  }
}
