/*
 * Copyright 2026 the Safeguard maintainers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
/**
 * The Safeguard engine. {@link org.safeguard.core.Safeguard} is the one way in; what it returns lives
 * in packages named for it: assessments ({@code assessment}), MARAC decisions ({@code marac}), case
 * files and their events ({@code casework}), victims' equality answers ({@code equality}), perpetrator cases and their events
 * ({@code perpetrator}), exports limited by purpose ({@code export}), cohort outcome reports
 * ({@code outcome}) and threshold policy files ({@code policy}). Plugins are found with
 * {@link java.util.ServiceLoader} through the SPI's extension points. Guava and jackson-core are
 * shaded inside, relocated under the {@code internal} package, which is not exported.
 */
module org.safeguard.core {
  requires transitive org.safeguard.spi;
  requires org.slf4j;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;
  // shaded and relocated into the jar: needed to compile, never at run time
  requires static com.google.common;
  requires static com.fasterxml.jackson.core;

  exports org.safeguard.core;
  exports org.safeguard.core.assessment;
  exports org.safeguard.core.casework;
  exports org.safeguard.core.equality;
  exports org.safeguard.core.export;
  exports org.safeguard.core.marac;
  exports org.safeguard.core.outcome;
  exports org.safeguard.core.perpetrator;
  exports org.safeguard.core.policy;

  uses org.safeguard.spi.ExporterProvider;
  uses org.safeguard.spi.InstrumentMappingProvider;
  uses org.safeguard.spi.InstrumentProvider;
  uses org.safeguard.spi.InterventionCatalogProvider;
  uses org.safeguard.spi.ThresholdPolicyProvider;
}
