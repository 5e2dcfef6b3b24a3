package org.safeguard.core.assessment;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.safeguard.core.internal.ValueStyle;
import org.safeguard.model.Band;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.RiskLevel;
import org.safeguard.model.Score;

/**
 * The result of assessing one response set. For an actuarial instrument: the score, the band it
 * fell in under the policy in force, the computed level, and any professional judgement that
 * raised it (the computed level is kept beside the final one; judgement only raises). For a
 * structured-professional-judgement instrument, which computes no level, the practitioner's
 * judgement sets the level. Either way {@link #level()} is always known.
 */
@Value.Immutable
@ValueStyle
public abstract class Assessment {
  /** Only the generated implementation in this package extends it. */
  Assessment() {}

  public abstract Score score();

  /** The policy band the score fell in; empty for an instrument that computes no level. */
  public abstract Optional<Band> band();

  /** The level the policy gives the score, before any judgement; empty when none is computed. */
  public abstract Optional<RiskLevel> computedLevel();

  /** Professional judgement: an override of the computed level, or the summary level itself. */
  public abstract Optional<ProfessionalJudgement> judgement();

  /** Judgements this one replaced, oldest first: each later one raised the level again. */
  public abstract List<ProfessionalJudgement> earlierJudgements();

  public abstract String policyId();

  public abstract String policyVersion();

  /** The level in force: the judgement's when there is one, otherwise the computed level. */
  @Value.Derived
  public RiskLevel level() {
    if (judgement().isPresent()) {
      return judgement().get().level();
    }
    return computedLevel().orElseThrow(() -> new MissingValueException("computedLevel"));
  }

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Assessment}; building runs its checks. */
  public static final class Builder extends ImmutableAssessment.Builder {
    Builder() {}
  }

  /** True when judgement raised a computed level. */
  public boolean overridden() {
    return judgement().isPresent() && computedLevel().isPresent();
  }

  /**
   * This assessment with professional judgement applied.
   *
   * @throws RefusedOverrideException when the judgement would not raise the level in force
   */
  public Assessment raisedBy(ProfessionalJudgement judgement) {
    if (!judgement.level().isAbove(level())) {
      throw new RefusedOverrideException("judgement.level", judgement.level(),
          "professional judgement may only raise the level; it is " + level() + " now");
    }
    Assessment.Builder next = Assessment.builder().from(this).judgement(judgement);
    judgement().ifPresent(next::addEarlierJudgements);
    return next.build();
  }

  @Value.Check
  protected void check() {
    if (band().isPresent() != computedLevel().isPresent()) {
      throw new InvalidInputException("band", band(), "a computed level comes with the band that gave it");
    }
    if (band().isPresent() && (!band().get().contains(score().value()) || band().get().level() != computedLevel().get())) {
      throw new InvalidInputException("computedLevel", computedLevel().get(),
          "must be the level of the band " + band().get() + " that holds the score " + score().value());
    }
    if (judgement().isEmpty() && !earlierJudgements().isEmpty()) {
      throw new InvalidInputException("earlierJudgements", earlierJudgements().size(), "earlier judgements need a current one");
    }
    if (computedLevel().isEmpty() && judgement().isEmpty()) {
      throw new MissingValueException("judgement");
    }
    if (computedLevel().isPresent() && judgement().isPresent() && !judgement().get().level().isAbove(computedLevel().get())) {
      throw new RefusedOverrideException("judgement.level", judgement().get().level(),
          "professional judgement may only raise the level; the computed level is " + computedLevel().get());
    }
  }

  /** Says how the level came about, in one paragraph of plain words; no answers, no free text. */
  public String explain() {
    Score s = score();
    StringBuilder out = new StringBuilder();
    out.append("Score ").append(s.value()).append(" on ").append(s.instrumentId()).append(' ').append(s.instrumentVersion())
        .append(" (");
    if (s.rated()) {
      out.append(s.ratedCount()).append(" rated, ");
    } else {
      out.append(s.yesCount()).append(" yes, ").append(s.noCount()).append(" no, ");
    }
    out.append(s.notKnownCount()).append(" not known, ").append(s.notAskedCount()).append(" not asked)");
    s.category().ifPresent(c -> out.append(", the instrument's category ").append(c));
    if (band().isPresent()) {
      out.append(" is in band ").append(band().get()).append(" of policy ").append(policyId()).append(' ').append(policyVersion())
          .append(": computed level ").append(computedLevel().get()).append('.');
    } else {
      out.append("; the instrument computes no level: it is set by professional judgement.");
    }
    if (!s.valid()) {
      out.append(" The instrument marks this assessment invalid: ").append(s.invalidReason().orElse("too many answers are missing")).append('.');
    }
    judgement().ifPresent(j -> out.append(computedLevel().isPresent() ? " Raised to " : " Set to ").append(j.level())
        .append(" by professional judgement of assessor ").append(j.assessorId())
        .append(" at ").append(j.at())
        .append(j.reasons().isEmpty() ? "" : " for " + j.reasons())
        .append('.'));
    return out.toString();
  }
}
