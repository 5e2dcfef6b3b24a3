/**
 * The Safeguard engine. {@link org.safeguard.core.Safeguard} is the one way in; what it returns lives
 * in packages named for it: assessments ({@code assessment}), MARAC decisions ({@code marac}), case
 * files and their events ({@code casework}), cohort outcome reports ({@code outcome}) and threshold
 * policy files ({@code policy}). Plugins are found with {@link java.util.ServiceLoader} through the
 * SPI's extension points. Guava is shaded inside, relocated under the {@code internal} package,
 * which is not exported.
 */
module org.safeguard.core {
  requires transitive org.safeguard.spi;
  requires org.slf4j;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;
  // shaded and relocated into the jar: needed to compile, never at run time
  requires static com.google.common;

  exports org.safeguard.core;
  exports org.safeguard.core.assessment;
  exports org.safeguard.core.casework;
  exports org.safeguard.core.marac;
  exports org.safeguard.core.outcome;
  exports org.safeguard.core.policy;

  uses org.safeguard.spi.InstrumentProvider;
  uses org.safeguard.spi.InterventionCatalogProvider;
  uses org.safeguard.spi.ThresholdPolicyProvider;
}
