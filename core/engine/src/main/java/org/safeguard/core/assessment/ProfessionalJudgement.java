package org.safeguard.core.assessment;

import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;
import org.safeguard.core.internal.ValueStyle;
import org.safeguard.model.RiskLevel;

/**
 * A practitioner's professional judgement of a risk level. On an actuarial instrument it can
 * raise the computed level but never lower it (SafeLives; reference/instruments.md sections 1.5
 * and 9.5); on a structured-professional-judgement instrument, which computes no level, it is the
 * summary level itself. Who, when and why are always required. The rationale is free text and is
 * redacted from {@code toString()} so it cannot reach a log by accident.
 */
@Value.Immutable
@ValueStyle
public abstract class ProfessionalJudgement {
  /** Only the generated implementation in this package extends it. */
  ProfessionalJudgement() {}

  /** The level the practitioner sets. */
  public abstract RiskLevel level();

  /** The assessor's id in the embedding system (never a name). */
  public abstract String assessorId();

  /** Why, in the practitioner's words. Never logged. */
  @Value.Redacted
  public abstract String rationale();

  /** Structured reasons, shown in decisions in place of the free text. */
  public abstract List<JudgementReason> reasons();

  public abstract Instant at();

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProfessionalJudgement}; building runs its checks. */
  public static final class Builder extends ImmutableProfessionalJudgement.Builder {
    Builder() {}
  }

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
