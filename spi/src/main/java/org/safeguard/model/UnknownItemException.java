package org.safeguard.model;

/** An answer was given for an item the instrument does not have. */
public final class UnknownItemException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /**
   * An item id the instrument does not have.
   *
   * @param itemId the unknown item id
   * @param instrumentId the instrument's id
   * @param instrumentVersion the instrument's version, since versions may differ in their items
   */
  public UnknownItemException(String itemId, String instrumentId, String instrumentVersion) {
    super("item", itemId, "instrument " + instrumentId + " " + instrumentVersion + " has no such item");
  }
}
