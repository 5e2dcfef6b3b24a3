package org.safeguard.core.outcome;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.safeguard.core.internal.ValueStyle;

/** Which types of abuse are present at one time point, each with its severity; absent types are left out. */
@Value.Immutable
@ValueStyle
public abstract class AbuseProfile {
  /** Only the generated implementation in this package extends it. */
  AbuseProfile() {}

  @Value.Parameter
  public abstract Map<AbuseType, Severity> present();

  public static AbuseProfile of(Map<AbuseType, ? extends Severity> present) {
    return ImmutableAbuseProfile.of(present);
  }

  /** No abuse of any type. */
  public static AbuseProfile none() {
    return ImmutableAbuseProfile.of(Map.of());
  }

  public boolean isPresent(AbuseType type) {
    return present().containsKey(type);
  }

  public Optional<Severity> severityOf(AbuseType type) {
    return Optional.ofNullable(present().get(type));
  }

  public Set<AbuseType> types() {
    return present().keySet();
  }

  /** True when more than one type is present (the evaluation's "multiple forms of abuse"). */
  public boolean multiple() {
    return present().size() > 1;
  }

  /** True when any type present is severe. */
  public boolean anySevere() {
    return present().containsValue(Severity.SEVERE);
  }
}
