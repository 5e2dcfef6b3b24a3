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
 * The Dash family: the SafeLives Dash RIC, the police DASH 2009 and its mapping onto the RIC, the
 * S-DASH stalking supplement, and the SafeLives threshold policy, shipped as a file.
 */
module org.safeguard.plugins.dash {
  requires transitive org.safeguard.spi;

  exports org.safeguard.plugins.dash;

  provides org.safeguard.spi.InstrumentProvider with
      org.safeguard.plugins.dash.DashRicProvider,
      org.safeguard.plugins.dash.PoliceDashProvider,
      org.safeguard.plugins.dash.SDashProvider;
  provides org.safeguard.spi.InstrumentMappingProvider with org.safeguard.plugins.dash.PoliceToRicMapping;
}
