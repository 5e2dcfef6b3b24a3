package org.safeguard.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The numbers a policy sets for the MARAC screen. The defaults are the SafeLives recommendations
 * (reference/instruments.md section 1.6): 3 incidents in 12 months for potential escalation, a
 * 12-month window after the last referral for a repeat, and MARAC for victims aged 16 and over.
 */
@Value.Immutable
@ModelStyle
public abstract class MaracParameters {
  /** Only the generated implementation in this package extends it. */
  MaracParameters() {}

  /** Victims younger than this go to children's safeguarding instead of MARAC. */
  @Value.Default
  public int minimumAge() {
    return 16;
  }

  /** How many incidents in the window make potential escalation. */
  @Value.Default
  public int escalationIncidents() {
    return 3;
  }

  /** The rolling window for potential escalation, in months, ending on the screening date. */
  @Value.Default
  public int escalationWindowMonths() {
    return 12;
  }

  /** A qualifying incident within this many months of the last referral makes a repeat. */
  @Value.Default
  public int repeatWindowMonths() {
    return 12;
  }

  /**
   * A local medium-risk MARAC for scores in this band, referred only with the victim's consent,
   * as in Hertfordshire's Stevenage pilot (DASH 10-13; reference/seed-hertfordshire.md 2.1).
   * Empty, as SafeLives recommends, when there is none.
   */
  public abstract Optional<Band> mediumRiskMarac();

  public static MaracParameters defaults() {
    return ImmutableMaracParameters.builder().build();
  }

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MaracParameters}; building runs its checks. */
  public static final class Builder extends ImmutableMaracParameters.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    positive("marac.minimum-age", minimumAge());
    positive("marac.escalation.incidents", escalationIncidents());
    positive("marac.escalation.window-months", escalationWindowMonths());
    positive("marac.repeat.window-months", repeatWindowMonths());
  }

  private static void positive(String field, int value) {
    if (value < 1) {
      throw new InvalidInputException(field, value, "must be 1 or more");
    }
  }
}
