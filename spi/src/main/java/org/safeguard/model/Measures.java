package org.safeguard.model;

import java.time.LocalDate;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What is measured at intake (T1) and again at review (T2): the risk assessment, the abuse present
 * with its severity, risk factors, children in the household and vulnerabilities
 * (seeds/000_94b07d5065788c30.txt, "How was the evaluation conducted?").
 */
@Value.Immutable
@ModelStyle
public abstract class Measures {
  public abstract LocalDate on();

  public abstract Assessment assessment();

  public abstract AbuseProfile abuse();

  public abstract Set<RiskFactor> riskFactors();

  @Value.Default
  public int childrenInHousehold() {
    return 0;
  }

  public abstract Set<Vulnerability> vulnerabilities();

  public static ImmutableMeasures.Builder builder() {
    return ImmutableMeasures.builder();
  }

  @Value.Check
  protected void check() {
    if (childrenInHousehold() < 0) {
      throw new InvalidInputException("childrenInHousehold", childrenInHousehold(), "a count cannot be negative");
    }
  }
}
