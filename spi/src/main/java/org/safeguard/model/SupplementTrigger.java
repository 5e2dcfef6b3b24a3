package org.safeguard.model;

import org.immutables.value.Value;

/**
 * When a supplementary instrument is offered: after a yes to one item of another instrument, as
 * S-DASH follows a yes to the Dash stalking question (reference/instruments.md 1.4).
 */
@Value.Immutable
@ModelStyle
public abstract class SupplementTrigger {
  /** Only the generated implementation in this package extends it. */
  SupplementTrigger() {}

  /** The family of the instrument whose answer triggers the supplement, for example {@code dash}. */
  @Value.Parameter
  public abstract String family();

  @Value.Parameter
  public abstract String itemId();

  public static SupplementTrigger of(String family, String itemId) {
    return ImmutableSupplementTrigger.of(family, itemId);
  }
}
