package org.safeguard.core.casework;

import java.time.LocalDate;
import java.util.Map;
import org.immutables.value.Value;
import org.safeguard.core.internal.ValueStyle;
import org.safeguard.core.outcome.OutcomeAnswer;
import org.safeguard.core.outcome.OutcomeQuestion;

/** A review (T2): the same measures as intake, plus the outcome questions. */
@Value.Immutable
@ValueStyle
public abstract class Review {
  /** Only the generated implementation in this package extends it. */
  Review() {}

  /**
   * Whether this is an interim review or the closure review.
   *
   * @return the kind of review
   */
  public abstract ReviewKind kind();

  /**
   * The measures taken at review, the same as at intake so the two can be compared.
   *
   * @return the review measures
   */
  public abstract Measures measures();

  /**
   * Outcome answers; a question left out is not recorded.
   *
   * @return the answers, by question
   */
  public abstract Map<OutcomeQuestion, OutcomeAnswer> answers();

  /**
   * The date of the review: the date of its measures.
   *
   * @return the date
   */
  public LocalDate on() {
    return measures().on();
  }

  /**
   * Starts a builder.
   *
   * @return an empty builder; {@code build()} checks the value
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Review}; building runs its checks. */
  public static final class Builder extends ImmutableReview.Builder {
    Builder() {}
  }
}
