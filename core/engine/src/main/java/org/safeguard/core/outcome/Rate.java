package org.safeguard.core.outcome;

import org.immutables.value.Value;
import org.safeguard.core.internal.ValueStyle;
import org.safeguard.model.InvalidInputException;

/**
 * A proportion as a report shows it: the numerator, the denominator, and how many cases were left
 * out of the denominator for missing data, with the reason. Never a bare percentage.
 */
@Value.Immutable
@ValueStyle
public abstract class Rate {
  /** Only the generated implementation in this package extends it. */
  Rate() {}

  @Value.Parameter
  public abstract long numerator();

  @Value.Parameter
  public abstract long denominator();

  /** Cases that belonged in the group but had no usable value. */
  @Value.Parameter
  public abstract long missing();

  /** Why the missing cases were left out, in words; empty when none were. */
  @Value.Parameter
  public abstract String missingReason();

  public static Rate of(long numerator, long denominator, long missing, String missingReason) {
    return ImmutableRate.of(numerator, denominator, missing, missing == 0 ? "" : missingReason);
  }

  /** The proportion from 0 to 1, or NaN when the denominator is 0. */
  public double value() {
    return denominator() == 0 ? Double.NaN : (double) numerator() / denominator();
  }

  /** Reads like {@code 58% (290/500; 12 missing: no review)}. */
  @Override
  public String toString() {
    String pct = denominator() == 0 ? "-" : Math.round(100.0 * numerator() / denominator()) + "%";
    return pct + " (" + numerator() + "/" + denominator() + (missing() == 0 ? "" : "; " + missing() + " missing: " + missingReason()) + ")";
  }

  @Value.Check
  protected void check() {
    if (numerator() < 0 || denominator() < 0 || missing() < 0) {
      throw new InvalidInputException("rate", numerator() + "/" + denominator(), "counts cannot be negative");
    }
    if (numerator() > denominator()) {
      throw new InvalidInputException("rate.numerator", numerator(), "cannot exceed the denominator " + denominator());
    }
  }
}
