package org.safeguard.model;

/** An answer was given for an item the instrument does not have. */
public final class UnknownItemException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  public UnknownItemException(String itemId, String instrumentId, String instrumentVersion) {
    super("item", itemId, "instrument " + instrumentId + " " + instrumentVersion + " has no such item");
  }
}
