package org.safeguard.model;

import java.util.regex.Pattern;

/**
 * The one rule for the stable ids of instruments, items, policies, providers and intervention
 * kinds: lower-case letters and digits joined by single hyphens, such as {@code safelives-dash-ric}.
 */
public final class StableId {
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private StableId() {}

  /**
   * Whether a string keeps the rule.
   *
   * @param id the candidate id; null is not valid
   * @return true when it is lower-case letters and digits joined by single hyphens
   */
  public static boolean isValid(String id) {
    return id != null && ID.matcher(id).matches();
  }

  /**
   * Returns the id, or throws naming the field when it breaks the rule.
   *
   * @param field the name of the field or parameter, for the error
   * @param id the candidate id
   * @return the id, unchanged
   * @throws InvalidInputException when the id is null or breaks the rule
   */
  public static String require(String field, String id) {
    if (!isValid(id)) {
      throw new InvalidInputException(field, id, "must be lower-case letters and digits joined by single hyphens");
    }
    return id;
  }
}
