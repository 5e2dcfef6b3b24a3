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
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.RecordDates;
import org.safeguard.model.StableId;

/**
 * One perpetrator's follow-up: the day of the MARAC that referred them, when the work ran, the
 * victims' cases it is linked to, and the MARAC and police history to count against its windows. A
 * programme's case runs from its first allocation to its closure; a control perpetrator, with no
 * dates of work, runs from the first MARAC over the programme's control window, as the Drive
 * evaluation timed its controls.
 *
 * @param referredOn the day of the MARAC that referred the perpetrator: an appearance that day is
 *     the referral, not a re-appearance
 * @param start the work's first day, on or after the referral
 * @param end the work's last day, or empty while the case is open
 * @param victimCaseIds the victims' cases linked to the perpetrator
 * @param history the MARAC and police data
 */
public record FollowUp(LocalDate referredOn, LocalDate start, Optional<LocalDate> end, Set<String> victimCaseIds,
    PerpetratorHistory history) {
  /**
   * Checks the parts and keeps an unmodifiable copy of the victims.
   *
   * @param referredOn the referring MARAC's day
   * @param start the first day
   * @param end the last day, or empty
   * @param victimCaseIds the victims' cases
   * @param history the history
   * @throws InvalidInputException when a part is missing, a case id is not a reference, the work
   *     starts before the referral, or ends before it starts
   */
  public FollowUp {
    RecordDates.require("referredOn", referredOn);
    RecordDates.require("start", start);
    if (start.isBefore(referredOn)) {
      throw new InvalidInputException("start", start, "is not before the referral, " + referredOn);
    }
    MissingValueException.require("end", end);
    if (end.isPresent() && RecordDates.require("end", end.get()).isBefore(start)) {
      throw new InvalidInputException("end", end.get(), "is not before the work's start, " + start);
    }
    MissingValueException.requireElements("victimCaseIds", victimCaseIds);
    for (String id : victimCaseIds) {
      StableId.requireReference("victimCaseIds", id);
    }
    victimCaseIds = Set.copyOf(victimCaseIds);
    MissingValueException.require("history", history);
  }

  /**
   * A programme case's follow-up: referred on the day its primary victim's case was linked, which
   * is the day of the MARAC that referred it ({@link PerpetratorCase#referredOn()}; a link recorded on
   * another day misses the referring appearance, which then counts as one before the work), the
   * work from its first allocation (its referral while unallocated) to its closure. As in the Drive
   * evaluation, the work of a programme case starts with the programme's, so an appearance between
   * referral and allocation is one before the work; a control's starts at the referral.
   *
   * @param perpetratorCase the case
   * @param history its MARAC and police data
   * @return the follow-up
   */
  public static FollowUp of(PerpetratorCase perpetratorCase, PerpetratorHistory history) {
    MissingValueException.require("perpetratorCase", perpetratorCase);
    LocalDate start = perpetratorCase.allocations().isEmpty() ? perpetratorCase.referredOn() : perpetratorCase.allocations().get(0).on();
    Set<String> victims = new LinkedHashSet<>();
    perpetratorCase.victims().forEach(v -> victims.add(v.victimCaseId()));
    return new FollowUp(perpetratorCase.referredOn(), start, perpetratorCase.closure().map(PerpetratorClosure::on), victims, history);
  }

  /**
   * A control perpetrator's follow-up: referred at the first MARAC, the window running from that day
   * over the programme's control window.
   *
   * @param firstMarac the day of the perpetrator's first MARAC in the period
   * @param history the MARAC and police data
   * @param parameters the programme's numbers, for the control window
   * @return the follow-up
   */
  public static FollowUp control(LocalDate firstMarac, PerpetratorHistory history, ProgrammeParameters parameters) {
    RecordDates.require("firstMarac", firstMarac);
    MissingValueException.require("parameters", parameters);
    return new FollowUp(firstMarac, firstMarac, Optional.of(firstMarac.plus(parameters.controlWindow())), Set.of(), history);
  }

  /**
   * Whether the perpetrator is serial: the victims' cases linked and heard at MARAC with them come
   * to the programme's number or more.
   *
   * @param parameters the programme's numbers, for what serial means
   * @return true when serial
   */
  public boolean serial(ProgrammeParameters parameters) {
    MissingValueException.require("parameters", parameters);
    return victims().size() >= parameters.serialVictims();
  }

  /**
   * Whether the perpetrator is repeat: the domestic-abuse incidents the police recorded come to the
   * programme's number or more.
   *
   * @param parameters the programme's numbers, for what repeat means
   * @return true when repeat
   */
  public boolean repeat(ProgrammeParameters parameters) {
    MissingValueException.require("parameters", parameters);
    long n = history.incidents().stream().filter(PoliceIncident::domesticAbuse).count();
    return n >= parameters.repeatIncidents();
  }

  /** The distinct victims' cases: linked, and heard at MARAC with the perpetrator. */
  Set<String> victims() {
    Set<String> all = new LinkedHashSet<>(victimCaseIds);
    history.marac().forEach(a -> all.add(a.victimCaseId()));
    return all;
  }
}
