package org.safeguard.model;

import org.immutables.value.Value;

/**
 * The score from which a service takes a case, such as Hertfordshire's IDVA service taking Dash
 * scores of 10 and over (reference/seed-hertfordshire.md 2.1): the same score means different
 * things at different agencies.
 */
@Value.Immutable
@ModelStyle
public abstract class ServiceThreshold {
  /** Only the generated implementation in this package extends it. */
  ServiceThreshold() {}

  @Value.Parameter
  public abstract Agency service();

  @Value.Parameter
  public abstract String instrumentId();

  @Value.Parameter
  public abstract int minimumScore();

  public static ServiceThreshold of(Agency service, String instrumentId, int minimumScore) {
    return ImmutableServiceThreshold.of(service, instrumentId, minimumScore);
  }

  @Value.Check
  protected void check() {
    if (minimumScore() < 0) {
      throw new InvalidInputException("service.minimum-score", minimumScore(), "scores start at 0");
    }
  }
}
