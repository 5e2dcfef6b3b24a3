package org.safeguard.testkit;

import static java.util.stream.Collectors.toSet;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeguard.core.casework.StandardInterventions;
import org.safeguard.model.InterventionKind;
import org.safeguard.spi.InterventionCatalogProvider;

/** The standard catalogue keeps the catalogue contract, and the kit's copy of its ids has not drifted. */
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

  /** It cannot clash with itself. */
  @Override
  protected Set<String> reservedKindIds() {
    return Set.of();
  }

  @Test
  void theKitReservesExactlyTheStandardKindIds() {
    assertEquals(load().kinds().stream().map(InterventionKind::id).collect(toSet()), super.reservedKindIds());
  }
}
