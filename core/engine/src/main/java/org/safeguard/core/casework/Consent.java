package org.safeguard.core.casework;

import java.time.LocalDate;
import java.util.Set;
import org.immutables.value.Value;
import org.safeguard.core.internal.ValueStyle;
import org.safeguard.model.Agency;

/**
 * What the victim agreed to, when and how it was recorded: whether she may be contacted, and which
 * agencies information may be shared with. A later consent replaces an earlier one; all are kept.
 */
@Value.Immutable
@ValueStyle
public abstract class Consent {
  /** Only the generated implementation in this package extends it. */
  Consent() {}

  /**
   * The date the consent was recorded; it is in force from then until a later one is recorded.
   *
   * @return the date
   */
  public abstract LocalDate recordedOn();

  /**
   * How the consent was given and recorded.
   *
   * @return the method
   */
  public abstract ConsentMethod method();

  /**
   * Whether the victim agreed to be contacted by the service.
   *
   * @return true when contact was agreed
   */
  public abstract boolean contactAgreed();

  /**
   * The agencies the victim agreed information may be shared with.
   *
   * @return the agencies, empty when she agreed to no sharing
   */
  public abstract Set<Agency> shareWith();

  /**
   * Whether the victim agreed to a referral where one needs consent, such as a local medium-risk
   * MARAC. Not agreed unless recorded.
   *
   * @return true when a referral was agreed
   */
  @Value.Default
  public boolean referralAgreed() {
    return false;
  }

  /**
   * Starts a builder.
   *
   * @return an empty builder; {@code build()} checks the value
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Consent}; building runs its checks. */
  public static final class Builder extends ImmutableConsent.Builder {
    Builder() {}
  }
}
