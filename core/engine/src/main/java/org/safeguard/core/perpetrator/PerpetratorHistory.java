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

import java.util.List;
import java.util.Optional;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;

/**
 * What the MARAC and the police hold on one perpetrator, over the days their data cover: the
 * longitudinal data a programme's follow-up is counted from. A source with no data for the
 * perpetrator has no coverage, and nothing from it is read as nothing having happened.
 *
 * @param marac the perpetrator's MARAC appearances
 * @param maracCoverage the days the MARAC data cover, or empty when there are none for this perpetrator
 * @param incidents the police incidents involving the perpetrator
 * @param policeCoverage the days the police data cover, or empty when there are none
 */
public record PerpetratorHistory(List<MaracAppearance> marac, Optional<DataCoverage> maracCoverage, List<PoliceIncident> incidents,
    Optional<DataCoverage> policeCoverage) {
  /**
   * Checks that every record falls in its source's coverage, and keeps unmodifiable copies.
   *
   * @param marac the MARAC appearances
   * @param maracCoverage the MARAC data's days
   * @param incidents the police incidents
   * @param policeCoverage the police data's days
   * @throws MissingValueException when a part or a record is null
   * @throws InvalidInputException when a record falls outside its source's coverage, or a source
   *     with no coverage has records
   */
  public PerpetratorHistory {
    marac = List.copyOf(MissingValueException.requireElements("marac", marac));
    MissingValueException.require("maracCoverage", maracCoverage);
    incidents = List.copyOf(MissingValueException.requireElements("incidents", incidents));
    MissingValueException.require("policeCoverage", policeCoverage);
    for (MaracAppearance a : marac) {
      if (maracCoverage.isEmpty() || !maracCoverage.get().covers(a.on())) {
        throw new InvalidInputException("marac.on", a.on(), "falls in the days the MARAC data cover, "
            + maracCoverage.map(c -> c.from() + " to " + c.until()).orElse("none"));
      }
    }
    for (PoliceIncident i : incidents) {
      if (policeCoverage.isEmpty() || !policeCoverage.get().covers(i.on())) {
        throw new InvalidInputException("incidents.on", i.on(), "falls in the days the police data cover, "
            + policeCoverage.map(c -> c.from() + " to " + c.until()).orElse("none"));
      }
    }
  }

  /**
   * A history with no data from either source.
   *
   * @return the empty history
   */
  public static PerpetratorHistory none() {
    return new PerpetratorHistory(List.of(), Optional.empty(), List.of(), Optional.empty());
  }
}
