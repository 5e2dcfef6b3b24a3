/*
 * Copyright 2026 the Safeguard maintainers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.safeguard.core.casework;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.safeguard.model.ModelStyle;
import org.safeguard.model.RecordDates;

/**
 * One contact with the victim. Significant contacts count towards intensive support: six or more
 * in Safety in Numbers (CAADA, 2009), Finding 3.
 *
 * <p>Made with {@link #significant(LocalDate, ContactChannel)} or
 * {@link #routine(LocalDate, ContactChannel)}, which say at the call which kind it is; {@link #of}
 * takes the kind as a flag, for code that reads it from a stored column.
 */
@Value.Immutable
@ModelStyle
public abstract class Contact {
  /** Only the generated implementation in this package extends it. */
  Contact() {}

  /**
   * The date the contact was made.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate on();

  /**
   * How the contact was made.
   *
   * @return the channel
   */
  @Value.Parameter
  public abstract ContactChannel channel();

  /**
   * Whether the practitioner counted it as a significant contact; only these count towards
   * intensive support.
   *
   * @return true for a significant contact
   */
  @Value.Parameter
  public abstract boolean significant();

  /**
   * A significant contact on a date: one that counts towards intensive support.
   *
   * @param on the date the contact was made
   * @param channel how it was made
   * @return the contact
   */
  public static Contact significant(LocalDate on, ContactChannel channel) {
    return of(on, channel, true);
  }

  /**
   * A routine contact on a date (a reminder, a brief check-in): recorded with the case, not counted
   * towards intensive support.
   *
   * @param on the date the contact was made
   * @param channel how it was made
   * @return the contact
   */
  public static Contact routine(LocalDate on, ContactChannel channel) {
    return of(on, channel, false);
  }

  /**
   * A contact on a date, significant or not as the flag says; where the kind is known at the call,
   * {@link #significant(LocalDate, ContactChannel)} and {@link #routine(LocalDate, ContactChannel)}
   * read better.
   *
   * @param on the date the contact was made
   * @param channel how it was made
   * @param significant whether it counts as a significant contact
   * @return the contact
   */
  public static Contact of(LocalDate on, ContactChannel channel, boolean significant) {
    return ImmutableContact.of(on, channel, significant);
  }

  /** Runs when the value is built: its dates are ones a record may carry ({@link RecordDates}). */
  @Value.Check
  protected void check() {
    RecordDates.require("contact.on", on());
  }
}
