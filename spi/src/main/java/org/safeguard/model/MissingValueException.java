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

  /**
   * Returns the value, or throws naming the field when it is null: the one null check behind every
   * hand-written constructor and command, so a missing argument is always this exception.
   *
   * @param <T> the value's type
   * @param field the name of the field or parameter, as the caller knows it
   * @param value the value to check
   * @return the value, never null
   * @throws MissingValueException when the value is null
   */
  public static <T> T require(String field, T value) {
    if (value == null) {
      throw new MissingValueException(field);
    }
    return value;
  }

  private static String fieldOf(String what) {
    int open = what.indexOf('[');
    int close = what.lastIndexOf(']');
    return open >= 0 && close > open ? what.substring(open + 1, close) : what;
  }
}
