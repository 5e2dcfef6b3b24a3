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
package org.safeguard.core.equality;

import org.safeguard.model.MissingValueException;

/**
 * A victim's equality answers, each given, withheld or not recorded on its own. Immutable.
 * {@link #toString()} shows only how many answers were given, never one of them.
 *
 * @param gender the person's gender
 * @param ethnicity their ethnic group
 * @param sexualOrientation their sexual orientation
 * @param disability whether they are disabled
 * @param ageBand their age band
 */
public record EqualityProfile(
    EqualityAnswer<Gender> gender,
    EqualityAnswer<Ethnicity> ethnicity,
    EqualityAnswer<SexualOrientation> sexualOrientation,
    EqualityAnswer<Disability> disability,
    EqualityAnswer<AgeBand> ageBand) {
  private static final EqualityProfile NOT_RECORDED = new EqualityProfile(EqualityAnswer.notRecorded(),
      EqualityAnswer.notRecorded(), EqualityAnswer.notRecorded(), EqualityAnswer.notRecorded(),
      EqualityAnswer.notRecorded());

  /**
   * Refuses a missing answer, naming it: an answer not held is {@link EqualityAnswer#notRecorded()},
   * never null.
   *
   * @param gender the person's gender
   * @param ethnicity their ethnic group
   * @param sexualOrientation their sexual orientation
   * @param disability whether they are disabled
   * @param ageBand their age band
   * @throws org.safeguard.model.InvalidInputException when an answer is missing
   */
  public EqualityProfile {
    MissingValueException.require("gender", gender);
    MissingValueException.require("ethnicity", ethnicity);
    MissingValueException.require("sexualOrientation", sexualOrientation);
    MissingValueException.require("disability", disability);
    MissingValueException.require("ageBand", ageBand);
  }

  /**
   * A profile with nothing recorded.
   *
   * @return the profile
   */
  public static EqualityProfile notRecorded() {
    return NOT_RECORDED;
  }

  /**
   * How many of the five answers were given.
   *
   * @return 0 to 5
   */
  public int given() {
    int n = 0;
    for (EqualityAnswer<?> a : new EqualityAnswer<?>[] {gender, ethnicity, sexualOrientation, disability, ageBand}) {
      n += a.known() ? 1 : 0;
    }
    return n;
  }

  /**
   * How many answers were given, never what they are.
   *
   * @return for example {@code EqualityProfile[3 of 5 given]}
   */
  @Override
  public String toString() {
    return "EqualityProfile[" + given() + " of 5 given]";
  }
}
