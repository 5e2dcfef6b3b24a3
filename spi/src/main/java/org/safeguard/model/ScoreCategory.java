package org.safeguard.model;

import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A score range an instrument itself names, such as the Danger Assessment's "extreme danger" (18
 * and over) or an ODARA bin: the instrument's own reading of its score, kept apart from the risk
 * levels a local policy sets.
 */
@Value.Immutable
@ModelStyle
public abstract class ScoreCategory {
  /** Only the generated implementation in this package extends it. */
  ScoreCategory() {}

  @Value.Parameter
  public abstract String label();

  @Value.Parameter
  public abstract int lower();

  /** Inclusive; empty for the open top category. */
  @Value.Parameter
  public abstract OptionalInt upper();

  public static ScoreCategory of(String label, int lower, int upper) {
    return ImmutableScoreCategory.of(label, lower, OptionalInt.of(upper));
  }

  public static ScoreCategory from(String label, int lower) {
    return ImmutableScoreCategory.of(label, lower, OptionalInt.empty());
  }

  public boolean contains(int score) {
    return score >= lower() && (upper().isEmpty() || score <= upper().getAsInt());
  }

  @Value.Check
  protected void check() {
    if (upper().isPresent() && upper().getAsInt() < lower()) {
      throw new InvalidInputException("category.upper", upper().getAsInt(), "must not be below the lower end " + lower());
    }
  }
}
