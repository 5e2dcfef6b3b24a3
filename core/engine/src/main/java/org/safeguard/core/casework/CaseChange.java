package org.safeguard.core.casework;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.safeguard.core.internal.ValueStyle;
import org.safeguard.core.marac.MaracDecision;

/**
 * What a command returns: the case as it now is, the events that took it there, and, for a MARAC
 * screen, the decision.
 */
@Value.Immutable
@ValueStyle
public abstract class CaseChange {
  /** Only the generated implementation in this package extends it. */
  CaseChange() {}

  /**
   * The case as the command left it; the case passed in when the command changed nothing.
   *
   * @return the case after the command
   */
  public abstract CaseFile caseFile();

  /**
   * The events the command caused, for the embedding system to persist; empty when nothing changed.
   *
   * @return the events, in the order they happened
   */
  public abstract List<CaseEvent> events();

  /**
   * The MARAC screen's decision, present after a screen whether or not it made a referral.
   *
   * @return the decision, or empty after any other command
   */
  public abstract Optional<MaracDecision> maracDecision();

  /**
   * Starts a builder.
   *
   * @return an empty builder; {@code build()} checks the value
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CaseChange}; building runs its checks. */
  public static final class Builder extends ImmutableCaseChange.Builder {
    Builder() {}
  }
}
