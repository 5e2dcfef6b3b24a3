package org.safeguard.model;

import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A kind of intervention an IDVA mobilises, from a catalogue: the standard one holds the eighteen of
 * the evaluation's Table 4, and plugins may add more.
 */
@Value.Immutable
@ModelStyle
public abstract class InterventionKind {
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  @Value.Parameter
  public abstract String id();

  /** A short description in plain words. */
  @Value.Parameter
  public abstract String description();

  public static InterventionKind of(String id, String description) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new InvalidInputException("interventionKind.id", id, "must be lower-case letters and digits joined by single hyphens");
    }
    return ImmutableInterventionKind.of(id, description);
  }
}
