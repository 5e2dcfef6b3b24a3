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
package org.safeguard.core.equality;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.safeguard.model.MissingValueException;

/**
 * One equality answer: a value given under a lawful basis, "prefer not to say", or "not
 * recorded". Immutable. {@link #toString()} says which of the three it is and never the value.
 *
 * @param <T> the answer's values
 */
public final class EqualityAnswer<T extends Enum<T>> {
  private static final EqualityAnswer<?> PREFER_NOT_TO_SAY =
      new EqualityAnswer<>(DisclosureStatus.PREFER_NOT_TO_SAY, null, null);
  private static final EqualityAnswer<?> NOT_RECORDED = new EqualityAnswer<>(DisclosureStatus.NOT_RECORDED, null, null);

  private final DisclosureStatus status;
  private final @Nullable T value;
  private final @Nullable LawfulBasis basis;

  private EqualityAnswer(DisclosureStatus status, @Nullable T value, @Nullable LawfulBasis basis) {
    this.status = status;
    this.value = value;
    this.basis = basis;
  }

  /**
   * An answer the person gave, with the basis it is recorded under: a special-category value is
   * never recorded without one.
   *
   * @param <T> the answer's values
   * @param value the answer
   * @param basis the lawful basis for recording it
   * @return the answer
   * @throws org.safeguard.model.InvalidInputException when either is missing
   */
  public static <T extends Enum<T>> EqualityAnswer<T> given(T value, LawfulBasis basis) {
    return new EqualityAnswer<>(DisclosureStatus.GIVEN, MissingValueException.require("value", value),
        MissingValueException.require("basis", basis));
  }

  /**
   * The person was asked and chose not to say.
   *
   * @param <T> the answer's values
   * @return the answer
   */
  @SuppressWarnings("unchecked")
  public static <T extends Enum<T>> EqualityAnswer<T> preferNotToSay() {
    return (EqualityAnswer<T>) PREFER_NOT_TO_SAY;
  }

  /**
   * The service holds no answer.
   *
   * @param <T> the answer's values
   * @return the answer
   */
  @SuppressWarnings("unchecked")
  public static <T extends Enum<T>> EqualityAnswer<T> notRecorded() {
    return (EqualityAnswer<T>) NOT_RECORDED;
  }

  /**
   * Which of the three kinds of answer this is.
   *
   * @return the status
   */
  public DisclosureStatus status() {
    return status;
  }

  /**
   * The value given.
   *
   * @return the value, or empty unless {@link DisclosureStatus#GIVEN}
   */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /** The value given, or null: for reading many answers without an Optional each. */
  @Nullable T valueOrNull() {
    return value;
  }

  /**
   * The lawful basis the value is recorded under.
   *
   * @return the basis, or empty unless {@link DisclosureStatus#GIVEN}
   */
  public Optional<LawfulBasis> lawfulBasis() {
    return Optional.ofNullable(basis);
  }

  /**
   * Whether an answer was given.
   *
   * @return true when {@link DisclosureStatus#GIVEN}
   */
  public boolean known() {
    return status == DisclosureStatus.GIVEN;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof EqualityAnswer<?> a && status == a.status && Objects.equals(value, a.value)
        && basis == a.basis;
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, value, basis);
  }

  /**
   * Which kind of answer this is, never its value or basis.
   *
   * @return {@code given}, {@code prefer not to say} or {@code not recorded}
   */
  @Override
  public String toString() {
    return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
