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

import java.util.Map;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.RiskLevel;

/**
 * The bits of one packed case, a {@code long}:
 *
 * <pre>
 *  bits  0-14  interventions (kinds mobilised), capped at 32767
 *  bits 15-29  significant contacts, capped at 32767
 *  bits 30-43  seven 2-bit outcome statuses, in OutcomeMeasure order:
 *              questions: 0 yes, 1 no, 2 not recorded, 3 no review
 *              total cessation: 0 ceased, 1 continuing, 2 not known (no abuse recorded at intake, or
 *              with bit 63 a type present at intake not recorded at review), 3 no review
 *              complete or near cessation: 0 yes, 1 no, 2 not known (no abuse recorded at intake,
 *              or a type present at intake not recorded at review), 3 no review
 *  bits 44-47  abuse types present at intake, bit i for AbuseType ordinal i
 *  bits 48-51  abuse types present at review (0 without a review)
 *  bits 52-53  risk level at intake (RiskLevel ordinal)
 *  bits 54-55  risk level at review (RiskLevel ordinal; 3 without a review)
 *  bits 56-57  children in the household: 0 not recorded, 1 none, 2 one or more
 *  bit  58     the kinds of intervention are recorded; a case with interventions counted and no
 *              kinds listed has not
 *  bits 59-62  abuse types not recorded at review (0 without a review)
 *  bit  63     total cessation is not known because a type present at intake was not recorded at review
 * </pre>
 *
 * <p>The statuses repeat what the review and the severities already say, so that counting reads
 * each outcome with one shift and mask and never branches: the first three statuses (bits 30-35) are
 * one 6-bit histogram key and the last four (bits 36-43) an 8-bit key, and bits 44-55 are a third, 12-bit key
 * from which cessation by type and risk movement are both derived; bit 54 (whether there is a
 * review, as the review level is 3 only without one) with bits 56-58 is a fourth, the group of the
 * case in the tables of interventions and risk factors. Only this class writes the bits, so the
 * redundancy cannot disagree with itself.
 *
 * <p>Beside it, a second {@code long} per case, the kinds word, holds the kinds of intervention
 * received for the table of interventions (<i>Safety in Numbers</i>, Table 4):
 *
 * <pre>
 *  bits  0-59  intervention kinds received, bit i for the cohort's i-th kind (its index of kind ids)
 *  bits 60-63  0
 * </pre>
 *
 * <p>and a third, the factors word, what the tables of risk factors need (Tables 1 to 3, 5 and 6):
 *
 * <pre>
 *  bits  0-23  risk factors at intake, bit i for RiskFactor ordinal i
 *  bits 24-47  risk factors at review (0 without a review)
 *  bits 48-55  severity at intake, 2 bits per AbuseType ordinal: 0 none, 1 standard, 2 moderate, 3 high
 *  bits 56-63  severity at review, the same way (0 without a review)
 * </pre>
 *
 * <p>A case written field by field with type masks gives severity on the evaluation's two levels,
 * read as {@link Severity#ofTwoLevels(boolean)} maps them; written with severities
 * ({@code PackedCohort.Builder.intakeSeverities}), each type keeps the level it was given. A
 * cohort whose cases record no kinds, or no risk factors, needs no pass over those words: its
 * groups come from the first word.
 */
final class CaseLayout {
  static final int COUNT_MASK = 0x7FFF;
  static final int CONTACTS_SHIFT = 15;
  static final int STATUS_SHIFT = 30;
  /** Where the second histogram key, the statuses of the last four measures, starts. */
  static final int LAST_STATUSES_SHIFT = 36;
  static final int TYPES_AT_INTAKE_SHIFT = 44;
  static final int TYPES_AT_REVIEW_SHIFT = 48;
  static final int LEVEL_AT_INTAKE_SHIFT = 52;
  static final int LEVEL_AT_REVIEW_SHIFT = 54;
  static final int CHILDREN_SHIFT = 56;
  static final long KINDS_RECORDED = 1L << 58;
  static final int NOT_RECORDED_AT_REVIEW_SHIFT = 59;
  static final int CESSATION_NOT_RECORDED_SHIFT = 63;

  static final int YES = 0;
  static final int NO = 1;
  static final int NOT_RECORDED = 2;
  static final int NO_REVIEW = 3;
  static final int CEASED = 0;
  static final int CONTINUING = 1;
  static final int NOTHING_AT_INTAKE = 2;
  static final int NO_LEVEL = 3;

  static final int MEASURES = 7;
  static final int ALL_TYPES = (1 << AbuseType.values().length) - 1;
  /** Every bit of a severities field: two a type. */
  static final int ALL_SEVERITIES = (1 << 2 * AbuseType.values().length) - 1;

  private static final int[] ANSWER_CODE = new int[OutcomeAnswer.values().length];

  static {
    ANSWER_CODE[OutcomeAnswer.YES.ordinal()] = YES;
    ANSWER_CODE[OutcomeAnswer.NO.ordinal()] = NO;
    ANSWER_CODE[OutcomeAnswer.NOT_RECORDED.ordinal()] = NOT_RECORDED;
  }

  private CaseLayout() {}

  static int answerCode(OutcomeAnswer answer) {
    return ANSWER_CODE[answer.ordinal()];
  }

  static OutcomeAnswer answerOf(int code) {
    return code == YES ? OutcomeAnswer.YES : code == NO ? OutcomeAnswer.NO : OutcomeAnswer.NOT_RECORDED;
  }

  /**
   * Packs one case. {@code severityAtIntake} and {@code severityAtReview} hold each type's severity
   * as {@link #severities(AbuseProfile)} writes it, and the types present are read from them;
   * {@code answers} holds the five question answers, 2 bits each in question order (codes
   * {@link #YES}, {@link #NO}, {@link #NOT_RECORDED}); {@code levelAtReview} is {@link #NO_LEVEL}
   * when the case has no review, and then the review's severities, answers and types not recorded
   * are ignored; {@code children} is {@link #CHILDREN_NOT_RECORDED}, {@link #CHILDREN_NONE} or
   * {@link #CHILDREN_SOME}. Arguments are checked by the callers.
   */
  static long encode(int interventions, int contacts, int severityAtIntake, int levelAtIntake, int severityAtReview, int levelAtReview,
      int answers, int children, boolean kindsRecorded, int notRecordedAtReview) {
    int typesAtIntake = typesOf(severityAtIntake);
    int typesAtReview = typesOf(severityAtReview);
    long statuses;
    long cessationNotRecorded = 0;
    if (levelAtReview == NO_LEVEL) {
      statuses = 0x3FFFL; // every status "no review"
      typesAtReview = 0;
      notRecordedAtReview = 0;
    } else {
      int cessation = typesAtIntake == 0 ? NOTHING_AT_INTAKE : typesAtReview != 0 ? CONTINUING
          : (typesAtIntake & notRecordedAtReview) != 0 ? NOTHING_AT_INTAKE : CEASED;
      cessationNotRecorded = typesAtIntake != 0 && typesAtReview == 0 && (typesAtIntake & notRecordedAtReview) != 0 ? 1L : 0L;
      int near = nearCessation(typesAtIntake, severityAtIntake, severityAtReview, notRecordedAtReview);
      statuses = (answers & 0x3FF) | (long) cessation << 10 | (long) near << 12;
    }
    return Math.min(interventions, COUNT_MASK)
        | (long) Math.min(contacts, COUNT_MASK) << CONTACTS_SHIFT
        | statuses << STATUS_SHIFT
        | (long) typesAtIntake << TYPES_AT_INTAKE_SHIFT
        | (long) typesAtReview << TYPES_AT_REVIEW_SHIFT
        | (long) levelAtIntake << LEVEL_AT_INTAKE_SHIFT
        | (long) levelAtReview << LEVEL_AT_REVIEW_SHIFT
        | (long) children << CHILDREN_SHIFT
        | (kindsRecorded ? KINDS_RECORDED : 0L)
        | (long) notRecordedAtReview << NOT_RECORDED_AT_REVIEW_SHIFT
        | cessationNotRecorded << CESSATION_NOT_RECORDED_SHIFT;
  }

  /** The severity code of {@link Severity#STANDARD} in a severities field. */
  private static final int STANDARD_CODE = Severity.STANDARD.ordinal() + 1;

  /**
   * The status of complete or near cessation (see {@link CaseOutcome#completeOrNearCessation()}) of
   * a reviewed case: no when any type is present at review other than at standard severity after a
   * higher severity at intake; else not known when nothing was present at intake or a type present
   * at intake was not recorded at review; else yes.
   */
  private static int nearCessation(int typesAtIntake, int severityAtIntake, int severityAtReview, int notRecordedAtReview) {
    if (typesAtIntake == 0) {
      return NOTHING_AT_INTAKE;
    }
    for (int t = 0; t < AbuseType.values().length; t++) {
      int before = severityAtIntake >>> 2 * t & 3;
      int after = severityAtReview >>> 2 * t & 3;
      if (after != 0 && (after != STANDARD_CODE || before <= STANDARD_CODE)) {
        return CONTINUING;
      }
    }
    return (typesAtIntake & notRecordedAtReview) != 0 ? NOTHING_AT_INTAKE : CEASED;
  }

  /** The types present in a severities field, as a type mask. */
  static int typesOf(int severities) {
    int mask = 0;
    for (int t = 0; t < AbuseType.values().length; t++) {
      mask |= (severities >>> 2 * t & 3) != 0 ? 1 << t : 0;
    }
    return mask;
  }

  /** Packs a case outcome; its id is not kept. */
  static long encode(CaseOutcome c) {
    int answers = 0;
    for (OutcomeQuestion q : OutcomeQuestion.values()) {
      answers |= answerCode(c.answer(q)) << (2 * q.ordinal());
    }
    int levelAtReview = c.levelAtReview().map(RiskLevel::ordinal).orElse(NO_LEVEL);
    AbuseProfile review = c.abuseAtReview().orElse(AbuseProfile.none());
    int notRecorded = 0;
    for (AbuseType t : review.notRecorded()) {
      notRecorded |= 1 << t.ordinal();
    }
    return encode(c.interventions(), c.significantContacts(), severities(c.abuseAtIntake()), c.levelAtIntake().ordinal(),
        severities(review), levelAtReview, answers, children(c.hasChildren()), !c.interventionKinds().isEmpty() || c.interventions() == 0,
        notRecorded);
  }

  static void checkMasks(String field, int types, int severe) {
    if ((types & ~ALL_TYPES) != 0) {
      throw new InvalidInputException(field + ".types", Integer.toBinaryString(types),
          "a type mask has one bit per AbuseType, bits 0 to " + (AbuseType.values().length - 1));
    }
    if ((severe & ~types) != 0) {
      throw new InvalidInputException(field + ".severe", Integer.toBinaryString(severe),
          "only a type that is present can be severe; present: " + Integer.toBinaryString(types));
    }
  }

  static void checkSeverities(String field, int severities) {
    if ((severities & ~ALL_SEVERITIES) != 0) {
      throw new InvalidInputException(field + ".severities", Integer.toBinaryString(severities),
          "a severities field has two bits per AbuseType, bits 0 to " + (2 * AbuseType.values().length - 1));
    }
  }

  static int interventions(long code) {
    return (int) code & COUNT_MASK;
  }

  static int contacts(long code) {
    return (int) (code >>> CONTACTS_SHIFT) & COUNT_MASK;
  }

  static int status(long code, int measure) {
    return (int) (code >>> (STATUS_SHIFT + 2 * measure)) & 3;
  }

  static int nibble(long code, int shift) {
    return (int) (code >>> shift) & 0xF;
  }

  static int level(long code, int shift) {
    return (int) (code >>> shift) & 3;
  }

  /** The most intervention kinds one packed cohort tells apart. */
  static final int MAX_KINDS = 60;
  static final long KINDS_MASK = (1L << MAX_KINDS) - 1;
  static final int CHILDREN_NOT_RECORDED = 0;
  static final int CHILDREN_NONE = 1;
  static final int CHILDREN_SOME = 2;
  /** The groups of {@link #group(long)}. */
  static final int GROUPS = 16;

  /** Whether a packed case has a review. */
  static boolean reviewed(long code) {
    return level(code, LEVEL_AT_REVIEW_SHIFT) != NO_LEVEL;
  }

  /** 1 when a packed case has a review, else 0, without a branch: the review level is 3 only without one. */
  static int reviewedBit(long code) {
    return (level(code, LEVEL_AT_REVIEW_SHIFT) + 1) >>> 2 ^ 1;
  }

  /**
   * The group of a packed case in the tables of interventions and risk factors, from 0 to 15: bit 0
   * whether it has a review, bits 1-2 its children, bit 3 whether its kinds are recorded.
   */
  static int group(long code) {
    return reviewedBit(code) | (int) (code >>> CHILDREN_SHIFT - 1) & 0xE;
  }

  static boolean groupReviewed(int group) {
    return (group & 1) != 0;
  }

  static int groupChildren(int group) {
    return group >>> 1 & 3;
  }

  static boolean groupKindsRecorded(int group) {
    return (group & 8) != 0;
  }

  /** The children status of a case outcome's intake: not recorded, none or some. */
  static int children(java.util.Optional<Boolean> hasChildren) {
    return hasChildren.isEmpty() ? CHILDREN_NOT_RECORDED : hasChildren.get() ? CHILDREN_SOME : CHILDREN_NONE;
  }

  /** The most risk factors the factors word holds at each time point. */
  static final int MAX_FACTORS = 24;
  static final int FACTORS_AT_REVIEW_SHIFT = 24;
  static final int FACTORS_MASK = (1 << MAX_FACTORS) - 1;
  /** The factor bits of a factors word, at intake and at review. */
  static final long ALL_FACTORS = (1L << 2 * MAX_FACTORS) - 1;

  static {
    if (RiskFactor.values().length > MAX_FACTORS) {
      throw new IllegalStateException("the factors word holds " + MAX_FACTORS + " risk factors a time point");
    }
  }

  static final int SEVERITY_AT_INTAKE_SHIFT = 48;
  static final int SEVERITY_AT_REVIEW_SHIFT = 56;

  /** Packs a case's factors word, with the severity of each type at intake and review (see {@link #severities}). */
  static long encodeFactors(java.util.Set<RiskFactor> atIntake, java.util.Set<RiskFactor> atReview, int severityAtIntake,
      int severityAtReview) {
    return factorBits(atIntake) | (long) factorBits(atReview) << FACTORS_AT_REVIEW_SHIFT
        | (long) severityAtIntake << SEVERITY_AT_INTAKE_SHIFT | (long) severityAtReview << SEVERITY_AT_REVIEW_SHIFT;
  }

  /** Packs a case outcome's factors word. */
  static long encodeFactors(CaseOutcome c) {
    return encodeFactors(c.riskFactorsAtIntake(), c.riskFactorsAtReview(), severities(c.abuseAtIntake()),
        severities(c.abuseAtReview().orElse(AbuseProfile.none())));
  }

  /** Each type's severity, 2 bits per type ordinal: 0 absent, else the Severity ordinal plus 1. */
  static int severities(AbuseProfile profile) {
    int bits = 0;
    for (Map.Entry<AbuseType, Severity> e : profile.present().entrySet()) {
      bits |= (e.getValue().ordinal() + 1) << 2 * e.getKey().ordinal();
    }
    return bits;
  }

  /** Each type's severity from two-level masks: present and high, or present and moderate ({@link Severity#ofTwoLevels}). */
  static int severities(int types, int severe) {
    int bits = 0;
    for (AbuseType t : AbuseType.values()) {
      int bit = 1 << t.ordinal();
      if ((types & bit) != 0) {
        bits |= (Severity.ofTwoLevels((severe & bit) != 0).ordinal() + 1) << 2 * t.ordinal();
      }
    }
    return bits;
  }

  /** The abuse profile a severities field holds. */
  static AbuseProfile profile(int severities) {
    Map<AbuseType, Severity> present = new java.util.EnumMap<>(AbuseType.class);
    for (AbuseType t : AbuseType.values()) {
      int level = severities >>> 2 * t.ordinal() & 3;
      if (level != 0) {
        present.put(t, Severity.values()[level - 1]);
      }
    }
    return AbuseProfile.of(present);
  }

  static int factorBits(java.util.Set<RiskFactor> factors) {
    int bits = 0;
    for (RiskFactor f : factors) {
      bits |= 1 << f.ordinal();
    }
    return bits;
  }

  static int factorsAtIntake(long factorsWord) {
    return (int) factorsWord & FACTORS_MASK;
  }

  static int factorsAtReview(long factorsWord) {
    return (int) (factorsWord >>> FACTORS_AT_REVIEW_SHIFT) & FACTORS_MASK;
  }

  static boolean kindsRecorded(long code) {
    return (code & KINDS_RECORDED) != 0;
  }

  static int children(long code) {
    return (int) (code >>> CHILDREN_SHIFT) & 3;
  }
}
