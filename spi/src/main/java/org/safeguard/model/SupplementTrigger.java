package org.safeguard.model;

import org.immutables.value.Value;

/**
 * When a supplementary instrument is offered: after a yes to one item of another instrument, as
 * S-DASH follows a yes to the Dash stalking question (the ACPO DASH 2009 form, question 8).
 */
@Value.Immutable
@ModelStyle
public abstract class SupplementTrigger {
  /** Only the generated implementation in this package extends it. */
  SupplementTrigger() {}

  /**
   * The family of the instrument whose answer triggers the supplement, for example {@code dash}.
   * A family, not one instrument, so that one trigger serves every checklist of the family.
   *
   * @return the family id
   */
  @Value.Parameter
  public abstract String family();

  /**
   * The item whose yes triggers the supplement, for example {@code stalking-or-harassment}.
   *
   * @return the item id
   */
  @Value.Parameter
  public abstract String itemId();

  /**
   * A trigger on one item of an instrument family.
   *
   * @param family the family of the instrument answered first
   * @param itemId the item whose yes offers the supplement
   * @return the trigger
   */
  public static SupplementTrigger of(String family, String itemId) {
    return ImmutableSupplementTrigger.of(family, itemId);
  }
}
