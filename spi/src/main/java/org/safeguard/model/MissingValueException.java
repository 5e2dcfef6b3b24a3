package org.safeguard.model;

/**
 * A required field was null or never set. Thrown by every model builder in place of a bare
 * {@link NullPointerException}, so callers catch one family of typed exceptions.
 */
public final class MissingValueException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** @param what the field name, or the builder's own text naming the fields left unset */
  public MissingValueException(String what) {
    super(fieldOf(what), null, "is required");
  }

  private static String fieldOf(String what) {
    int open = what.indexOf('[');
    int close = what.lastIndexOf(']');
    return open >= 0 && close > open ? what.substring(open + 1, close) : what;
  }
}
