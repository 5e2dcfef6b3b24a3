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
package org.safeguard.core.perpetrator;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.safeguard.model.Agency;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.RecordDates;

/**
 * A case's closure plan: the day it was agreed and the agencies the case is handed over to, which
 * keep sharing information and working together on the perpetrator after closure. The Drive
 * evaluation found local agencies needed "greater clarity around what process is in place" after
 * the work ends (<i>Evaluation of the Drive Project</i>, University of Bristol, 2019); the plan
 * records who that is. Codes only.
 *
 * @param agreedOn the day the plan was agreed
 * @param handoverTo the agencies the case is handed over to; may be empty when none takes it on
 */
public record ClosurePlan(LocalDate agreedOn, Set<Agency> handoverTo) {
  /**
   * Checks the parts and keeps an unmodifiable copy of the agencies, in the order of {@link Agency}.
   *
   * @param agreedOn the day
   * @param handoverTo the agencies
   * @throws MissingValueException when a part or an agency is null
   * @throws org.safeguard.model.InvalidInputException when the day is out of range
   */
  public ClosurePlan {
    RecordDates.require("closurePlan.agreedOn", agreedOn);
    MissingValueException.requireElements("closurePlan.handoverTo", handoverTo);
    handoverTo = Collections.unmodifiableSet(handoverTo.isEmpty() ? EnumSet.noneOf(Agency.class) : EnumSet.copyOf(handoverTo));
  }
}
