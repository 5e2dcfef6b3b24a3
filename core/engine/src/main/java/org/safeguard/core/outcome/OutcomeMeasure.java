package org.safeguard.core.outcome;

import java.util.Optional;

/**
 * The six outcomes a cohort report counts: the five questions asked at review and total cessation
 * of abuse, which is derived from the abuse present at intake and at review
 * (seeds/000_94b07d5065788c30.txt, Figure 8 and Finding 2).
 */
public enum OutcomeMeasure {
  RISK_REDUCED("Reduction in risk (IDVA)"),
  FEELS_SAFER("Victim feels safer"),
  QUALITY_OF_LIFE_IMPROVED("Improved quality of life"),
  COPING_IMPROVED("Improved coping"),
  SOCIAL_SUPPORT_IMPROVED("Improved social support"),
  /** Every type of abuse present at intake is absent at review, and no new type appeared. */
  TOTAL_CESSATION("Total cessation");

  private final String label;

  OutcomeMeasure(String label) {
    this.label = label;
  }

  /** The row label in the report's table, in the evaluation's wording. */
  public String label() {
    return label;
  }

  /** The review question this measure counts; empty for total cessation, which nobody is asked. */
  public Optional<OutcomeQuestion> question() {
    return this == TOTAL_CESSATION ? Optional.empty() : Optional.of(OutcomeQuestion.values()[ordinal()]);
  }

  /** The measure that counts the answers to {@code question}. */
  public static OutcomeMeasure of(OutcomeQuestion question) {
    return values()[question.ordinal()];
  }
}
