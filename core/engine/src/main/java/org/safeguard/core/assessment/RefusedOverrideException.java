package org.safeguard.core.assessment;

import org.safeguard.model.InvalidInputException;

/** A professional-judgement override that would lower a level, or lacks who or why. */
public final class RefusedOverrideException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  public RefusedOverrideException(String field, Object value, String rule) {
    super(field, value, rule);
  }
}
