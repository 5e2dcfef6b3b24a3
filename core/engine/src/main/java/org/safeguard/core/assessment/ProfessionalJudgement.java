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
package org.safeguard.core.assessment;

import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.ModelStyle;
import org.safeguard.model.RiskLevel;

/**
 * A practitioner's professional judgement of a risk level. On an actuarial instrument it can
 * raise the computed level but never lower it (SafeLives, <i>Marac referral criteria and
 * form</i>); on a structured-professional-judgement instrument, which computes no level, it is the
 * summary level itself. Who, when and why are always required, so that every change to a level
 * can be accounted for. The rationale is free text and is redacted from {@code toString()} so it
 * cannot reach a log by accident.
 */
@Value.Immutable
@ModelStyle
public abstract class ProfessionalJudgement {
  /** Only the generated implementation in this package extends it. */
  ProfessionalJudgement() {}

  /**
   * The level the practitioner sets.
   *
   * @return the level
   */
  public abstract RiskLevel level();

  /**
   * The assessor's id in the embedding system (never a name), so that a judgement can be traced to
   * the person accountable for it without the library holding who they are.
   *
   * @return the assessor's id; never blank
   */
  public abstract String assessorId();

  /**
   * Why, in the practitioner's words. Never logged.
   *
   * @return the rationale; never blank
   */
  @Value.Redacted
  public abstract String rationale();

  /**
   * Structured reasons, shown in decisions in place of the free text.
   *
   * @return the reasons, in the order given; may be empty
   */
  public abstract List<JudgementReason> reasons();

  /**
   * When the judgement was made, for the record of who changed a level, when and why.
   *
   * @return the moment of the judgement
   */
  public abstract Instant at();

  /**
   * Starts a builder.
   *
   * @return an empty builder; level, assessor, rationale and time must all be set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ProfessionalJudgement}; building runs its checks. Every method refuses null with a
   * {@link MissingValueException} naming the attribute, before it changes anything.
   */
  public static final class Builder {
    private final ImmutableProfessionalJudgement.Builder generated = new ImmutableProfessionalJudgement.Builder();

    Builder() {}

    /**
     * Fills this builder from {@code instance}: each value is set, and each element or entry of a
     * collection is added to those already here.
     *
     * @param instance the value to start from
     * @return this builder
     */
    public Builder from(ProfessionalJudgement instance) {
      generated.from(MissingValueException.require("instance", instance));
      return this;
    }

    /**
     * Sets {@link ProfessionalJudgement#level() level}.
     *
     * @param level the value
     * @return this builder
     */
    public Builder level(RiskLevel level) {
      generated.level(MissingValueException.require("level", level));
      return this;
    }

    /**
     * Sets {@link ProfessionalJudgement#assessorId() assessorId}.
     *
     * @param assessorId the value
     * @return this builder
     */
    public Builder assessorId(String assessorId) {
      generated.assessorId(MissingValueException.require("assessorId", assessorId));
      return this;
    }

    /**
     * Sets {@link ProfessionalJudgement#rationale() rationale}.
     *
     * @param rationale the value
     * @return this builder
     */
    public Builder rationale(String rationale) {
      generated.rationale(MissingValueException.require("rationale", rationale));
      return this;
    }

    /**
     * Adds one element to {@link ProfessionalJudgement#reasons() reasons}.
     *
     * @param reasons the element
     * @return this builder
     */
    public Builder addReasons(JudgementReason reasons) {
      generated.addReasons(MissingValueException.require("reasons", reasons));
      return this;
    }

    /**
     * Adds these elements to {@link ProfessionalJudgement#reasons() reasons}.
     *
     * @param reasons the elements, none of them null
     * @return this builder
     */
    public Builder addReasons(JudgementReason... reasons) {
      generated.addReasons(MissingValueException.requireElements("reasons", reasons));
      return this;
    }

    /**
     * Replaces the elements of {@link ProfessionalJudgement#reasons() reasons} with these.
     *
     * @param reasons the elements, none of them null
     * @return this builder
     */
    public Builder reasons(Iterable<? extends JudgementReason> reasons) {
      generated.reasons(MissingValueException.requireList("reasons", reasons));
      return this;
    }

    /**
     * Adds these elements to {@link ProfessionalJudgement#reasons() reasons}.
     *
     * @param reasons the elements, none of them null
     * @return this builder
     */
    public Builder addAllReasons(Iterable<? extends JudgementReason> reasons) {
      generated.addAllReasons(MissingValueException.requireList("reasons", reasons));
      return this;
    }

    /**
     * Sets {@link ProfessionalJudgement#at() at}.
     *
     * @param at the value
     * @return this builder
     */
    public Builder at(Instant at) {
      generated.at(MissingValueException.require("at", at));
      return this;
    }

    /**
     * Builds the value and runs its checks.
     *
     * @return the value
     * @throws InvalidInputException when a required attribute is unset (a {@link MissingValueException})
     *     or the value breaks a rule of its type
     */
    public ProfessionalJudgement build() {
      return generated.build();
    }
  }

  /**
   * Run when a judgement is built: a judgement that names no assessor or gives no reason in words
   * cannot be accounted for, so it is refused. The error never repeats the rationale.
   *
   * @throws RefusedOverrideException when the assessor id or the rationale is blank
   */
  @Value.Check
  protected void check() {
    if (assessorId().isBlank()) {
      throw new RefusedOverrideException("judgement.assessorId", assessorId(), "a judgement names the assessor who made it");
    }
    if (rationale().isBlank()) {
      throw new RefusedOverrideException("judgement.rationale", "<blank>", "a judgement gives the assessor's rationale");
    }
  }
}
