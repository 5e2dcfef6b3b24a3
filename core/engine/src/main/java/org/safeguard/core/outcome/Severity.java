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
package org.safeguard.core.outcome;

/**
 * How severe one type of abuse is, on the four levels SafeLives' Insights and the Drive evaluation
 * record: none, standard, moderate and high (<i>Evaluation of the Drive Project</i>, University of
 * Bristol, 2019, Appendix 3: "four severity categories 1) none; 2) standard; 3) moderate: and 4)
 * high"). "None" is the type's absence from an {@link AbuseProfile}, so the three levels of abuse
 * present are these, in rising order.
 *
 * <p>Data recorded on two levels, as <i>Safety in Numbers</i> (CAADA, 2009) recorded it, is mapped
 * by {@link #ofTwoLevels(boolean)}: its "severe" abuse (violence causing injuries, strangulation,
 * rape and other sexual abuse, stalking, extreme jealous and controlling behaviour including threats
 * to harm children; Finding 1) is {@link #HIGH}, and abuse present but not severe is
 * {@link #MODERATE}. Two-level data cannot tell standard from moderate; it is read as the higher of
 * the two so that a case recorded that way is never shown as less severe than it may have been, and
 * {@link #STANDARD} is left to data that records it.
 */
public enum Severity {
  /** Present, at the lowest of the three levels. */
  STANDARD,
  /** Present, at the middle level; two-level data's "present, not severe". */
  MODERATE,
  /** Present and high: two-level data's "severe", as the evaluation defines it. */
  HIGH;

  /**
   * Maps two-level data onto the four levels: severe to {@link #HIGH}, present and not severe to
   * {@link #MODERATE}.
   *
   * @param severe whether the two-level record says severe
   * @return the level
   */
  public static Severity ofTwoLevels(boolean severe) {
    return severe ? HIGH : MODERATE;
  }

  /**
   * Whether this is the evaluation's "severe" abuse, for reading against two-level data.
   *
   * @return true for {@link #HIGH}
   */
  public boolean severe() {
    return this == HIGH;
  }
}
