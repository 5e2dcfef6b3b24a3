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
package org.safeguard.core.marac;

import java.time.LocalDate;
import java.util.Optional;
import org.safeguard.model.Agency;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.RecordDates;
import org.safeguard.model.StableId;

/**
 * An action a MARAC agreed for a case it heard: the agency that owns it, the day it is due, and
 * where it stands. The Drive evaluation found "variable follow-up and accountability around agreed
 * actions" (<i>Evaluation of the Drive Project</i>, University of Bristol, 2019); an action here is
 * open until it is done or dropped with a reason, and overdue on any day after its due day while
 * still open. Codes and references only.
 *
 * @param actionId the action's id within its meeting: lower-case letters and digits joined by hyphens
 * @param caseId the case it is for, heard at the meeting
 * @param owner the agency that owns it
 * @param due the day it is due
 * @param state where it stands
 * @param closedOn the day it was done or dropped; empty while open
 * @param dropReason why it was dropped; present only when dropped
 */
public record MaracAction(String actionId, String caseId, Agency owner, LocalDate due, ActionState state, Optional<LocalDate> closedOn,
    Optional<DropReason> dropReason) {
  /**
   * Checks the parts and how they agree with the state.
   *
   * @param actionId the id
   * @param caseId the case
   * @param owner the owner
   * @param due the due day
   * @param state the state
   * @param closedOn the day closed
   * @param dropReason the reason dropped
   * @throws InvalidInputException when a part is missing or out of range, an open action has a day
   *     closed, a closed one has none, or a reason is given for anything but a dropped action
   */
  public MaracAction {
    StableId.require("action.actionId", actionId);
    StableId.requireReference("action.caseId", caseId);
    MissingValueException.require("action.owner", owner);
    RecordDates.require("action.due", due);
    MissingValueException.require("action.state", state);
    MissingValueException.require("action.closedOn", closedOn);
    MissingValueException.require("action.dropReason", dropReason);
    if ((state == ActionState.OPEN) == closedOn.isPresent()) {
      throw new InvalidInputException("action.closedOn", closedOn.map(Object::toString).orElse("(none)"),
          "an open action has no day closed, a done or dropped one has");
    }
    closedOn.ifPresent(day -> RecordDates.require("action.closedOn", day));
    if ((state == ActionState.DROPPED) != dropReason.isPresent()) {
      throw new InvalidInputException("action.dropReason", dropReason.map(Object::toString).orElse("(none)"),
          "a dropped action has a reason, and only a dropped one");
    }
  }

  /**
   * An action as agreed: open.
   *
   * @param actionId the id
   * @param caseId the case, heard at the meeting
   * @param owner the owning agency
   * @param due the due day
   * @return the open action
   */
  public static MaracAction agreed(String actionId, String caseId, Agency owner, LocalDate due) {
    return new MaracAction(actionId, caseId, owner, due, ActionState.OPEN, Optional.empty(), Optional.empty());
  }

  /**
   * Whether the action is overdue on a day: still open then, and due before it.
   *
   * @param day the day, on or after the meeting that agreed it (the action does not know that day)
   * @return true when open and past its due day on that day
   */
  public boolean overdueOn(LocalDate day) {
    RecordDates.require("day", day);
    return openOn(day) && day.isAfter(due);
  }

  /**
   * Whether the action was open on a day: not yet done or dropped by then.
   *
   * @param day the day, on or after the meeting that agreed it
   * @return true while open on that day
   */
  public boolean openOn(LocalDate day) {
    RecordDates.require("day", day);
    return closedOn.isEmpty() || closedOn.get().isAfter(day);
  }
}
