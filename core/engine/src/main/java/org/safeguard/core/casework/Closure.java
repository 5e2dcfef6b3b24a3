package org.safeguard.core.casework;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.safeguard.core.internal.ValueStyle;

/** The closure of a case: when and why. */
@Value.Immutable
@ValueStyle
public abstract class Closure {
  /** Only the generated implementation in this package extends it. */
  Closure() {}

  @Value.Parameter
  public abstract LocalDate on();

  @Value.Parameter
  public abstract ClosureReason reason();

  public static Closure of(LocalDate on, ClosureReason reason) {
    return ImmutableClosure.of(on, reason);
  }
}
