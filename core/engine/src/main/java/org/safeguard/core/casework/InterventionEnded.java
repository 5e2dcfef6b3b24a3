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
import org.safeguard.model.MissingValueException;

/**
 * An intervention ended; carries it with its end and result.
 *
 * @param caseId the case's id in the embedding system
 * @param revision the case revision this event produced
 * @param intervention the intervention as it now stands
 */
public record InterventionEnded(String caseId, long revision, Intervention intervention) implements CaseEvent {
  /**
   * Refuses a missing part with a {@link MissingValueException} naming it.
   *
   * @param caseId the case's id in the embedding system
   * @param revision the case revision this event produced
   * @param intervention the intervention as it now stands
   * @throws MissingValueException when a part is null
   */
  public InterventionEnded {
    MissingValueException.require("caseId", caseId);
    MissingValueException.require("intervention", intervention);
  }

  @Override
  public LocalDate on() {
    return intervention.end().orElseThrow();
  }

  @Override
  public CaseEventType type() {
    return CaseEventType.INTERVENTION_ENDED;
  }
}
