package org.safeguard.model;

import java.util.Set;

/**
 * An answer outside the answer scale the instrument declares, or a word that is no answer at all.
 * The message withholds the answer, so it is safe to log; {@link #value()} has it.
 */
public final class AnswerOutOfScaleException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /**
   * An answer outside an instrument's scale.
   *
   * @param field the item or parameter the answer was for
   * @param value the refused answer, kept for {@link #value()} but withheld from the message
   * @param scale the answers the instrument accepts
   * @param whose what the scale belongs to, for the message, for example an instrument's id
   */
  public AnswerOutOfScaleException(String field, Object value, Set<Answer> scale, String whose) {
    super(field, value, "answers to " + whose + " must be one of " + scale, true);
  }

  /**
   * A rating or other answer that breaks {@code rule}.
   *
   * @param field the item or parameter the answer was for
   * @param value the refused answer, kept for {@link #value()} but withheld from the message
   * @param rule the rule it broke, in words
   */
  public AnswerOutOfScaleException(String field, Object value, String rule) {
    super(field, value, rule, true);
  }
}
