package org.safeguard.core.policy;

import org.safeguard.model.InvalidInputException;

/** A threshold policy file that cannot be read as a policy: names the file, the key and the rule. */
public final class PolicyFormatException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** The file or class path resource the policy came from. */
  private final String source;

  /**
   * A refusal naming where the policy came from, so a county can find the line to fix.
   *
   * @param source the file or class path resource the policy came from
   * @param key the key refused, such as {@code marac.minimum-age}
   * @param value the refused value, or where in the file it was
   * @param rule the rule it broke, in words
   */
  public PolicyFormatException(String source, String key, Object value, String rule) {
    super(key, value, rule + " (in " + source + ")");
    this.source = source;
  }

  /**
   * The file or class path resource the policy came from.
   *
   * @return the source, as given to the reader
   */
  public String source() {
    return source;
  }
}
