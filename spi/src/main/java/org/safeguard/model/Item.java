package org.safeguard.model;

import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One question on an instrument, known by a stable id such as {@code threats-to-kill}. The label a
 * person reads lives in the instrument's resource bundle under the same id, so that licensed
 * wording or another language can be loaded without code changes.
 */
@Value.Immutable
@ModelStyle
public abstract class Item {
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** The stable id: lower-case words joined by hyphens. */
  @Value.Parameter
  public abstract String id();

  public static Item of(String id) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new InvalidInputException("item.id", id, "must be lower-case letters and digits joined by single hyphens");
    }
    return ImmutableItem.of(id);
  }
}
