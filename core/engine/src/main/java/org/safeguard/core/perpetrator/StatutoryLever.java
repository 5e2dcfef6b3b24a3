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
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.RecordDates;
import org.safeguard.model.StableId;

/**
 * An order, condition or plan on the perpetrator, in force from a day and, when known, until one.
 * An order made before the referral is recorded with its own start.
 *
 * @param id the lever's id within the case: letters, digits and {@code .-_}, at most 64
 * @param kind what it is
 * @param from the first day it is in force
 * @param until the last day it is in force, when known; empty while open-ended
 */
public record StatutoryLever(String id, LeverKind kind, LocalDate from, Optional<LocalDate> until) {
  /**
   * Checks the parts.
   *
   * @param id the id
   * @param kind the kind
   * @param from the first day
   * @param until the last day, or empty
   * @throws MissingValueException when a part is null
   * @throws InvalidInputException when the id is not an id, a day is out of range, or it ends before it starts
   */
  public StatutoryLever {
    StableId.require("lever.id", id);
    MissingValueException.require("lever.kind", kind);
    RecordDates.require("lever.from", from);
    MissingValueException.require("lever.until", until);
    if (until.isPresent()) {
      RecordDates.require("lever.until", until.get());
      if (until.get().isBefore(from)) {
        throw new InvalidInputException("lever.until", until.get(), "is not before the lever is in force, from " + from);
      }
    }
  }

  /**
   * An open-ended lever.
   *
   * @param id the id
   * @param kind the kind
   * @param from the first day
   * @return the lever
   */
  public static StatutoryLever of(String id, LeverKind kind, LocalDate from) {
    return new StatutoryLever(id, kind, from, Optional.empty());
  }

  /**
   * Whether the lever is in force on a day.
   *
   * @param on the day
   * @return true from its first day to its last
   */
  public boolean inForceOn(LocalDate on) {
    RecordDates.require("on", on);
    return !on.isBefore(from) && (until.isEmpty() || !on.isAfter(until.get()));
  }
}
