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
 * The SafeLives Dash risk identification checklist (formerly CAADA-DASH): 24 items answered yes,
 * no or not known, scored as the number of yes answers. Its content and thresholds are unchanged
 * since the 2009 model (SafeLives' Dash risk checklist and its quick-start guidance).
 */
public final class DashRicProvider implements InstrumentProvider {
  /** The instrument's id, {@value}; {@link PoliceToRicMapping} maps police answers onto it. */
  public static final String ID = "safelives-dash-ric";

  /** The instrument's version, {@value}: the 2009 model, unchanged under the SafeLives name. */
  public static final String VERSION = "2009";

  /** The no-argument constructor ServiceLoader uses; it does nothing. */
  public DashRicProvider() {}

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
    return DashInstruments.build(context, DashItems.RIC);
  }
}
