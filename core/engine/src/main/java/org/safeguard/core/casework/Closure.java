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

/** The closure of a case: when and why. */
@Value.Immutable
@ModelStyle
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

  /** Runs when the value is built: its dates are ones a record may carry ({@link RecordDates}). */
  @Value.Check
  protected void check() {
    RecordDates.require("closure.on", on());
  }
}
