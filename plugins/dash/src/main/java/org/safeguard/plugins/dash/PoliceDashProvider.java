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
package org.safeguard.plugins.dash;

import org.safeguard.model.Instrument;
import org.safeguard.spi.InstrumentProvider;
import org.safeguard.spi.SetupContext;

/**
 * The ACPO DASH 2009 form used by police first responders: the 24 RIC questions plus three about
 * children and dependants, scored as the number of yes answers. {@link PoliceToRicMapping} carries
 * its answers onto the RIC, through the engine: {@code safeguard.map(answers, "safelives-dash-ric")}.
 */
public final class PoliceDashProvider implements InstrumentProvider {
  /** The instrument's id, {@value}. */
  public static final String ID = "acpo-dash";

  /** The instrument's version, {@value}: the form ACPO accredited in March 2009. */
  public static final String VERSION = "2009";

  /** The no-argument constructor ServiceLoader uses; it does nothing. */
  public PoliceDashProvider() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String version() {
    return VERSION;
  }

  @Override
  public Instrument load(SetupContext context) {
    return DashInstruments.build(context, DashItems.POLICE);
  }
}
