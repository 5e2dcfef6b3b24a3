package org.safeguard.model;

import java.time.LocalDate;
import java.util.Map;
import org.immutables.value.Value;

/** A review (T2): the same measures as intake, plus the outcome questions. */
@Value.Immutable
@ModelStyle
public abstract class Review {
  public abstract ReviewKind kind();

  public abstract Measures measures();

  /** Outcome answers; a question left out is not recorded. */
  public abstract Map<OutcomeQuestion, OutcomeAnswer> answers();

  public LocalDate on() {
    return measures().on();
  }

  public static ImmutableReview.Builder builder() {
    return ImmutableReview.builder();
  }
}
