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
import java.util.Optional;
import org.safeguard.model.Agency;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.RecordDates;
import org.safeguard.model.StableId;

/**
 * One entry in a case manager's work log: a day, what kind of work, with which agency, how it was
 * done, and for multi-agency work its objective. Indirect work may name a disruption action from
 * the engine's disruption catalogue (a MAPPA referral, a breach reported). Codes only: no note.
 *
 * @param on the day of the work
 * @param kind what kind of work it was; {@link WorkKind#direct()} says whether it was direct
 * @param agency the agency worked with, or {@link Agency#PERPETRATOR_SERVICE} for work the case
 *     manager did with no other agency
 * @param mode how it was done
 * @param objective for {@link WorkKind#MULTI_AGENCY_WORK}, what it set out to do; empty for every other kind
 * @param action for indirect work, the id of a disruption action in the engine's catalogue, or empty
 */
public record WorkEntry(LocalDate on, WorkKind kind, Agency agency, WorkMode mode, Optional<WorkObjective> objective,
    Optional<String> action) {
  /**
   * Checks the parts.
   *
   * @param on the day
   * @param kind the kind of work
   * @param agency the agency
   * @param mode how it was done
   * @param objective the objective of multi-agency work
   * @param action the disruption action's id
   * @throws MissingValueException when a part is null, or multi-agency work has no objective
   * @throws InvalidInputException when another kind of work has an objective, direct work names a
   *     disruption action, an action id is not an id, or the day is out of range
   */
  public WorkEntry {
    RecordDates.require("work.on", on);
    MissingValueException.require("work.kind", kind);
    MissingValueException.require("work.agency", agency);
    MissingValueException.require("work.mode", mode);
    MissingValueException.require("work.objective", objective);
    MissingValueException.require("work.action", action);
    if (kind == WorkKind.MULTI_AGENCY_WORK) {
      MissingValueException.require("work.objective", objective.orElse(null));
    } else if (objective.isPresent()) {
      throw new InvalidInputException("work.objective", objective.get(), "only multi-agency work has an objective, not " + kind);
    }
    if (action.isPresent()) {
      StableId.require("work.action", action.get());
      if (kind.direct()) {
        throw new InvalidInputException("work.action", action.get(), "a disruption action is indirect work, not " + kind);
      }
    }
  }

  /**
   * Work of any kind but multi-agency work, naming no disruption action.
   *
   * @param on the day
   * @param kind the kind of work, not {@link WorkKind#MULTI_AGENCY_WORK}
   * @param agency the agency worked with
   * @param mode how it was done
   * @return the entry
   */
  public static WorkEntry of(LocalDate on, WorkKind kind, Agency agency, WorkMode mode) {
    return new WorkEntry(on, kind, agency, mode, Optional.empty(), Optional.empty());
  }

  /**
   * Multi-agency work with its objective, naming no disruption action.
   *
   * @param on the day
   * @param agency the agency worked with
   * @param mode how it was done
   * @param objective what it set out to do
   * @return the entry
   */
  public static WorkEntry multiAgency(LocalDate on, Agency agency, WorkMode mode, WorkObjective objective) {
    MissingValueException.require("work.objective", objective);
    return new WorkEntry(on, WorkKind.MULTI_AGENCY_WORK, agency, mode, Optional.of(objective), Optional.empty());
  }

  /**
   * Multi-agency work that took a disruption action.
   *
   * @param on the day
   * @param agency the agency worked with
   * @param mode how it was done
   * @param objective what it set out to do
   * @param action the disruption action's id, in the engine's catalogue
   * @return the entry
   */
  public static WorkEntry disruption(LocalDate on, Agency agency, WorkMode mode, WorkObjective objective, String action) {
    MissingValueException.require("work.objective", objective);
    MissingValueException.require("work.action", action);
    return new WorkEntry(on, WorkKind.MULTI_AGENCY_WORK, agency, mode, Optional.of(objective), Optional.of(action));
  }
}
