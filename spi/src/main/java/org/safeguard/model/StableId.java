package org.safeguard.model;

import java.util.regex.Pattern;

/**
 * The one rule for the stable ids of instruments, items, policies, providers and intervention
 * kinds: lower-case letters and digits joined by single hyphens, such as {@code safelives-dash-ric}.
 */
public final class StableId {
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private StableId() {}

  public static boolean isValid(String id) {
    return id != null && ID.matcher(id).matches();
  }

  /** Returns the id, or throws naming the field when it breaks the rule. */
  public static String require(String field, String id) {
    if (!isValid(id)) {
      throw new InvalidInputException(field, id, "must be lower-case letters and digits joined by single hyphens");
    }
    return id;
  }
}
