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

import org.safeguard.model.InvalidInputException;

/**
 * A victim's age band. A MARAC hears victims from 16; the 16- and 17-year-olds are the band an
 * access table reports apart.
 */
public enum AgeBand {
  /** 16 or 17. */
  AGED_16_17(16, 17),
  /** 18 to 24. */
  AGED_18_24(18, 24),
  /** 25 to 34. */
  AGED_25_34(25, 34),
  /** 35 to 44. */
  AGED_35_44(35, 44),
  /** 45 to 54. */
  AGED_45_54(45, 54),
  /** 55 to 64. */
  AGED_55_64(55, 64),
  /** 65 and over. */
  AGED_65_AND_OVER(65, 150);

  private final int from;
  private final int to;

  AgeBand(int from, int to) {
    this.from = from;
    this.to = to;
  }

  /**
   * The youngest age in the band.
   *
   * @return the age in years
   */
  public int from() {
    return from;
  }

  /**
   * The band an age falls in.
   *
   * @param age the age in years, 16 to 150
   * @return the band
   * @throws InvalidInputException when the age is under 16 or over 150
   */
  public static AgeBand of(int age) {
    for (AgeBand band : values()) {
      if (age >= band.from && age <= band.to) {
        return band;
      }
    }
    throw new InvalidInputException("age", age, "an age band covers 16 to 150");
  }
}
