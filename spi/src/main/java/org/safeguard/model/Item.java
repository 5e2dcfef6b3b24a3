package org.safeguard.model;

import org.immutables.value.Value;

/**
 * One question on an instrument, known by a stable id such as {@code threats-to-kill}. The label a
 * person reads lives in the instrument's resource bundle under the same id, so that licensed
 * wording or another language can be loaded without code changes.
 */
@Value.Immutable
@ModelStyle
public abstract class Item {
  /** Only the generated implementation in this package extends it. */
  Item() {}

  /**
   * The stable id: lower-case words joined by hyphens.
   *
   * @return the id, also the key of the item's label
   */
  @Value.Parameter
  public abstract String id();

  /**
   * An item with a stable id.
   *
   * @param id the id, lower-case words joined by hyphens
   * @return the item
   * @throws InvalidInputException when the id breaks that rule
   */
  public static Item of(String id) {
    return ImmutableItem.of(StableId.require("item.id", id));
  }
}
