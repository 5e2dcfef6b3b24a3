package org.safeguard.spi;

import org.safeguard.model.InterventionCatalog;

/**
 * Adds intervention kinds to the catalogue beyond the standard eighteen, for example a local
 * sanctuary scheme or a commissioner's own categories. Registered in
 * {@code META-INF/services/org.safeguard.spi.InterventionCatalogProvider}; kind ids must not clash
 * with another catalogue's.
 */
public interface InterventionCatalogProvider extends Extension {
  /**
   * Builds the catalogue; its id and version must be the provider's.
   *
   * @param context who the provider is, its configuration, the engine's clock and class loader
   * @return the catalogue of kinds this provider adds
   */
  InterventionCatalog load(SetupContext context);
}
