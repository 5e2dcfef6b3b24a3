package org.safeguard.core.casework;

import org.safeguard.model.InvalidInputException;

/** A command that the case's rules refuse; the case is left exactly as it was. */
public final class CaseRuleException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /**
   * A refusal naming what the command tried to record and the rule it broke.
   *
   * @param field the field refused, such as {@code contact.on}
   * @param value the refused value
   * @param rule the rule it broke, in words
   */
  public CaseRuleException(String field, Object value, String rule) {
    super(field, value, rule);
  }
}
