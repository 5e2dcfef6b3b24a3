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
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.RecordDates;
import org.safeguard.model.StableId;

/**
 * A case manager's caseload on a day: the open cases allocated to them then, against the
 * programme's limit. Over the limit is a warning, not a refusal: the work is allocated all the same,
 * and the service decides.
 *
 * @param caseManagerId the case manager's staff id
 * @param on the day
 * @param openCases the cases allocated to them on that day and not closed by then
 * @param limit the programme's caseload limit
 */
public record Caseload(String caseManagerId, LocalDate on, int openCases, int limit) {
  /**
   * Checks the parts.
   *
   * @param caseManagerId the staff id
   * @param on the day
   * @param openCases the open cases
   * @param limit the limit
   * @throws InvalidInputException when a count is out of range or the id is not a reference
   */
  public Caseload {
    StableId.requireReference("caseManagerId", caseManagerId);
    RecordDates.require("on", on);
    if (openCases < 0) {
      throw new InvalidInputException("openCases", openCases, "cannot be negative");
    }
    if (limit < 1) {
      throw new InvalidInputException("limit", limit, "at least 1");
    }
  }

  /**
   * Whether the case manager holds more cases than the limit.
   *
   * @return true when over the limit
   */
  public boolean over() {
    return openCases > limit;
  }
}
