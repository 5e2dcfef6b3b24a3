package org.safeguard.core.marac;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.safeguard.core.internal.ValueStyle;
import org.safeguard.model.InvalidInputException;

/**
 * What the MARAC screen looks at besides the assessment: the screening date, the victim's age,
 * the incidents any agency knows of, and the dates of earlier MARAC referrals. It carries no name,
 * address or date of birth: the screen needs none.
 */
@Value.Immutable
@ValueStyle
public abstract class CaseHistory {
  /** Only the generated implementation in this package extends it. */
  CaseHistory() {}

  /** The date the screen is made on; windows end here. */
  public abstract LocalDate asOf();

  /** The victim's age in whole years on the screening date. */
  public abstract int victimAge();

  public abstract List<Incident> incidents();

  /** Dates of earlier MARAC referrals for the same victim and perpetrator(s). */
  public abstract List<LocalDate> previousReferrals();

  /**
   * Whether the victim consents to a referral, where that is asked; a local medium-risk MARAC
   * refers only with consent. Empty when not asked.
   */
  public abstract java.util.Optional<Boolean> consentToReferral();

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CaseHistory}; building runs its checks. */
  public static final class Builder extends ImmutableCaseHistory.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    if (victimAge() < 0 || victimAge() > 130) {
      throw new InvalidInputException("victimAge", victimAge(), "an age in whole years from 0 to 130");
    }
    for (Incident incident : incidents()) {
      if (incident.date().isAfter(asOf())) {
        throw new InvalidInputException("incidents.date", incident.date(), "an incident cannot be after the screening date " + asOf());
      }
    }
    for (LocalDate referral : previousReferrals()) {
      if (referral.isAfter(asOf())) {
        throw new InvalidInputException("previousReferrals", referral, "a previous referral cannot be after the screening date " + asOf());
      }
    }
  }
}
