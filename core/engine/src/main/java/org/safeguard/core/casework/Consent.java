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

  public abstract LocalDate recordedOn();

  public abstract ConsentMethod method();

  /** Whether the victim agreed to be contacted by the service. */
  public abstract boolean contactAgreed();

  /** The agencies the victim agreed information may be shared with. */
  public abstract Set<Agency> shareWith();

  /**
   * Whether the victim agreed to a referral where one needs consent, such as a local medium-risk
   * MARAC. Not agreed unless recorded.
   */
  @Value.Default
  public boolean referralAgreed() {
    return false;
  }

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Consent}; building runs its checks. */
  public static final class Builder extends ImmutableConsent.Builder {
    Builder() {}
  }
}
