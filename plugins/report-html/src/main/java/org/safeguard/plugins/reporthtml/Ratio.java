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
package org.safeguard.plugins.reporthtml;

import org.safeguard.export.Count;

/**
 * A part of a whole, both counts of cases as the record carries them: exact, or suppressed under
 * research. Its share is known only when both are exact and the whole is not zero.
 */
final class Ratio {
  private final Count part;
  private final Count whole;

  Ratio(Count part, Count whole) {
    this.part = part;
    this.whole = whole;
  }

  /** Whether the share can be computed: no count suppressed, and a whole above zero. */
  boolean known() {
    return !part.suppressed() && !whole.suppressed() && whole.value() > 0;
  }

  /** Whether a count of it is suppressed. */
  boolean suppressed() {
    return part.suppressed() || whole.suppressed();
  }

  /** The share from 0 to 1; only when {@link #known()}. */
  double share() {
    if (!known()) {
      throw new IllegalStateException("no share for " + text());
    }
    return (double) part.value() / whole.value();
  }

  /** The share as a whole percentage, such as {@code 58%}; only when {@link #known()}. */
  String percent() {
    return Math.round(100 * share()) + "%";
  }

  /** Reads {@code 29 of 50 (58%)}, {@code <5 of 50} or {@code 0 of 0}. */
  String text() {
    String counts = part + " of " + whole;
    return known() ? counts + " (" + percent() + ")" : counts;
  }

  /** What a bar says of itself: its percentage, {@code suppressed} or {@code no cases}. */
  String barLabel() {
    if (known()) {
      return percent();
    }
    return suppressed() ? "suppressed (" + part + " of " + whole + ")" : "no cases";
  }

  @Override
  public String toString() {
    return text();
  }
}
