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

import org.safeguard.model.InstrumentMapping;
import org.safeguard.spi.InstrumentMappingProvider;
import org.safeguard.spi.SetupContext;

/**
 * Carries police DASH answers onto the SafeLives Dash RIC. The police DASH is the RIC with three
 * questions about children and dependants added (the ACPO DASH 2009 form; SafeLives' Dash risk
 * checklist), so its answers map onto the RIC item for item and the three children items are
 * dropped; an agency that receives a police DASH can then band it beside its own RIC assessments.
 * An application maps through the engine, without compiling against this plugin:
 * {@code safeguard.map(policeAnswers, "safelives-dash-ric")}.
 */
public final class PoliceToRicMapping implements InstrumentMappingProvider {
  /** The mapping's id, {@value}. */
  public static final String ID = "acpo-dash-to-ric";

  /** The mapping's version, {@value}: the 2009 forms of both checklists. */
  public static final String VERSION = "2009";

  /** The no-argument constructor ServiceLoader uses; it does nothing. */
  public PoliceToRicMapping() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String version() {
    return VERSION;
  }

  @Override
  public InstrumentMapping load(SetupContext context) {
    return InstrumentMapping.builder(context)
        .from(PoliceDashProvider.ID)
        .to(DashRicProvider.ID)
        .sameItems(DashItems.RIC)
        .dropped(DashItems.POLICE_CHILDREN)
        .build();
  }
}
