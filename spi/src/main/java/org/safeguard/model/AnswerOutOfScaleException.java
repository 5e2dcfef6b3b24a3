package org.safeguard.model;

import java.util.Set;

/** An answer outside the answer scale the instrument declares, or a word that is no answer at all. */
public final class AnswerOutOfScaleException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  public AnswerOutOfScaleException(String field, Object value, Set<Answer> scale, String whose) {
    super(field, value, "answers to " + whose + " must be one of " + scale);
  }
}
