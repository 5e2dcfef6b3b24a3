package org.safeguard.model;

import org.immutables.value.Value;

/**
 * A kind of intervention an IDVA mobilises, from a catalogue: the standard one holds the eighteen of
 * the evaluation's Table 4, and plugins may add more.
 */
@Value.Immutable
@ModelStyle
public abstract class InterventionKind {
  /** Only the generated implementation in this package extends it. */
  InterventionKind() {}

  @Value.Parameter
  public abstract String id();

  /** A short description in plain words. */
  @Value.Parameter
  public abstract String description();

  /** A kind with a stable id (lower-case words joined by hyphens) and a short description. */
  public static InterventionKind of(String id, String description) {
    return ImmutableInterventionKind.of(id, description);
  }

  @Value.Check
  protected void check() {
    StableId.require("interventionKind.id", id());
  }
}
