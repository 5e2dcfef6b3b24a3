package org.safeguard.core.marac;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.safeguard.core.assessment.JudgementReason;
import org.safeguard.core.internal.ValueStyle;

/** One MARAC route that fired, with the evidence that made it fire. */
@Value.Immutable
@ValueStyle
public abstract class RouteFinding {
  /** Only the generated implementation in this package extends it. */
  RouteFinding() {}

  public abstract MaracRoute route();

  /** The evidence in one sentence, with no personal data. */
  public abstract String explanation();

  /** Visible high risk: the score. */
  public abstract OptionalInt score();

  /** Potential escalation: the number of incidents counted in the window. */
  public abstract OptionalInt incidentsCounted();

  /** Potential escalation: the first day of the window. */
  public abstract Optional<LocalDate> windowStart();

  /** Repeat: the date of the last referral. */
  public abstract Optional<LocalDate> lastReferral();

  /** Repeat: the date of the qualifying incident. */
  public abstract Optional<LocalDate> incidentDate();

  /** Professional judgement: the assessor's id and structured reasons. */
  public abstract Optional<String> assessorId();

  public abstract List<JudgementReason> reasons();

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RouteFinding}; building runs its checks. */
  public static final class Builder extends ImmutableRouteFinding.Builder {
    Builder() {}
  }
}
