package org.safeguard.model;

/**
 * Input that breaks a rule. Names the field, the offending value and the rule, so that a caller can
 * show or log exactly what went wrong; the object being built or changed is left as it was.
 *
 * <p>The value is a token or identifier supplied by the caller (an item id, a number). An answer is
 * never written into the message, because host systems log exception messages: the message reads
 * {@code <withheld>} in its place, and {@link #value()} still returns it for the caller's own code.
 * Free-text fields are never echoed at all.
 */
public class InvalidInputException extends SafeguardException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String value;
  private final String rule;

  public InvalidInputException(String field, Object value, String rule) {
    this(field, value, rule, false);
  }

  /**
   * @param withheld true when the value is an answer, which the message must not carry
   */
  protected InvalidInputException(String field, Object value, String rule, boolean withheld) {
    super(field + " = " + (withheld ? "<withheld>" : describe(value)) + ": " + rule);
    this.field = field;
    this.value = describe(value);
    this.rule = rule;
  }

  private static String describe(Object value) {
    return value == null ? "null" : String.valueOf(value);
  }

  /** The name of the field or parameter that was refused, for example {@code item}. */
  public String field() {
    return field;
  }

  /** The refused value as text ({@code null} appears as the word {@code null}). */
  public String value() {
    return value;
  }

  /** The rule the value broke, in words. */
  public String rule() {
    return rule;
  }
}
