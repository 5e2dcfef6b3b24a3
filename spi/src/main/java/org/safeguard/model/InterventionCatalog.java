package org.safeguard.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/** A named, versioned list of intervention kinds, as a plugin supplies it. */
@Value.Immutable
@ModelStyle
public abstract class InterventionCatalog {
  public abstract String id();

  public abstract String version();

  public abstract List<InterventionKind> kinds();

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link InterventionCatalog}; building runs its checks. */
  public static final class Builder extends ImmutableInterventionCatalog.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    Set<String> ids = new HashSet<>();
    for (InterventionKind kind : kinds()) {
      if (!ids.add(kind.id())) {
        throw new InvalidInputException("interventionCatalog.kinds", kind.id(), "kind ids are unique within catalogue " + id());
      }
    }
  }
}
