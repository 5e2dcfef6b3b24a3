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
 * Information shared with an agency, with its basis.
 *
 * @param caseId the case's id in the embedding system
 * @param revision the case revision this event produced
 * @param sharing what was shared, with whom, and on what basis
 */
public record InformationShared(String caseId, long revision, InformationSharing sharing) implements CaseEvent {
  /**
   * Refuses a missing part with a {@link MissingValueException} naming it.
   *
   * @param caseId the case's id in the embedding system
   * @param revision the case revision this event produced
   * @param sharing what was shared, with whom, and on what basis
   * @throws MissingValueException when a part is null
   */
  public InformationShared {
    MissingValueException.require("caseId", caseId);
    MissingValueException.require("sharing", sharing);
  }

  @Override
  public LocalDate on() {
    return sharing.on();
  }

  @Override
  public CaseEventType type() {
    return CaseEventType.INFORMATION_SHARED;
  }
}
