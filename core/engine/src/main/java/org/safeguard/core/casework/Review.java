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

  public abstract ReviewKind kind();

  public abstract Measures measures();

  /** Outcome answers; a question left out is not recorded. */
  public abstract Map<OutcomeQuestion, OutcomeAnswer> answers();

  public LocalDate on() {
    return measures().on();
  }

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Review}; building runs its checks. */
  public static final class Builder extends ImmutableReview.Builder {
    Builder() {}
  }
}
