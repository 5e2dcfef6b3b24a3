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
 * The groups an access table reports: whose access to a MARAC or an IDVA is set against their share
 * of the population (<em>Hertfordshire Domestic Abuse Review</em>, 2014, Table 3).
 */
public enum EqualityGroup {
  /** Black and minority ethnic: every ethnic group but White British ({@link Ethnicity#minorityEthnic()}). */
  MINORITY_ETHNIC,
  /** Lesbian, gay or bisexual ({@link SexualOrientation#lesbianGayOrBisexual()}); trans status is not recorded. */
  LESBIAN_GAY_BISEXUAL,
  /** Disabled. */
  DISABLED,
  /** Male victims. */
  MALE,
  /** Victims aged 16 or 17. */
  AGED_16_17;

  /**
   * Whether the profile's answer for this group was given, withheld or not recorded.
   *
   * @param profile the victim's answers
   * @return the status of the one answer the group reads
   */
  public DisclosureStatus statusIn(EqualityProfile profile) {
    return answer(MissingValueException.require("profile", profile)).status();
  }

  /**
   * Whether the victim is in the group: only a given answer puts anyone in or out.
   *
   * @param profile the victim's answers
   * @return true when the answer is given and in the group; false when given and not, or not known
   */
  public boolean includes(EqualityProfile profile) {
    MissingValueException.require("profile", profile);
    // read without an Optional: a return asks this of every case heard
    Enum<?> value = answer(profile).valueOrNull();
    return switch (this) {
      case MINORITY_ETHNIC -> value instanceof Ethnicity e && e.minorityEthnic();
      case LESBIAN_GAY_BISEXUAL -> value instanceof SexualOrientation o && o.lesbianGayOrBisexual();
      case DISABLED -> value == Disability.DISABLED;
      case MALE -> value == Gender.MALE;
      case AGED_16_17 -> value == AgeBand.AGED_16_17;
    };
  }

  private EqualityAnswer<?> answer(EqualityProfile profile) {
    return switch (this) {
      case MINORITY_ETHNIC -> profile.ethnicity();
      case LESBIAN_GAY_BISEXUAL -> profile.sexualOrientation();
      case DISABLED -> profile.disability();
      case MALE -> profile.gender();
      case AGED_16_17 -> profile.ageBand();
    };
  }
}
