package org.safeguard.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/** The closure of a case: when and why. */
@Value.Immutable
@ModelStyle
public abstract class Closure {
  @Value.Parameter
  public abstract LocalDate on();

  @Value.Parameter
  public abstract ClosureReason reason();

  public static Closure of(LocalDate on, ClosureReason reason) {
    return ImmutableClosure.of(on, reason);
  }
}
