package org.safeguard.model;

import java.util.OptionalInt;
import org.immutables.value.Value;

/** A score range that maps to a risk level, both ends inclusive; the top band has no upper end. */
@Value.Immutable
@ModelStyle
public abstract class Band {
  /** Only the generated implementation in this package extends it. */
  Band() {}

  @Value.Parameter
  public abstract RiskLevel level();

  @Value.Parameter
  public abstract int lower();

  /** Inclusive upper end; empty for the open top band ("14 and over"). */
  @Value.Parameter
  public abstract OptionalInt upper();

  public boolean contains(int score) {
    return score >= lower() && (upper().isEmpty() || score <= upper().getAsInt());
  }

  public static Band of(RiskLevel level, int lower, int upper) {
    return ImmutableBand.of(level, lower, OptionalInt.of(upper));
  }

  public static Band from(RiskLevel level, int lower) {
    return ImmutableBand.of(level, lower, OptionalInt.empty());
  }

  @Value.Check
  protected void check() {
    if (lower() < 0) {
      throw new InvalidInputException("band.lower", lower(), "scores start at 0");
    }
    if (upper().isPresent() && upper().getAsInt() < lower()) {
      throw new InvalidInputException("band.upper", upper().getAsInt(), "must not be below the lower end " + lower());
    }
  }

  /** Reads like {@code high 14+} or {@code medium 10-13}. */
  @Override
  public String toString() {
    String name = level().name().toLowerCase(java.util.Locale.ROOT);
    return upper().isPresent() ? name + " " + lower() + "-" + upper().getAsInt() : name + " " + lower() + "+";
  }
}
