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
import org.safeguard.model.MissingValueException;
import org.safeguard.model.RecordDates;
import org.safeguard.model.Score;

/**
 * A risk instrument's score at one point of the case, such as the Drive-DASH the case manager
 * completes at intake, midpoint and closure. The score keeps its instrument and version, and an
 * invalid score (too many answers not known) is kept as it is and reported as excluded, never
 * dropped. Only the score and its counts are held, not the answers.
 *
 * @param point when in the case it was completed
 * @param on the day it was completed
 * @param score the score
 */
public record ScoreRecord(AssessmentPoint point, LocalDate on, Score score) {
  /**
   * Checks the parts.
   *
   * @param point the point
   * @param on the day
   * @param score the score
   * @throws MissingValueException when a part is null
   * @throws org.safeguard.model.InvalidInputException when the day is out of range
   */
  public ScoreRecord {
    MissingValueException.require("score.point", point);
    RecordDates.require("score.on", on);
    MissingValueException.require("score.score", score);
  }
}
