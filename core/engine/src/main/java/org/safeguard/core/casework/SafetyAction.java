package org.safeguard.core.casework;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.safeguard.core.internal.ValueStyle;
import org.safeguard.model.Agency;

/** One action in a safety plan: what kind, which agency owns it, when it is due and reviewed, and its status. */
@Value.Immutable
@ValueStyle
public abstract class SafetyAction {
  /** Only the generated implementation in this package extends it. */
  SafetyAction() {}

  /** Unique within the plan; keeps an action recognisable across plan versions. */
  public abstract String id();

  public abstract ActionCategory category();

  public abstract Agency owner();

  public abstract LocalDate due();

  public abstract LocalDate reviewOn();

  @Value.Default
  public ActionStatus status() {
    return ActionStatus.OPEN;
  }

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SafetyAction}; building runs its checks. */
  public static final class Builder extends ImmutableSafetyAction.Builder {
    Builder() {}
  }
}
