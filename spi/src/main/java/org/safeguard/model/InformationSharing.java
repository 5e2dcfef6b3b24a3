package org.safeguard.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Information about the case shared with an agency, and on what basis: the victim's consent, or,
 * without it, a recorded reason. The case says which it was.
 */
@Value.Immutable
@ModelStyle
public abstract class InformationSharing {
  public abstract LocalDate on();

  public abstract Agency with();

  /** True when the consent in force covered this agency. */
  public abstract boolean withConsent();

  /** The reason for sharing without consent; present exactly when there was no consent. */
  public abstract Optional<SharingReason> reasonWithoutConsent();

  public static ImmutableInformationSharing.Builder builder() {
    return ImmutableInformationSharing.builder();
  }

  @Value.Check
  protected void check() {
    if (withConsent() == reasonWithoutConsent().isPresent()) {
      throw new InvalidInputException("sharing.reasonWithoutConsent", reasonWithoutConsent(),
          "sharing without consent needs a recorded reason, and sharing with consent has none");
    }
  }
}
