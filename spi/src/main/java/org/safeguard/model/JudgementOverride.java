package org.safeguard.model;

import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/**
 * A practitioner's professional judgement that raises a computed level. Judgement may raise a
 * level but never lower an actuarial result (SafeLives; reference/instruments.md sections 1.5 and
 * 9.5). Who, when and why are required. The rationale is free text and is redacted from
 * {@code toString()} so it cannot reach a log by accident.
 */
@Value.Immutable
@ModelStyle
public abstract class JudgementOverride {
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

  public static ImmutableJudgementOverride.Builder builder() {
    return ImmutableJudgementOverride.builder();
  }

  @Value.Check
  protected void check() {
    if (assessorId().isBlank()) {
      throw new RefusedOverrideException("override.assessorId", assessorId(), "an override names the assessor who made it");
    }
    if (rationale().isBlank()) {
      throw new RefusedOverrideException("override.rationale", "<blank>", "an override gives the assessor's rationale");
    }
  }
}
