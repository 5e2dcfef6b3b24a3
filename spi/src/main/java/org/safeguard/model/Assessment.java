package org.safeguard.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of assessing one response set: the score, the band it fell in under the policy in
 * force, the computed level, and any professional-judgement override with the level it set. The
 * computed level is kept beside the final one; an override can only raise.
 */
@Value.Immutable
@ModelStyle
public abstract class Assessment {
  public abstract Score score();

  /** The band the score fell in. */
  public abstract Band band();

  /** The level the policy gives the score, before any judgement. */
  public abstract RiskLevel computedLevel();

  public abstract Optional<JudgementOverride> override();

  public abstract String policyId();

  public abstract String policyVersion();

  /** The level in force: the override's when there is one, otherwise the computed level. */
  @Value.Derived
  public RiskLevel level() {
    return override().map(JudgementOverride::level).orElse(computedLevel());
  }

  public static ImmutableAssessment.Builder builder() {
    return ImmutableAssessment.builder();
  }

  /**
   * This assessment with a professional-judgement override applied.
   *
   * @throws RefusedOverrideException when the override would not raise the level in force
   */
  public Assessment raisedBy(JudgementOverride judgement) {
    if (!judgement.level().isAbove(level())) {
      throw new RefusedOverrideException("override.level", judgement.level(),
          "professional judgement may only raise the level; it is " + level() + " now");
    }
    return ImmutableAssessment.copyOf(this).withOverride(judgement);
  }

  @Value.Check
  protected void check() {
    if (override().isPresent() && !override().get().level().isAbove(computedLevel())) {
      throw new RefusedOverrideException("override.level", override().get().level(),
          "professional judgement may only raise the level; the computed level is " + computedLevel());
    }
  }

  /** Says how the level came about, in one paragraph of plain words; no answers, no free text. */
  public String explain() {
    Score s = score();
    StringBuilder out = new StringBuilder();
    out.append("Score ").append(s.value()).append(" on ").append(s.instrumentId()).append(' ').append(s.instrumentVersion())
        .append(" (").append(s.yesCount()).append(" yes, ").append(s.noCount()).append(" no, ")
        .append(s.notKnownCount()).append(" not known, ").append(s.notAskedCount()).append(" not asked)")
        .append(" is in band ").append(band()).append(" of policy ").append(policyId()).append(' ').append(policyVersion())
        .append(": computed level ").append(computedLevel()).append('.');
    if (!s.valid()) {
      out.append(" The instrument marks this assessment invalid: too many answers are not known.");
    }
    override().ifPresent(o -> out.append(" Raised to ").append(o.level())
        .append(" by professional judgement of assessor ").append(o.assessorId())
        .append(" at ").append(o.at())
        .append(o.reasons().isEmpty() ? "" : " for " + o.reasons())
        .append('.'));
    return out.toString();
  }
}
