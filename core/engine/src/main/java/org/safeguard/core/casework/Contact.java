package org.safeguard.core.casework;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.safeguard.core.internal.ValueStyle;

/**
 * One contact with the victim. Significant contacts count towards intensive support: six or more
 * in the evaluation (seeds/000_94b07d5065788c30.txt, Finding 3).
 */
@Value.Immutable
@ValueStyle
public abstract class Contact {
  /** Only the generated implementation in this package extends it. */
  Contact() {}

  @Value.Parameter
  public abstract LocalDate on();

  @Value.Parameter
  public abstract ContactChannel channel();

  @Value.Parameter
  public abstract boolean significant();

  public static Contact of(LocalDate on, ContactChannel channel, boolean significant) {
    return ImmutableContact.of(on, channel, significant);
  }
}
