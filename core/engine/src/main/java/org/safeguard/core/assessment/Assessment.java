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

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.safeguard.model.Band;
import org.safeguard.model.BandTable;
import org.safeguard.model.Instrument;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.Responses;
import org.safeguard.model.RiskLevel;
import org.safeguard.model.Score;
import org.safeguard.model.ThresholdPolicy;

/**
 * The result of assessing one response set. For an actuarial instrument: the score, the band it
 * fell in under the policy in force, the computed level, and any professional judgement that
 * raised it (the computed level is kept beside the final one; judgement only raises). For a
 * structured-professional-judgement instrument, which computes no level, the practitioner's
 * judgement sets the level.
 *
 * <p>Answers too few to compute a level from, by the instrument's own limit of answers not known
 * or by the policy's {@link org.safeguard.model.CompletenessRule}, give no computed level: the
 * assessment says {@linkplain #insufficientInformation() insufficient information} instead, never
 * standard risk, and {@link #level()} is empty until professional judgement sets one.
 *
 * <p>Immutable and thread-safe. An assessment made by the engine ({@link #of}) holds the score and
 * every count that explains it as plain numbers, so making one costs a single small object; the
 * {@link Score} view of them is made when first asked for. One rebuilt from storage goes through
 * {@link #builder()}, which checks the same rules.
 */
public final class Assessment {
  /** The instrument, for an assessment the engine made; null for one rebuilt from its parts. */
  private final @Nullable Instrument instrument;
  private final int value;
  /** The yes, no, not known, not asked and rated counts, a byte each; kept while the score is not made. */
  private final long counts;
  private final @Nullable Band band;
  /** Why answers too few for a level gave none; null when they were enough, or the instrument computes no level. */
  private final @Nullable String insufficient;
  /** Whether the policy's bands mark the high-risk threshold only ({@link ThresholdPolicy#highRiskThresholdOnly()}). */
  private final boolean thresholdOnly;
  /** The policy, for an assessment the engine made; null for one rebuilt from its parts. */
  private final @Nullable ThresholdPolicy policy;
  /** Judgement and the parts of a rebuilt assessment; null for a plain one the engine made. */
  private final @Nullable Extra extra;
  /** The score: given when rebuilt, else made from the counts on first call; racy but safe, as it is immutable. */
  private @Nullable Score score;

  /** What only some assessments have, kept apart so the common one stays a small object. */
  private record Extra(@Nullable ProfessionalJudgement judgement, List<ProfessionalJudgement> earlierJudgements, String policyId,
      String policyVersion) {}

  /** What the engine makes ({@link Banding}): one small object, the counts packed, the score's view left for later. */
  Assessment(Instrument instrument, int value, long counts, @Nullable Band band, @Nullable String insufficient, ThresholdPolicy policy) {
    this.instrument = instrument;
    this.value = value;
    this.counts = counts;
    this.band = band;
    this.insufficient = insufficient;
    this.thresholdOnly = policy.highRiskThresholdOnly();
    this.policy = policy;
    this.extra = null;
  }

  private Assessment(@Nullable Instrument instrument, int value, long counts, @Nullable Band band, @Nullable String insufficient,
      boolean thresholdOnly, @Nullable ThresholdPolicy policy, @Nullable Extra extra, @Nullable Score score) {
    this.instrument = instrument;
    this.value = value;
    this.counts = counts;
    this.band = band;
    this.insufficient = insufficient;
    this.thresholdOnly = thresholdOnly;
    this.policy = policy;
    this.extra = extra;
    this.score = score;
  }

  /** A copy with another judgement in force and the earlier ones given; every other part kept. */
  private Assessment withJudgement(ProfessionalJudgement next, List<ProfessionalJudgement> earlier) {
    return new Assessment(instrument, value, counts, band, insufficient, thresholdOnly, policy,
        new Extra(next, earlier, policyId(), policyVersion()), score);
  }

  private @Nullable ProfessionalJudgement judgementOrNull() {
    return extra == null ? null : extra.judgement();
  }

  private static final int COUNT_BITS = 8;
  private static final long COUNT_MASK = (1L << COUNT_BITS) - 1;

  /** The five counts in one long; each is at most 64, the most items an instrument has. */
  static long pack(int yes, int no, int notKnown, int notAsked, int rated) {
    return yes | (long) no << COUNT_BITS | (long) notKnown << 2 * COUNT_BITS | (long) notAsked << 3 * COUNT_BITS
        | (long) rated << 4 * COUNT_BITS;
  }

  private int count(int which) {
    return (int) (counts >>> which * COUNT_BITS & COUNT_MASK);
  }

  /**
   * Scores a response set with its instrument's rule and places the score in a band table of a
   * policy: what {@code Safeguard.assess} does once it has picked the policy in force and the
   * table for the agency that completed the checklist. Pure: the same arguments give an equal
   * assessment. To assess many answer sets under one table, keep a {@link Banding}.
   *
   * @param responses the answers
   * @param bands the policy's band table for the responses' instrument
   * @param policy the policy the table belongs to
   * @return the explained assessment
   * @throws InvalidInputException when the table is for another instrument, when the instrument
   *     computes no level (assess with a judgement instead), or when the instrument's scoring rule
   *     marks these answers invalid, so that no level is computed from them
   */
  public static Assessment of(Responses responses, BandTable bands, ThresholdPolicy policy) {
    MissingValueException.require("bands", bands);
    MissingValueException.require("policy", policy);
    return Banding.of(MissingValueException.require("responses", responses).instrument(), bands, policy).assess(responses);
  }

  /**
   * Assesses with the practitioner's judgement: the summary level of an instrument that computes
   * no level or of answers it marks invalid, or else an override that must raise the level the
   * table gives.
   *
   * @param responses the answers
   * @param bands the policy's band table for the instrument, when the policy sets one; it is not
   *     needed when the instrument computes no level
   * @param policy the policy in force
   * @param judgement the practitioner's judgement
   * @return the explained assessment
   * @throws RefusedOverrideException when the judgement would not raise a computed level
   */
  public static Assessment of(Responses responses, Optional<BandTable> bands, ThresholdPolicy policy, ProfessionalJudgement judgement) {
    MissingValueException.require("policy", policy);
    Instrument instrument = MissingValueException.require("responses", responses).instrument();
    MissingValueException.require("judgement", judgement);
    MissingValueException.require("bands", bands);
    int notKnown = responses.notKnownCount();
    int limit = instrument.notKnownLimit().orElse(Integer.MAX_VALUE);
    if (instrument.computesLevel() && bands.isEmpty() && notKnown >= limit) {
      // too little known to band, so no table is needed: the judgement sets the level
      return builder()
          .score(Score.builder().from(instrument.score(responses)).invalidReason(Optional.empty()).build())
          .insufficientInformation(Banding.overNotKnownLimit(instrument, notKnown, limit))
          .judgement(judgement)
          .policyId(policy.id())
          .policyVersion(policy.version())
          .highRiskThresholdOnly(policy.highRiskThresholdOnly())
          .build();
    }
    if (instrument.computesLevel() && (notKnown >= limit || instrument.invalidReason(responses).isEmpty())) {
      BandTable table = bands.orElseThrow(() -> new InvalidInputException(
          "responses.instrument", instrument.id(), "threshold policy " + policy.id() + " " + policy.version()
              + " sets no bands for this instrument"));
      return of(responses, table, policy).raisedBy(judgement);
    }
    return builder()
        .score(instrument.score(responses))
        .judgement(judgement)
        .policyId(policy.id())
        .policyVersion(policy.version())
        .build();
  }

  /**
   * The score, with the count of each kind of answer, the instrument's category and its validity.
   *
   * @return the score
   */
  public Score score() {
    Score s = score;
    if (s == null) {
      // only an assessment the engine made has no score yet, and it has its instrument
      Instrument made = Objects.requireNonNull(instrument);
      s = Score.builder()
          .instrumentId(made.id())
          .instrumentVersion(made.version())
          .value(value)
          .yesCount(count(0))
          .noCount(count(1))
          .notKnownCount(count(2))
          .notAskedCount(count(3))
          .ratedCount(count(4))
          .rated(instrument.ratingScale().isPresent())
          .category(instrument.categoryFor(value))
          .build();
      score = s;
    }
    return s;
  }

  /**
   * The policy band the score fell in.
   *
   * @return the band, or empty for an instrument that computes no level
   */
  public Optional<Band> band() {
    return Optional.ofNullable(band);
  }

  /**
   * The level the policy gives the score, before any judgement.
   *
   * @return the band's level, or empty when none is computed
   */
  public Optional<RiskLevel> computedLevel() {
    return band == null ? Optional.empty() : Optional.of(band.level());
  }

  /**
   * Why no level was computed from the answers: too few of them, by the instrument's limit of
   * answers not known or by the policy's completeness rule. Such an assessment is not standard
   * risk; it has no level until professional judgement sets one.
   *
   * @return the reason, counting answers and naming none, for example {@code "6 items answered,
   *     the policy asks for at least 18"}; empty when the answers were enough, or the instrument
   *     computes no level
   */
  public Optional<String> insufficientInformation() {
    return Optional.ofNullable(insufficient);
  }

  /**
   * Whether the score fell below the visible high-risk threshold of a policy whose bands mark that
   * threshold only ({@link ThresholdPolicy#highRiskThresholdOnly()}), such as SafeLives': the
   * computed level reads {@link RiskLevel#STANDARD} for counting, but the finding is that the
   * threshold was not reached, not that the risk is standard, and professional judgement applies.
   *
   * @return true when the computed level is below high under such a policy
   */
  public boolean belowHighRiskThreshold() {
    return thresholdOnly && band != null && band.level() != RiskLevel.HIGH;
  }

  /**
   * Whether the policy the assessment was made under marks the high-risk threshold only
   * ({@link ThresholdPolicy#highRiskThresholdOnly()}), so that a computed level below high means
   * the threshold was not reached.
   *
   * @return true under such a policy
   */
  public boolean highRiskThresholdOnly() {
    return thresholdOnly;
  }

  /**
   * Professional judgement: an override of the computed level, or the summary level itself.
   *
   * @return the judgement in force, or empty when there is none
   */
  public Optional<ProfessionalJudgement> judgement() {
    return Optional.ofNullable(judgementOrNull());
  }

  /**
   * Judgements the one in force replaced, oldest first: each later one raised the level again.
   *
   * @return an unmodifiable list, empty when judgement was applied once or not at all
   */
  public List<ProfessionalJudgement> earlierJudgements() {
    return extra == null ? List.of() : extra.earlierJudgements();
  }

  /**
   * The id of the threshold policy the assessment was made under.
   *
   * @return the policy id, for example {@code safelives}
   */
  public String policyId() {
    // an assessment rebuilt from its parts has no policy but keeps its id and version
    return policy != null ? policy.id() : Objects.requireNonNull(extra).policyId();
  }

  /**
   * The version of that policy.
   *
   * @return the policy version
   */
  public String policyVersion() {
    return policy != null ? policy.version() : Objects.requireNonNull(extra).policyVersion();
  }

  /**
   * The level in force: the judgement's when there is one, otherwise the computed level.
   *
   * @return the level, or empty when the answers gave {@linkplain #insufficientInformation()
   *     insufficient information} and no judgement has set one
   */
  public Optional<RiskLevel> level() {
    ProfessionalJudgement judgement = judgementOrNull();
    if (judgement != null) {
      return Optional.of(judgement.level());
    }
    return band == null ? Optional.empty() : Optional.of(band.level());
  }

  /**
   * Whether judgement raised a computed level.
   *
   * @return true when there is both a computed level and a judgement
   */
  public boolean overridden() {
    return judgementOrNull() != null && band != null;
  }

  /**
   * This assessment with professional judgement applied; this one is unchanged.
   *
   * @param next the practitioner's judgement
   * @return a new assessment with the judgement in force and any earlier one kept
   * @throws RefusedOverrideException when the judgement would not raise the level in force; an
   *     assessment with no level yet takes any
   */
  public Assessment raisedBy(ProfessionalJudgement next) {
    MissingValueException.require("next", next);
    Optional<RiskLevel> now = level();
    if (now.isPresent() && !next.level().isAbove(now.get())) {
      throw new RefusedOverrideException("judgement.level", next.level(),
          "professional judgement may only raise the level; it is " + now.get() + " now");
    }
    List<ProfessionalJudgement> earlier = earlierJudgements();
    ProfessionalJudgement judgement = judgementOrNull();
    if (judgement != null) {
      List<ProfessionalJudgement> all = new ArrayList<>(earlier);
      all.add(judgement);
      earlier = Collections.unmodifiableList(all);
    }
    return withJudgement(next, earlier);
  }

  /**
   * Says how the level came about, in one paragraph of plain words; no answers, no free text.
   *
   * @return the explanation
   */
  public String explain() {
    Score s = score();
    StringBuilder out = new StringBuilder();
    out.append("Score ").append(s.value()).append(" on ").append(s.instrumentId()).append(' ').append(s.instrumentVersion()).append(" (");
    if (s.rated()) {
      out.append(s.ratedCount()).append(" rated, ");
    } else {
      out.append(s.yesCount()).append(" yes, ").append(s.noCount()).append(" no, ");
    }
    out.append(s.notKnownCount()).append(" not known, ").append(s.notAskedCount()).append(" not asked)");
    if (s.category().isPresent()) {
      out.append(", the instrument's category ").append(s.category().get());
    }
    if (band != null && belowHighRiskThreshold()) {
      out.append(" is in band ").append(band).append(" of policy ").append(policyId()).append(' ').append(policyVersion())
          .append(": below the visible high-risk threshold, not a finding of standard risk; professional judgement applies"
              + " (counted as ").append(band.level()).append(").");
    } else if (band != null) {
      out.append(" is in band ").append(band).append(" of policy ").append(policyId()).append(' ').append(policyVersion())
          .append(": computed level ").append(band.level()).append('.');
    } else if (insufficient != null) {
      out.append(": insufficient information for a level under policy ").append(policyId()).append(' ').append(policyVersion())
          .append(" (").append(insufficient).append("); not a finding of standard risk.");
    } else {
      out.append("; the instrument computes no level: it is set by professional judgement.");
    }
    if (s.invalidReason().isPresent()) {
      out.append(" The instrument marks this assessment invalid: ").append(s.invalidReason().get()).append('.');
    }
    ProfessionalJudgement judgement = judgementOrNull();
    if (judgement == null && insufficient != null) {
      out.append(" No level until professional judgement sets one.");
    }
    if (judgement != null) {
      out.append(band != null ? " Raised to " : " Set to ").append(judgement.level())
          .append(" by professional judgement of assessor ").append(judgement.assessorId())
          .append(" at ").append(judgement.at())
          .append(judgement.reasons().isEmpty() ? "" : " for " + judgement.reasons())
          .append('.');
    }
    return out.toString();
  }

  /** Equal when every part is: the score and its counts, band, judgements and policy. */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Assessment)) {
      return false;
    }
    Assessment a = (Assessment) o;
    return score().equals(a.score()) && Objects.equals(band, a.band) && Objects.equals(insufficient, a.insufficient)
        && thresholdOnly == a.thresholdOnly && Objects.equals(judgementOrNull(), a.judgementOrNull())
        && earlierJudgements().equals(a.earlierJudgements()) && policyId().equals(a.policyId())
        && policyVersion().equals(a.policyVersion());
  }

  @Override
  public int hashCode() {
    return Objects.hash(score(), band, insufficient, thresholdOnly, judgementOrNull(), earlierJudgements(), policyId(), policyVersion());
  }

  /** Counts, band, levels and policy; a judgement's rationale stays redacted, and no answer appears. */
  @Override
  public String toString() {
    return "Assessment{score=" + score() + ", band=" + band() + ", computedLevel=" + computedLevel()
        + ", insufficientInformation=" + insufficientInformation() + ", belowHighRiskThreshold=" + belowHighRiskThreshold()
        + ", judgement=" + judgement()
        + ", earlierJudgements=" + earlierJudgements() + ", policyId=" + policyId() + ", policyVersion=" + policyVersion() + "}";
  }

  /**
   * Starts a builder, for an assessment rebuilt from storage; the engine makes new ones.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an assessment from its parts, as stored. Building checks the rules every assessment
   * keeps: a computed level comes with the band that gave it and is that band's level, the band
   * holds the score, there is a computed level or a judgement, and judgement only raises.
   */
  public static final class Builder {
    private @Nullable Score score;
    private @Nullable Band band;
    private @Nullable RiskLevel computedLevel;
    private @Nullable String insufficient;
    private boolean thresholdOnly;
    private @Nullable ProfessionalJudgement judgement;
    private final List<ProfessionalJudgement> earlier = new ArrayList<>();
    private @Nullable String policyId;
    private @Nullable String policyVersion;

    private Builder() {}

    /**
     * Copies every part of an assessment.
     *
     * @param assessment the assessment to copy
     * @return this builder
     */
    public Builder from(Assessment assessment) {
      MissingValueException.require("assessment", assessment);
      score = assessment.score();
      band = assessment.band;
      computedLevel = assessment.band == null ? null : assessment.band.level();
      insufficient = assessment.insufficient;
      thresholdOnly = assessment.thresholdOnly;
      judgement = assessment.judgementOrNull();
      earlier.clear();
      earlier.addAll(assessment.earlierJudgements());
      policyId = assessment.policyId();
      policyVersion = assessment.policyVersion();
      return this;
    }

    /**
     * The score, with its counts.
     *
     * @param score the score
     * @return this builder
     */
    public Builder score(Score score) {
      this.score = MissingValueException.require("score", score);
      return this;
    }

    /**
     * The band the score fell in.
     *
     * @param band the band
     * @return this builder
     */
    public Builder band(Band band) {
      this.band = MissingValueException.require("band", band);
      return this;
    }

    /**
     * The band the score fell in, or none for an instrument that computes no level.
     *
     * @param band the band, or empty
     * @return this builder
     */
    public Builder band(Optional<Band> band) {
      this.band = MissingValueException.require("band", band).orElse(null);
      return this;
    }

    /**
     * The level the band gives; must be the band's.
     *
     * @param level the computed level
     * @return this builder
     */
    public Builder computedLevel(RiskLevel level) {
      this.computedLevel = MissingValueException.require("computedLevel", level);
      return this;
    }

    /**
     * The computed level, or none for an instrument that computes no level.
     *
     * @param level the computed level, or empty
     * @return this builder
     */
    public Builder computedLevel(Optional<RiskLevel> level) {
      this.computedLevel = MissingValueException.require("computedLevel", level).orElse(null);
      return this;
    }

    /**
     * Why the answers gave no level: they were too few ({@link Assessment#insufficientInformation()}).
     *
     * @param reason the reason as the assessment gave it
     * @return this builder
     */
    public Builder insufficientInformation(String reason) {
      this.insufficient = MissingValueException.require("insufficientInformation", reason);
      return this;
    }

    /**
     * Why the answers gave no level, or empty when they were enough.
     *
     * @param reason the reason, or empty
     * @return this builder
     */
    public Builder insufficientInformation(Optional<String> reason) {
      this.insufficient = MissingValueException.require("insufficientInformation", reason).orElse(null);
      return this;
    }

    /**
     * Whether the policy's bands mark the high-risk threshold only, as
     * {@link ThresholdPolicy#highRiskThresholdOnly()} of the policy the assessment was made under.
     *
     * @param thresholdOnly true for such a policy; false (the default) for bands that are levels
     * @return this builder
     */
    public Builder highRiskThresholdOnly(boolean thresholdOnly) {
      this.thresholdOnly = thresholdOnly;
      return this;
    }

    /**
     * The judgement in force.
     *
     * @param judgement the judgement
     * @return this builder
     */
    public Builder judgement(ProfessionalJudgement judgement) {
      this.judgement = MissingValueException.require("judgement", judgement);
      return this;
    }

    /**
     * The judgement in force, or none.
     *
     * @param judgement the judgement, or empty
     * @return this builder
     */
    public Builder judgement(Optional<ProfessionalJudgement> judgement) {
      this.judgement = MissingValueException.require("judgement", judgement).orElse(null);
      return this;
    }

    /**
     * Adds judgements the one in force replaced, oldest first.
     *
     * @param earlierJudgements the earlier judgements
     * @return this builder
     */
    public Builder addEarlierJudgements(ProfessionalJudgement... earlierJudgements) {
      for (ProfessionalJudgement j : MissingValueException.require("earlierJudgements", earlierJudgements)) {
        earlier.add(MissingValueException.require("earlierJudgements", j));
      }
      return this;
    }

    /**
     * Sets the judgements the one in force replaced, oldest first, replacing any added before.
     *
     * @param judgements the earlier judgements
     * @return this builder
     */
    public Builder earlierJudgements(Iterable<? extends ProfessionalJudgement> judgements) {
      earlier.clear();
      for (ProfessionalJudgement j : MissingValueException.require("earlierJudgements", judgements)) {
        earlier.add(MissingValueException.require("earlierJudgements", j));
      }
      return this;
    }

    /**
     * The id of the policy the assessment was made under.
     *
     * @param id the policy id
     * @return this builder
     */
    public Builder policyId(String id) {
      this.policyId = MissingValueException.require("policyId", id);
      return this;
    }

    /**
     * The version of that policy.
     *
     * @param version the policy version
     * @return this builder
     */
    public Builder policyVersion(String version) {
      this.policyVersion = MissingValueException.require("policyVersion", version);
      return this;
    }

    /** The longest reason a rebuilt assessment takes: the engine's own are far shorter. */
    private static final int MAX_REASON_LENGTH = 300;

    private static boolean isOneLine(String reason) {
      if (reason.isEmpty() || reason.length() > MAX_REASON_LENGTH) {
        return false;
      }
      for (int i = 0; i < reason.length(); i++) {
        char c = reason.charAt(i);
        if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
          return false;
        }
      }
      return true;
    }

    /**
     * Checks the parts and builds the assessment.
     *
     * @return the assessment
     * @throws MissingValueException when the score, policy id or version is unset, or there is
     *     neither a computed level nor a judgement nor a reason the information was insufficient
     * @throws InvalidInputException when the band and computed level disagree, the band does
     *     not hold the score, or insufficient information comes with a computed level
     * @throws RefusedOverrideException when the judgement does not raise the computed level
     */
    public Assessment build() {
      Score given = MissingValueException.require("score", score);
      String id = MissingValueException.require("policyId", policyId);
      String version = MissingValueException.require("policyVersion", policyVersion);
      if ((band == null) != (computedLevel == null)) {
        throw new InvalidInputException("band", Optional.ofNullable(band), "a computed level comes with the band that gave it");
      }
      if (band != null && (!band.contains(given.value()) || band.level() != computedLevel)) {
        throw new InvalidInputException("computedLevel", computedLevel,
            "must be the level of the band " + band + " that holds the score " + given.value());
      }
      if (judgement == null && !earlier.isEmpty()) {
        throw new InvalidInputException("earlierJudgements", earlier.size(), "earlier judgements need a current one");
      }
      if (insufficient != null && band != null) {
        throw new InvalidInputException("insufficientInformation", insufficient, "answers too few for a level have no computed level");
      }
      if (insufficient != null && !isOneLine(insufficient)) {
        throw new InvalidInputException("insufficientInformation", insufficient,
            "a reason is one line of 1 to " + MAX_REASON_LENGTH + " characters, with no control characters");
      }
      if (computedLevel == null && judgement == null && insufficient == null) {
        throw new MissingValueException("judgement");
      }
      if (computedLevel != null && judgement != null && !judgement.level().isAbove(computedLevel)) {
        throw new RefusedOverrideException("judgement.level", judgement.level(),
            "professional judgement may only raise the level; the computed level is " + computedLevel);
      }
      return new Assessment(null, given.value(), 0L, band, insufficient, thresholdOnly, null,
          new Extra(judgement, List.copyOf(earlier), id, version), given);
    }
  }
}
