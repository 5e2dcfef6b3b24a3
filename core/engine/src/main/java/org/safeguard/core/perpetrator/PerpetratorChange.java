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
import org.safeguard.model.MissingValueException;

/**
 * What a perpetrator-side command returns: the case as it now is, and the events that took it
 * there, for the embedding system to persist.
 *
 * @param perpetratorCase the case at its new revision
 * @param events the events the command caused, in order
 * @param caseload for an allocation made with the case manager's other cases, their caseload after
 *     it, which may be {@linkplain Caseload#over() over the limit}: a warning, not a refusal; empty
 *     for every other command
 */
public record PerpetratorChange(PerpetratorCase perpetratorCase, List<PerpetratorEvent> events, Optional<Caseload> caseload) {
  /**
   * Checks the parts and keeps an unmodifiable copy of the events.
   *
   * @param perpetratorCase the case at its new revision
   * @param events the events the command caused
   * @param caseload the caseload after an allocation, or empty
   * @throws MissingValueException when a part or an event is null
   */
  public PerpetratorChange {
    MissingValueException.require("perpetratorCase", perpetratorCase);
    events = List.copyOf(MissingValueException.requireElements("events", events));
    MissingValueException.require("caseload", caseload);
  }

  /**
   * A change with no caseload to report.
   *
   * @param perpetratorCase the case at its new revision
   * @param events the events the command caused
   * @throws MissingValueException when a part or an event is null
   */
  public PerpetratorChange(PerpetratorCase perpetratorCase, List<PerpetratorEvent> events) {
    this(perpetratorCase, events, Optional.empty());
  }
}
