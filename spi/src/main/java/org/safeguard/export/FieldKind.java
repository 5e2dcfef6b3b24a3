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
package org.safeguard.export;

/**
 * What a field holds, which fixes both its Java type in an {@link ExportRecord} and what each
 * {@link Purpose} does to it.
 */
public enum FieldKind {
  /**
   * Identifies a case, a person or a record ({@code String}). Kept under FULL and MARAC; under
   * RESEARCH replaced by a keyed pseudonym, the same for the same value in every field of the same
   * name, so records still link.
   */
  ID(String.class),
  /** Identifies a practitioner ({@code String}). Dropped under RESEARCH. */
  STAFF_ID(String.class),
  /** Written by a person, such as an override's rationale ({@code String}). Dropped under MARAC and RESEARCH. */
  FREE_TEXT(String.class),
  /** Words the library or a plugin wrote, such as a version or a rule's reason ({@code String}). Kept. */
  TEXT(String.class),
  /** A stable code from a fixed list: lower-case words joined by hyphens ({@code String}). Kept. */
  CODE(String.class),
  /** A day ({@link ExportDate}). Coarsened to its month under RESEARCH. */
  DATE(ExportDate.class),
  /** An instant ({@link java.time.Instant}). Dropped under RESEARCH. */
  TIMESTAMP(java.time.Instant.class),
  /** An age in years ({@link AgeRange}, one year wide). Banded under RESEARCH ({@link AgeRange#band(int)}). */
  AGE(AgeRange.class),
  /** A whole number ({@code Long}). Kept. */
  INTEGER(Long.class),
  /** Yes or no ({@code Boolean}). Kept. */
  BOOLEAN(Boolean.class),
  /**
   * How many cases fall in a cell of an aggregate record such as a cohort report ({@link Count}).
   * Kept under FULL, and under MARAC except in a MARAC return; under RESEARCH, and in a MARAC return
   * under MARAC too (a return leaves the service), a count from 1 to one below the export's
   * small-cell threshold is suppressed ({@link Count#suppressedBelow(int)}), written {@code <5}, and
   * for a cohort report or a MARAC return any count that would give a suppressed one away by
   * subtraction is withheld ({@link Count#withheld()}), written {@code [c]}, as is a MARAC return's
   * value resting on a count not shown.
   */
  COUNT(Count.class),
  /**
   * A number with a fractional part, such as a full-time equivalent or a cost
   * ({@link java.math.BigDecimal}, at most {@value ExportRecord#MAX_DECIMAL_DIGITS} digits before
   * the point and as many after; a record holds it with no negative scale, and formats write it
   * plain: {@code 1000}, never {@code 1E+3}).
   * Kept under every purpose.
   */
  DECIMAL(java.math.BigDecimal.class),
  /** A nested record of the field's own {@link Field#nested() schema} ({@link ExportRecord}). */
  RECORD(ExportRecord.class);

  /** The Java type of a value of this kind: a field, not a switch, since a record reads it for every value set. */
  private final Class<?> valueType;

  FieldKind(Class<?> valueType) {
    this.valueType = valueType;
  }

  /**
   * The Java type a value of this kind has in an {@link ExportRecord}.
   *
   * @return the class of the value
   */
  public Class<?> valueType() {
    return valueType;
  }
}
