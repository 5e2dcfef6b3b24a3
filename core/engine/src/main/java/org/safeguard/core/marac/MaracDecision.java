package org.safeguard.core.marac;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.safeguard.core.internal.ValueStyle;

/**
 * The MARAC screen's decision over a case history and an assessment: the outcome and every route
 * that fired, each with its evidence. Under the minimum age the outcome is children's
 * safeguarding, and the routes that fired are still listed.
 */
@Value.Immutable
@ValueStyle
public abstract class MaracDecision {
  /** Only the generated implementation in this package extends it. */
  MaracDecision() {}

  public abstract MaracOutcome outcome();

  /** Every route that fired, in the order of {@link MaracRoute}. */
  public abstract List<RouteFinding> routes();

  public abstract LocalDate asOf();

  public abstract String policyId();

  public abstract String policyVersion();

  /** The routes that fired, as a set. */
  public Set<MaracRoute> firedRoutes() {
    Set<MaracRoute> fired = EnumSet.noneOf(MaracRoute.class);
    for (RouteFinding finding : routes()) {
      fired.add(finding.route());
    }
    return fired;
  }

  public boolean referToMarac() {
    return outcome() == MaracOutcome.REFER_TO_MARAC;
  }

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MaracDecision}; building runs its checks. */
  public static final class Builder extends ImmutableMaracDecision.Builder {
    Builder() {}
  }

  /** The outcome and each route's evidence, one per line. */
  public String explain() {
    StringBuilder out = new StringBuilder();
    out.append(outcome()).append(" on ").append(asOf()).append(" under policy ").append(policyId()).append(' ').append(policyVersion());
    if (routes().isEmpty()) {
      out.append("\n  no route fired");
    }
    for (RouteFinding finding : routes()) {
      out.append("\n  ").append(finding.route()).append(": ").append(finding.explanation());
    }
    return out.toString();
  }
}
