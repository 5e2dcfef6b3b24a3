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
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.RecordDates;

/**
 * The perpetrator's needs as rated at one point of the case: each area rated, at its level. An area
 * absent from the map was not rated (the case manager did not answer), which is apart from
 * {@link NeedLevel#DONT_KNOW} (answered, not known). A record with no area rated is an empty
 * assessment: kept, and reported as such, never read as "no needs".
 *
 * @param point when in the case the needs were rated
 * @param on the day they were rated
 * @param levels each area rated, at its level
 */
public record NeedsRecord(AssessmentPoint point, LocalDate on, Map<NeedArea, NeedLevel> levels) {
  /**
   * Checks the parts and keeps an unmodifiable copy of the levels, in the order of {@link NeedArea}.
   *
   * @param point the point
   * @param on the day
   * @param levels the levels
   * @throws MissingValueException when a part, an area or a level is null
   * @throws org.safeguard.model.InvalidInputException when the day is out of range
   */
  public NeedsRecord {
    MissingValueException.require("needs.point", point);
    RecordDates.require("needs.on", on);
    MissingValueException.require("needs.levels", levels);
    EnumMap<NeedArea, NeedLevel> copy = new EnumMap<>(NeedArea.class);
    for (Map.Entry<NeedArea, NeedLevel> e : levels.entrySet()) {
      copy.put(MissingValueException.require("needs.levels.area", e.getKey()), MissingValueException.require("needs.levels.level", e.getValue()));
    }
    levels = Collections.unmodifiableMap(copy);
  }

  /**
   * An area's rating.
   *
   * @param area the area
   * @return its level, or empty when it was not rated
   */
  public Optional<NeedLevel> levelOf(NeedArea area) {
    MissingValueException.require("area", area);
    return Optional.ofNullable(levels.get(area));
  }

  /**
   * Whether no area was rated: an empty assessment.
   *
   * @return true when the record rates nothing
   */
  public boolean empty() {
    return levels.isEmpty();
  }
}
