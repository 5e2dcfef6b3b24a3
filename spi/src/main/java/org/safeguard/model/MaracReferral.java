package org.safeguard.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A MARAC referral made for a case: when, by which routes, and the meeting date once set. */
@Value.Immutable
@ModelStyle
public abstract class MaracReferral {
  public abstract LocalDate referredOn();

  public abstract List<MaracRoute> routes();

  public abstract Optional<LocalDate> meetingOn();

  public static ImmutableMaracReferral.Builder builder() {
    return ImmutableMaracReferral.builder();
  }

  @Value.Check
  protected void check() {
    if (meetingOn().isPresent() && meetingOn().get().isBefore(referredOn())) {
      throw new InvalidInputException("maracReferral.meetingOn", meetingOn().get(), "the meeting cannot be before the referral on " + referredOn());
    }
  }
}
