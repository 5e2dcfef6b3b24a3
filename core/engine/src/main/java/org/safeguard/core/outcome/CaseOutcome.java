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
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.ModelStyle;
import org.safeguard.model.RiskLevel;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.StableId;

/**
 * What one case contributes to a cohort report: the support it received and how things stood at
 * intake (T1) and review (T2), with the per-case outcomes read from them: cessation per abuse type,
 * total cessation, change in severity, change in risk level. A case without a review has no T2
 * measures; reports count it as missing, never as no change.
 */
@Value.Immutable
@ModelStyle
public abstract class CaseOutcome {
  /** Only the generated implementation in this package extends it. */
  CaseOutcome() {}

  /**
   * The case's id in the embedding system; never a person's name.
   *
   * @return the case id
   */
  public abstract String caseId();

  /**
   * How many different kinds of intervention were mobilised.
   *
   * @return the number of kinds, not negative
   */
  public abstract int interventions();

  /**
   * The kinds of intervention received, by id, a MARAC referral as {@code marac}: the rows of the
   * table of interventions (<i>Safety in Numbers</i>, CAADA, 2009, Table 4). Empty with
   * {@link #interventions()} above 0 means the kinds were not recorded: such a case is missing from
   * that table, never counted as receiving none.
   *
   * @return the kinds received; when any are listed there are {@link #interventions()} of them
   */
  public abstract Set<String> interventionKinds();

  /**
   * Whether children lived in the household at intake, where that was recorded: the group of
   * Table 4's child-related rows (those with children, n=873).
   *
   * @return true or false, or empty when it was not recorded
   */
  public abstract Optional<Boolean> hasChildren();

  /**
   * The risk factors recorded at intake (T1): the rows of the evaluation's Tables 1 to 3 and the
   * victim's fears.
   *
   * @return the factors present at intake
   */
  public abstract Set<RiskFactor> riskFactorsAtIntake();

  /**
   * The risk factors recorded at review (T2), for the change from intake (Tables 5 and 6).
   *
   * @return the factors present at review; empty when the case has no review
   */
  public abstract Set<RiskFactor> riskFactorsAtReview();

  /**
   * How many significant contacts the case had.
   *
   * @return the number of significant contacts, not negative
   */
  public abstract int significantContacts();

  /**
   * The abuse present at intake (T1).
   *
   * @return the abuse profile at intake
   */
  public abstract AbuseProfile abuseAtIntake();

  /**
   * The abuse present at review (T2).
   *
   * @return the abuse profile at review, or empty when the case has no review
   */
  public abstract Optional<AbuseProfile> abuseAtReview();

  /**
   * The risk level at intake (T1).
   *
   * @return the level at intake
   */
  public abstract RiskLevel levelAtIntake();

  /**
   * The risk level at review (T2).
   *
   * @return the level at review, or empty when the case has no review
   */
  public abstract Optional<RiskLevel> levelAtReview();

  /**
   * When the review measures (T2) were read; a report counts only outcomes read at its own point.
   *
   * @return the point; {@link OutcomePoint#CLOSURE_OR_FOUR_MONTHS} unless set
   */
  @Value.Default
  public OutcomePoint outcomePoint() {
    return OutcomePoint.CLOSURE_OR_FOUR_MONTHS;
  }

  /**
   * Outcome answers at review; a question left out is not recorded.
   *
   * @return the answers, by question
   */
  public abstract Map<OutcomeQuestion, OutcomeAnswer> answers();

  /**
   * Starts a builder.
   *
   * @return an empty builder; {@code build()} checks the value
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CaseOutcome}; building runs its checks. Every method refuses null with a
   * {@link MissingValueException} naming the attribute, before it changes anything.
   */
  public static final class Builder {
    private final ImmutableCaseOutcome.Builder generated = new ImmutableCaseOutcome.Builder();

    Builder() {}

    /**
     * Fills this builder from {@code instance}: each value is set, and each element or entry of a
     * collection is added to those already here.
     *
     * @param instance the value to start from
     * @return this builder
     */
    public Builder from(CaseOutcome instance) {
      generated.from(MissingValueException.require("instance", instance));
      return this;
    }

    /**
     * Sets {@link CaseOutcome#caseId() caseId}.
     *
     * @param caseId the value
     * @return this builder
     */
    public Builder caseId(String caseId) {
      generated.caseId(MissingValueException.require("caseId", caseId));
      return this;
    }

    /**
     * Sets {@link CaseOutcome#interventions() interventions}.
     *
     * @param interventions the value
     * @return this builder
     */
    public Builder interventions(int interventions) {
      generated.interventions(interventions);
      return this;
    }

    /**
     * Adds one element to {@link CaseOutcome#interventionKinds() interventionKinds}.
     *
     * @param interventionKinds the element
     * @return this builder
     */
    public Builder addInterventionKinds(String interventionKinds) {
      generated.addInterventionKinds(MissingValueException.require("interventionKinds", interventionKinds));
      return this;
    }

    /**
     * Adds these elements to {@link CaseOutcome#interventionKinds() interventionKinds}.
     *
     * @param interventionKinds the elements, none of them null
     * @return this builder
     */
    public Builder addInterventionKinds(String... interventionKinds) {
      generated.addInterventionKinds(MissingValueException.requireElements("interventionKinds", interventionKinds));
      return this;
    }

    /**
     * Replaces the elements of {@link CaseOutcome#interventionKinds() interventionKinds} with these.
     *
     * @param interventionKinds the elements, none of them null
     * @return this builder
     */
    public Builder interventionKinds(Iterable<String> interventionKinds) {
      generated.interventionKinds(MissingValueException.requireList("interventionKinds", interventionKinds));
      return this;
    }

    /**
     * Adds these elements to {@link CaseOutcome#interventionKinds() interventionKinds}.
     *
     * @param interventionKinds the elements, none of them null
     * @return this builder
     */
    public Builder addAllInterventionKinds(Iterable<String> interventionKinds) {
      generated.addAllInterventionKinds(MissingValueException.requireList("interventionKinds", interventionKinds));
      return this;
    }

    /**
     * Sets {@link CaseOutcome#hasChildren() hasChildren}.
     *
     * @param hasChildren the value
     * @return this builder
     */
    public Builder hasChildren(boolean hasChildren) {
      generated.hasChildren(hasChildren);
      return this;
    }

    /**
     * Sets {@link CaseOutcome#hasChildren() hasChildren}, present or empty.
     *
     * @param hasChildren the value, or empty
     * @return this builder
     */
    public Builder hasChildren(Optional<Boolean> hasChildren) {
      generated.hasChildren(MissingValueException.require("hasChildren", hasChildren));
      return this;
    }

    /**
     * Adds one element to {@link CaseOutcome#riskFactorsAtIntake() riskFactorsAtIntake}.
     *
     * @param riskFactorsAtIntake the element
     * @return this builder
     */
    public Builder addRiskFactorsAtIntake(RiskFactor riskFactorsAtIntake) {
      generated.addRiskFactorsAtIntake(MissingValueException.require("riskFactorsAtIntake", riskFactorsAtIntake));
      return this;
    }

    /**
     * Adds these elements to {@link CaseOutcome#riskFactorsAtIntake() riskFactorsAtIntake}.
     *
     * @param riskFactorsAtIntake the elements, none of them null
     * @return this builder
     */
    public Builder addRiskFactorsAtIntake(RiskFactor... riskFactorsAtIntake) {
      generated.addRiskFactorsAtIntake(MissingValueException.requireElements("riskFactorsAtIntake", riskFactorsAtIntake));
      return this;
    }

    /**
     * Replaces the elements of {@link CaseOutcome#riskFactorsAtIntake() riskFactorsAtIntake} with these.
     *
     * @param riskFactorsAtIntake the elements, none of them null
     * @return this builder
     */
    public Builder riskFactorsAtIntake(Iterable<RiskFactor> riskFactorsAtIntake) {
      generated.riskFactorsAtIntake(MissingValueException.requireList("riskFactorsAtIntake", riskFactorsAtIntake));
      return this;
    }

    /**
     * Adds these elements to {@link CaseOutcome#riskFactorsAtIntake() riskFactorsAtIntake}.
     *
     * @param riskFactorsAtIntake the elements, none of them null
     * @return this builder
     */
    public Builder addAllRiskFactorsAtIntake(Iterable<RiskFactor> riskFactorsAtIntake) {
      generated.addAllRiskFactorsAtIntake(MissingValueException.requireList("riskFactorsAtIntake", riskFactorsAtIntake));
      return this;
    }

    /**
     * Adds one element to {@link CaseOutcome#riskFactorsAtReview() riskFactorsAtReview}.
     *
     * @param riskFactorsAtReview the element
     * @return this builder
     */
    public Builder addRiskFactorsAtReview(RiskFactor riskFactorsAtReview) {
      generated.addRiskFactorsAtReview(MissingValueException.require("riskFactorsAtReview", riskFactorsAtReview));
      return this;
    }

    /**
     * Adds these elements to {@link CaseOutcome#riskFactorsAtReview() riskFactorsAtReview}.
     *
     * @param riskFactorsAtReview the elements, none of them null
     * @return this builder
     */
    public Builder addRiskFactorsAtReview(RiskFactor... riskFactorsAtReview) {
      generated.addRiskFactorsAtReview(MissingValueException.requireElements("riskFactorsAtReview", riskFactorsAtReview));
      return this;
    }

    /**
     * Replaces the elements of {@link CaseOutcome#riskFactorsAtReview() riskFactorsAtReview} with these.
     *
     * @param riskFactorsAtReview the elements, none of them null
     * @return this builder
     */
    public Builder riskFactorsAtReview(Iterable<RiskFactor> riskFactorsAtReview) {
      generated.riskFactorsAtReview(MissingValueException.requireList("riskFactorsAtReview", riskFactorsAtReview));
      return this;
    }

    /**
     * Adds these elements to {@link CaseOutcome#riskFactorsAtReview() riskFactorsAtReview}.
     *
     * @param riskFactorsAtReview the elements, none of them null
     * @return this builder
     */
    public Builder addAllRiskFactorsAtReview(Iterable<RiskFactor> riskFactorsAtReview) {
      generated.addAllRiskFactorsAtReview(MissingValueException.requireList("riskFactorsAtReview", riskFactorsAtReview));
      return this;
    }

    /**
     * Sets {@link CaseOutcome#significantContacts() significantContacts}.
     *
     * @param significantContacts the value
     * @return this builder
     */
    public Builder significantContacts(int significantContacts) {
      generated.significantContacts(significantContacts);
      return this;
    }

    /**
     * Sets {@link CaseOutcome#abuseAtIntake() abuseAtIntake}.
     *
     * @param abuseAtIntake the value
     * @return this builder
     */
    public Builder abuseAtIntake(AbuseProfile abuseAtIntake) {
      generated.abuseAtIntake(MissingValueException.require("abuseAtIntake", abuseAtIntake));
      return this;
    }

    /**
     * Sets {@link CaseOutcome#abuseAtReview() abuseAtReview}.
     *
     * @param abuseAtReview the value
     * @return this builder
     */
    public Builder abuseAtReview(AbuseProfile abuseAtReview) {
      generated.abuseAtReview(MissingValueException.require("abuseAtReview", abuseAtReview));
      return this;
    }

    /**
     * Sets {@link CaseOutcome#abuseAtReview() abuseAtReview}, present or empty.
     *
     * @param abuseAtReview the value, or empty
     * @return this builder
     */
    public Builder abuseAtReview(Optional<? extends AbuseProfile> abuseAtReview) {
      generated.abuseAtReview(MissingValueException.require("abuseAtReview", abuseAtReview));
      return this;
    }

    /**
     * Sets {@link CaseOutcome#levelAtIntake() levelAtIntake}.
     *
     * @param levelAtIntake the value
     * @return this builder
     */
    public Builder levelAtIntake(RiskLevel levelAtIntake) {
      generated.levelAtIntake(MissingValueException.require("levelAtIntake", levelAtIntake));
      return this;
    }

    /**
     * Sets {@link CaseOutcome#levelAtReview() levelAtReview}.
     *
     * @param levelAtReview the value
     * @return this builder
     */
    public Builder levelAtReview(RiskLevel levelAtReview) {
      generated.levelAtReview(MissingValueException.require("levelAtReview", levelAtReview));
      return this;
    }

    /**
     * Sets {@link CaseOutcome#levelAtReview() levelAtReview}, present or empty.
     *
     * @param levelAtReview the value, or empty
     * @return this builder
     */
    public Builder levelAtReview(Optional<? extends RiskLevel> levelAtReview) {
      generated.levelAtReview(MissingValueException.require("levelAtReview", levelAtReview));
      return this;
    }

    /**
     * Sets {@link CaseOutcome#outcomePoint() outcomePoint}.
     *
     * @param outcomePoint the value
     * @return this builder
     */
    public Builder outcomePoint(OutcomePoint outcomePoint) {
      generated.outcomePoint(MissingValueException.require("outcomePoint", outcomePoint));
      return this;
    }

    /**
     * Puts one entry into {@link CaseOutcome#answers() answers}.
     *
     * @param key the key
     * @param value its value
     * @return this builder
     */
    public Builder putAnswers(OutcomeQuestion key, OutcomeAnswer value) {
      generated.putAnswers(MissingValueException.require("answers", key), MissingValueException.require("answers", value));
      return this;
    }

    /**
     * Puts one entry into {@link CaseOutcome#answers() answers}.
     *
     * @param answers the entry, its key and value not null
     * @return this builder
     */
    public Builder putAnswers(Map.Entry<OutcomeQuestion, ? extends OutcomeAnswer> answers) {
      generated.putAnswers(MissingValueException.require("answers", answers));
      return this;
    }

    /**
     * Replaces the entries of {@link CaseOutcome#answers() answers} with these.
     *
     * @param answers the entries, no key or value null
     * @return this builder
     */
    public Builder answers(Map<OutcomeQuestion, ? extends OutcomeAnswer> answers) {
      generated.answers(MissingValueException.requireEntries("answers", answers));
      return this;
    }

    /**
     * Puts these entries into {@link CaseOutcome#answers() answers}.
     *
     * @param answers the entries, no key or value null
     * @return this builder
     */
    public Builder putAllAnswers(Map<OutcomeQuestion, ? extends OutcomeAnswer> answers) {
      generated.putAllAnswers(MissingValueException.requireEntries("answers", answers));
      return this;
    }

    /**
     * Builds the value and runs its checks.
     *
     * @return the value
     * @throws InvalidInputException when a required attribute is unset (a {@link MissingValueException})
     *     or the value breaks a rule of its type
     */
    public CaseOutcome build() {
      return generated.build();
    }
  }

  /**
   * The answer to one question at review.
   *
   * @param question the outcome question
   * @return the answer, {@link OutcomeAnswer#NOT_RECORDED} when none was recorded
   */
  public OutcomeAnswer answer(OutcomeQuestion question) {
    MissingValueException.require("question", question);
    return answers().getOrDefault(question, OutcomeAnswer.NOT_RECORDED);
  }

  /**
   * Whether abuse of one type stopped: present at T1 and absent at T2. Empty when the type was not
   * present at T1 (nothing to stop), there is no review, or the review did not record the type (not
   * known is not absent).
   *
   * @param type the type of abuse
   * @return true when it stopped, false when it went on, or empty
   */
  public Optional<Boolean> ceased(AbuseType type) {
    MissingValueException.require("type", type);
    if (!abuseAtIntake().isPresent(type) || abuseAtReview().isEmpty() || !abuseAtReview().get().isRecorded(type)) {
      return Optional.empty();
    }
    return Optional.of(!abuseAtReview().get().isPresent(type));
  }

  /**
   * Whether all abuse stopped: every type present at T1 is absent at T2, and no new type appeared.
   * False as soon as any type is present at T2; otherwise empty when there is no review, no abuse was
   * recorded at T1, or a type present at T1 was not recorded at T2.
   *
   * @return true when all abuse stopped, false when any went on or started, or empty
   */
  public Optional<Boolean> totalCessation() {
    if (abuseAtReview().isEmpty() || abuseAtIntake().types().isEmpty()) {
      return Optional.empty();
    }
    AbuseProfile review = abuseAtReview().get();
    if (!review.types().isEmpty()) {
      return Optional.of(false);
    }
    for (AbuseType type : abuseAtIntake().types()) {
      if (!review.isRecorded(type)) {
        return Optional.empty();
      }
    }
    return Optional.of(true);
  }

  /**
   * Whether abuse stopped or nearly stopped: every type present at T1 is absent at T2 or has fallen
   * to {@link Severity#STANDARD} from a higher level, and no type absent at T1 is present at T2.
   * False as soon as a type is present at T2 otherwise (it went on at the same or a higher level,
   * went on at moderate or high, or started); otherwise empty when there is no review, no abuse was
   * recorded at T1, or a type present at T1 was not recorded at T2. Total cessation is the case
   * where every type is absent, so a case with {@link #totalCessation()} true has this true too.
   *
   * <p><i>Safety in Numbers</i> (CAADA, 2009) reports "57% of all victims experiencing a complete or
   * near cessation in the abuse" without defining "near"; this is the library's reading, on the
   * four levels of {@link Severity}: what remains is at the lowest level and lower than it was.
   * Abuse recorded on two levels cannot be standard ({@link Severity#ofTwoLevels}), so for such
   * data this is total cessation.
   *
   * @return true when abuse stopped or fell to standard, false when it did not, or empty
   */
  public Optional<Boolean> completeOrNearCessation() {
    if (abuseAtReview().isEmpty() || abuseAtIntake().types().isEmpty()) {
      return Optional.empty();
    }
    AbuseProfile review = abuseAtReview().get();
    for (Map.Entry<AbuseType, Severity> e : review.present().entrySet()) {
      Optional<Severity> before = abuseAtIntake().severityOf(e.getKey());
      if (e.getValue() != Severity.STANDARD || before.isEmpty() || before.get() == Severity.STANDARD) {
        return Optional.of(false);
      }
    }
    for (AbuseType type : abuseAtIntake().types()) {
      if (!review.isRecorded(type)) {
        return Optional.empty();
      }
    }
    return Optional.of(true);
  }

  /**
   * How one type of abuse changed from intake to review: stopped, less severe (say high to
   * moderate, on the levels of {@link Severity}), the same, more severe, or started. Empty when
   * there is no review, the review did not record the type, or the type was absent at both.
   *
   * @param type the type of abuse
   * @return the change, or empty
   */
  public Optional<ChangeSinceIntake> severityChange(AbuseType type) {
    MissingValueException.require("type", type);
    if (abuseAtReview().isEmpty() || !abuseAtReview().get().isRecorded(type)) {
      return Optional.empty();
    }
    Optional<Severity> before = abuseAtIntake().severityOf(type);
    Optional<Severity> after = abuseAtReview().get().severityOf(type);
    if (before.isEmpty()) {
      return after.isEmpty() ? Optional.empty() : Optional.of(ChangeSinceIntake.STARTED);
    }
    if (after.isEmpty()) {
      return Optional.of(ChangeSinceIntake.STOPPED);
    }
    int c = after.get().compareTo(before.get());
    return Optional.of(c < 0 ? ChangeSinceIntake.LOWER : c == 0 ? ChangeSinceIntake.SAME : ChangeSinceIntake.HIGHER);
  }

  /**
   * How the risk level moved from intake to review.
   *
   * @return {@link ChangeSinceIntake#LOWER}, {@link ChangeSinceIntake#SAME} or
   *     {@link ChangeSinceIntake#HIGHER}, or empty when there is no review
   */
  public Optional<ChangeSinceIntake> riskLevelChange() {
    return levelAtReview().map(after -> {
      int c = after.compareTo(levelAtIntake());
      return c < 0 ? ChangeSinceIntake.LOWER : c == 0 ? ChangeSinceIntake.SAME : ChangeSinceIntake.HIGHER;
    });
  }

  /**
   * Refuses negative counts, and a review with abuse but no risk level or the other way round,
   * which would count a case as reviewed in one table and not in another.
   *
   * @throws InvalidInputException naming {@code interventions}, {@code significantContacts},
   *     {@code interventionKinds} or {@code levelAtReview}
   */
  @Value.Check
  protected void check() {
    for (String kind : interventionKinds()) {
      StableId.require("interventionKinds", kind);
    }
    if (!interventionKinds().isEmpty() && interventionKinds().size() != interventions()) {
      throw new InvalidInputException("interventionKinds", interventionKinds().size() + " kinds",
          "the kinds listed are the interventions counted, " + interventions());
    }
    if (interventions() < 0) {
      throw new InvalidInputException("interventions", interventions(), "a count cannot be negative");
    }
    if (significantContacts() < 0) {
      throw new InvalidInputException("significantContacts", significantContacts(), "a count cannot be negative");
    }
    if (!abuseAtIntake().notRecorded().isEmpty()) {
      throw new InvalidInputException("abuseAtIntake.notRecorded", abuseAtIntake().notRecorded(),
          "intake records every type of abuse, present or absent; only a review may leave one not recorded");
    }
    if (abuseAtReview().isEmpty() && !riskFactorsAtReview().isEmpty()) {
      throw new InvalidInputException("riskFactorsAtReview", riskFactorsAtReview(), "a case with no review has no risk factors at review");
    }
    if (abuseAtReview().isPresent() != levelAtReview().isPresent()) {
      throw new InvalidInputException("levelAtReview", levelAtReview(), "a review records both abuse and risk level, or neither");
    }
  }
}
