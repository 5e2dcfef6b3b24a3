package org.safeguard.core.casework;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.safeguard.core.internal.ValueStyle;
import org.safeguard.model.Agency;
import org.safeguard.model.InvalidInputException;

/**
 * Information about the case shared with an agency, and on what basis: the victim's consent, or,
 * without it, a recorded reason. The case says which it was.
 */
@Value.Immutable
@ValueStyle
public abstract class InformationSharing {
  /** Only the generated implementation in this package extends it. */
  InformationSharing() {}

  public abstract LocalDate on();

  public abstract Agency with();

  /** True when the consent in force covered this agency. */
  public abstract boolean withConsent();

  /** The reason for sharing without consent; present exactly when there was no consent. */
  public abstract Optional<SharingReason> reasonWithoutConsent();

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link InformationSharing}; building runs its checks. */
  public static final class Builder extends ImmutableInformationSharing.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    if (withConsent() == reasonWithoutConsent().isPresent()) {
      throw new InvalidInputException("sharing.reasonWithoutConsent", reasonWithoutConsent(),
          "sharing without consent needs a recorded reason, and sharing with consent has none");
    }
  }
}
