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
 * Exports as HL7 FHIR R4 Bundles, one per line. jackson-core is shaded inside, relocated under an
 * {@code internal} package that is not exported.
 */
module org.safeguard.plugins.exportfhir {
  requires org.safeguard.spi;
  requires static org.jspecify;
  // shaded and relocated into the jar: needed to compile, never at run time
  requires static com.fasterxml.jackson.core;

  exports org.safeguard.plugins.exportfhir;

  provides org.safeguard.spi.ExporterProvider with
      org.safeguard.plugins.exportfhir.FhirR4Exporter;
}
