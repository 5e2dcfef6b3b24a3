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

import java.time.Period;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;

/**
 * The numbers a perpetrator programme runs by, with the Drive evaluation's as the default
 * (<i>Evaluation of the Drive Project</i>, University of Bristol, 2019): a caseload of 25 per case
 * manager, a step-down of six months, the control window of 10.5 months from the first MARAC (the
 * average length of a Drive case), a serial perpetrator as one with two or more victims, and a
 * repeat perpetrator as one with two or more domestic-abuse incidents recorded by the police.
 *
 * @param caseloadLimit the open cases a case manager holds before a warning, from 1 to 1000
 * @param stepDownMonths the step-down's length when none is given, from 1 to 24 months
 * @param controlWindow the length of the work's window where there are no dates of work (a control
 *     case, timed from its first MARAC), from one day to five years
 * @param serialVictims the distinct victims that make a perpetrator serial, from 2 to 100
 * @param repeatIncidents the domestic-abuse incidents recorded by the police that make a
 *     perpetrator repeat, from 2 to 1000
 */
public record ProgrammeParameters(int caseloadLimit, int stepDownMonths, Period controlWindow, int serialVictims, int repeatIncidents) {
  /** The Drive evaluation's numbers. */
  public static final ProgrammeParameters DRIVE = new ProgrammeParameters(25, 6, Period.ofMonths(10).plusDays(15), 2, 2);

  /**
   * Checks each number against its range.
   *
   * @param caseloadLimit the caseload limit
   * @param stepDownMonths the step-down's months
   * @param controlWindow the control window
   * @param serialVictims the victims that make a perpetrator serial
   * @param repeatIncidents the incidents that make a perpetrator repeat
   * @throws InvalidInputException naming the number out of range
   */
  public ProgrammeParameters {
    range("caseloadLimit", caseloadLimit, 1, 1000);
    range("stepDownMonths", stepDownMonths, 1, 24);
    MissingValueException.require("controlWindow", controlWindow);
    long months = controlWindow.toTotalMonths();
    if (controlWindow.isNegative() || controlWindow.isZero() || controlWindow.getDays() > 31 || months > 60
        || months == 60 && controlWindow.getDays() > 0) {
      throw new InvalidInputException("controlWindow", controlWindow, "from one day to five years, in months and days");
    }
    range("serialVictims", serialVictims, 2, 100);
    range("repeatIncidents", repeatIncidents, 2, 1000);
  }

  private static void range(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new InvalidInputException(field, value, "from " + min + " to " + max);
    }
  }
}
