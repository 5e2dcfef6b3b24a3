package org.safeguard.core.casework;

import org.safeguard.model.InvalidInputException;

/** A command that the case's rules refuse; the case is left exactly as it was. */
public final class CaseRuleException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  public CaseRuleException(String field, Object value, String rule) {
    super(field, value, rule);
  }
}
