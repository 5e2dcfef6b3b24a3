package org.safeguard.testkit;

import static java.util.stream.Collectors.toSet;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeguard.core.casework.StandardInterventions;
import org.safeguard.spi.InterventionCatalogProvider;

/** The standard catalogue keeps the catalogue contract. */
class StandardInterventionsContractTest extends InterventionCatalogProviderContract {
  @Override
  protected InterventionCatalogProvider provider() {
    return new StandardInterventions();
  }

  /** The engine adds the standard catalogue itself rather than finding it with ServiceLoader. */
  @Override
  protected boolean foundByServiceLoader() {
    return false;
  }

  /** The engine adds it itself, so the engine check must not register it a second time. */
  @Override
  protected boolean addedByTheEngine() {
    return true;
  }
}
