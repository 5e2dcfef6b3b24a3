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

import java.util.Optional;
import org.safeguard.model.MissingValueException;

/**
 * The seven outcomes a cohort report counts: the five questions asked at review, and total and
 * "complete or near" cessation of abuse, which are derived from the abuse present at intake and at
 * review (<i>Safety in Numbers</i>, CAADA, 2009, Figure 8, Finding 2 and the summary's "57% of all
 * victims experiencing a complete or near cessation").
 */
public enum OutcomeMeasure {
  /** The IDVA judges that risk has reduced. */
  RISK_REDUCED("Reduction in risk (IDVA)"),
  /** The victim says she feels safer. */
  FEELS_SAFER("Victim feels safer"),
  /** The victim's quality of life has improved. */
  QUALITY_OF_LIFE_IMPROVED("Improved quality of life"),
  /** The victim's ability to cope has improved. */
  COPING_IMPROVED("Improved coping"),
  /** The victim's social support has improved. */
  SOCIAL_SUPPORT_IMPROVED("Improved social support"),
  /** Every type of abuse present at intake is absent at review, and no new type appeared. */
  TOTAL_CESSATION("Total cessation"),
  /**
   * Every type of abuse present at intake is absent at review or has fallen to standard severity,
   * and no new type appeared: see {@link CaseOutcome#completeOrNearCessation()}, which states the
   * definition and why it is this library's reading.
   */
  COMPLETE_OR_NEAR_CESSATION("Complete or near cessation");

  private static final OutcomeQuestion[] QUESTIONS = OutcomeQuestion.values();

  private final String label;

  OutcomeMeasure(String label) {
    this.label = label;
  }

  /**
   * The row label in the report's table, in the evaluation's wording.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * The review question this measure counts.
   *
   * @return the question, or empty for the two cessation measures, which nobody is asked
   */
  public Optional<OutcomeQuestion> question() {
    return ordinal() < QUESTIONS.length ? Optional.of(QUESTIONS[ordinal()]) : Optional.empty();
  }

  /**
   * The measure that counts the answers to {@code question}.
   *
   * @param question a review question
   * @return the measure of the same name
   */
  public static OutcomeMeasure of(OutcomeQuestion question) {
    MissingValueException.require("question", question);
    return values()[question.ordinal()];
  }
}
