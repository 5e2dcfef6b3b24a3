package org.safeguard.plugins.dangerassessment;

import org.safeguard.model.InvalidInputException;

/**
 * The Danger Assessment weights could not be loaded: none were supplied, or the file breaks a
 * rule. Names the file or resource, the key (an item id, or {@code weights} for the file as a
 * whole), the value and the rule.
 */
public final class WeightsException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** The source of weights that were never found. */
  public static final String NONE = "(none)";

  private final String source;

  public WeightsException(String source, String key, Object value, String rule) {
    super(key, value, NONE.equals(source) ? rule : rule + " (in " + source + ")");
    this.source = source;
  }

  /** The file or classpath resource the weights came from, or {@link #NONE} when none was found. */
  public String source() {
    return source;
  }
}
