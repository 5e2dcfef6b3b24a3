/*
 * Copyright 2026 the Safeguard maintainers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.safeguard.model;

import org.jspecify.annotations.Nullable;
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

  /** The name of the refused field or parameter. */
  private final String field;
  /** The refused value as text, kept even when the message withholds it. */
  private final String value;
  /** The rule the value broke, in words. */
  private final String rule;

  /**
   * Input that breaks a rule, with the value shown in the message: for identifiers and numbers,
   * never for answers.
   *
   * @param field the name of the field or parameter, as the caller knows it
   * @param value the refused value; {@code null} is shown as the word {@code null}
   * @param rule the rule it broke, in words
   */
  public InvalidInputException(String field, @Nullable Object value, String rule) {
    this(field, value, rule, false);
  }

  /**
   * Input that breaks a rule, with the value withheld from the message when it is an answer.
   *
   * @param field the name of the field or parameter, as the caller knows it
   * @param value the refused value; {@code null} is shown as the word {@code null}
   * @param rule the rule it broke, in words
   * @param withheld true when the value is an answer, which the message must not carry
   */
  protected InvalidInputException(String field, @Nullable Object value, String rule, boolean withheld) {
    super(shown(describe(field), SHOWN_LENGTH) + " = " + (withheld ? "<withheld>" : shown(describe(value), SHOWN_LENGTH)) + ": "
        + shown(describe(rule), RULE_LENGTH));
    this.field = field;
    this.value = describe(value);
    this.rule = rule;
  }

  private static String describe(@Nullable Object value) {
    // "null" for null, as String.valueOf writes it
    return String.valueOf(value);
  }

  /** The longest field name or value a message shows whole; a longer one is cut, with its length given. */
  static final int SHOWN_LENGTH = 80;
  /** The longest rule a message shows whole: rules are written by code, but may quote a source's name. */
  static final int RULE_LENGTH = 2000;

  /**
   * Text as the message shows it: on one line and bounded, since hosts log messages. Line breaks
   * and other control characters are written as Java-style unicode escapes
   * (backslash, u, four hex digits), so that input can never start a log line of its own, and text
   * longer than the limit is cut, with its full length given. {@link #value()} keeps the value as
   * it was. For a subclass that keeps a field or value in the form its message shows.
   *
   * @param value the text
   * @param limit the most characters shown before the text is cut
   * @return the text as a message shows it
   */
  protected static String shown(String value, int limit) {
    boolean cut = value.length() > limit;
    int end = cut && Character.isHighSurrogate(value.charAt(limit - 1)) ? limit - 1 : limit;
    String head = cut ? value.substring(0, end) : value;
    StringBuilder out = null;
    for (int i = 0; i < head.length(); i++) {
      char c = head.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || Character.getType(c) == Character.FORMAT) {
        if (out == null) {
          out = new StringBuilder(head.length() + 16).append(head, 0, i);
        }
        out.append(String.format("\\u%04x", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    String line = out == null ? head : out.toString();
    return cut ? line + "... (" + value.length() + " characters)" : line;
  }

  /**
   * Returns the name a caller gave for the field its text came from, so that a refusal of the text
   * can name it, or refuses the name: a refusal naming no field would tell the caller nothing.
   *
   * @param field the name the caller gave, for example {@code victim-age}
   * @return the name, unchanged
   * @throws MissingValueException naming {@code field} when it is null
   * @throws InvalidInputException naming {@code field} when it is blank
   */
  public static String requireFieldName(@Nullable String field) {
    String name = MissingValueException.require("field", field);
    if (name.isBlank()) {
      throw new InvalidInputException("field", name, "names the field the value came from, so it cannot be blank");
    }
    return name;
  }

  /**
   * The name of the field or parameter that was refused, for example {@code item}.
   *
   * @return the field name
   */
  public String field() {
    return field;
  }

  /**
   * The refused value as text ({@code null} appears as the word {@code null}). It may be an
   * answer, so do not log it.
   *
   * @return the value
   */
  public String value() {
    return value;
  }

  /**
   * The rule the value broke, in words.
   *
   * @return the rule
   */
  public String rule() {
    return rule;
  }
}
