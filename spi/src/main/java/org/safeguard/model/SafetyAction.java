package org.safeguard.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/** One action in a safety plan: what kind, which agency owns it, when it is due and reviewed, and its status. */
@Value.Immutable
@ModelStyle
public abstract class SafetyAction {
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

  public static ImmutableSafetyAction.Builder builder() {
    return ImmutableSafetyAction.builder();
  }
}
