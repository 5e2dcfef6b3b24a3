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
import org.safeguard.core.outcome.AbuseProfile;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.RecordDates;

/**
 * The perpetrator's abusive behaviour as assessed at one point of the case, from one source: each
 * of the four types at its severity (a type absent from the profile is none; one the assessment did
 * not cover is {@linkplain AbuseProfile#notRecorded() not recorded}).
 *
 * @param point when in the case the assessment was made
 * @param on the day it was made
 * @param source whose view it gives
 * @param behaviour the types present and their severities
 */
public record BehaviourRecord(AssessmentPoint point, LocalDate on, BehaviourSource source, AbuseProfile behaviour) {
  /**
   * Checks the parts.
   *
   * @param point the point
   * @param on the day
   * @param source the source
   * @param behaviour the behaviour
   * @throws MissingValueException when a part is null
   * @throws org.safeguard.model.InvalidInputException when the day is out of range
   */
  public BehaviourRecord {
    MissingValueException.require("behaviour.point", point);
    RecordDates.require("behaviour.on", on);
    MissingValueException.require("behaviour.source", source);
    MissingValueException.require("behaviour.behaviour", behaviour);
  }
}
