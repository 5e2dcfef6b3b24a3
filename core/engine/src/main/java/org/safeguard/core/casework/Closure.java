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

  /**
   * The date the case closed; nothing on the case may be dated after it.
   *
   * @return the closure date
   */
  @Value.Parameter
  public abstract LocalDate on();

  /**
   * Why the case closed.
   *
   * @return the reason
   */
  @Value.Parameter
  public abstract ClosureReason reason();

  /**
   * A closure on a date for a reason.
   *
   * @param on the date the case closed
   * @param reason why it closed
   * @return the closure
   */
  public static Closure of(LocalDate on, ClosureReason reason) {
    return ImmutableClosure.of(on, reason);
  }
}
