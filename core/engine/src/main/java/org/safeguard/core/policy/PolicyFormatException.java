package org.safeguard.core.policy;

import org.safeguard.model.InvalidInputException;

/** A threshold policy file that cannot be read as a policy: names the file, the key and the rule. */
public final class PolicyFormatException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  private final String source;

  public PolicyFormatException(String source, String key, Object value, String rule) {
    super(key, value, rule + " (in " + source + ")");
    this.source = source;
  }

  /** The file or classpath resource the policy came from. */
  public String source() {
    return source;
  }
}
