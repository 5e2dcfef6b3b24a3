package org.safeguard.core.casework;

import java.time.LocalDate;
import java.util.Set;
import org.immutables.value.Value;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.core.internal.ValueStyle;
import org.safeguard.core.outcome.AbuseProfile;
import org.safeguard.model.InvalidInputException;

/**
 * What is measured at intake (T1) and again at review (T2): the risk assessment, the abuse present
 * with its severity, risk factors, children in the household and vulnerabilities
 * (seeds/000_94b07d5065788c30.txt, "How was the evaluation conducted?").
 */
@Value.Immutable
@ValueStyle
public abstract class Measures {
  /** Only the generated implementation in this package extends it. */
  Measures() {}

  public abstract LocalDate on();

  public abstract Assessment assessment();

  public abstract AbuseProfile abuse();

  public abstract Set<RiskFactor> riskFactors();

  @Value.Default
  public int childrenInHousehold() {
    return 0;
  }

  public abstract Set<Vulnerability> vulnerabilities();

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Measures}; building runs its checks. */
  public static final class Builder extends ImmutableMeasures.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    if (childrenInHousehold() < 0) {
      throw new InvalidInputException("childrenInHousehold", childrenInHousehold(), "a count cannot be negative");
    }
  }
}
