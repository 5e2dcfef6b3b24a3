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
package org.safeguard.core.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.safeguard.core.Fixtures;
import org.safeguard.core.PluginLoadException;
import org.safeguard.core.Safeguard;
import org.safeguard.model.InterventionCatalog;
import org.safeguard.model.InterventionKind;
import org.safeguard.spi.InterventionCatalogProvider;
import org.safeguard.spi.SetupContext;

/** The intervention catalogue: the evaluation's eighteen kinds, extensible through the SPI. */
class InterventionCatalogueTest {
  /** A county's own kind of intervention. */
  static final class LocalCatalogue implements InterventionCatalogProvider {
    private final String kindId;

    LocalCatalogue(String kindId) {
      this.kindId = kindId;
    }

    @Override
    public String id() {
      return "county-extras";
    }

    @Override
    public String version() {
      return "1";
    }

    @Override
    public InterventionCatalog load(SetupContext context) {
      return InterventionCatalog.builder().id(id()).version(version())
          .addKinds(InterventionKind.of(kindId, "A local scheme")).build();
    }
  }

  private static Safeguard.Builder engine() {
    return Safeguard.builder()
        .addInstrument(new Fixtures.ChecklistProvider())
        .addThresholdPolicy(new Fixtures.PolicyProvider())
        .thresholdPolicy("test-policy");
  }

  @Test
  void theStandardCatalogueHasTheEighteenKindsOfTableFour() {
    // Safety in Numbers (CAADA, 2009), Table 4: Analysis of interventions (n=1,247), eighteen rows
    assertEquals(18, Fixtures.engine().casework().interventionKinds().size());
    assertTrue(Fixtures.engine().casework().interventionKinds().containsKey(StandardInterventions.SANCTUARY_SCHEME));
  }

  @Test
  void aPluginAddsKindsThatCasesCanThenUse() {
    Safeguard safeguard = engine().addInterventionCatalog(new LocalCatalogue("floating-support")).build();
    assertEquals(19, safeguard.casework().interventionKinds().size());
    var c = new CaseworkTest().opened();
    var started = safeguard.casework().startIntervention(c, CaseworkTest.intervention("i1", "floating-support", 3));
    assertEquals("floating-support", started.caseFile().interventions().get(0).kind());
    assertEquals(LocalDate.of(2026, 3, 5), started.caseFile().interventions().get(0).start());
  }

  @Test
  void aKindDefinedByTwoCataloguesFailsNamingBoth() {
    PluginLoadException e = assertThrows(PluginLoadException.class,
        () -> engine().addInterventionCatalog(new LocalCatalogue(StandardInterventions.REFUGE)).build());
    assertTrue(e.getMessage().contains(StandardInterventions.ID) && e.getMessage().contains("county-extras")
        && e.getMessage().contains("'refuge'"), e.getMessage());
  }

  /** Lenient means lenient: the clashing catalogue is reported under its id and left out whole. */
  @Test
  void aCatalogueClashingOnAKindIsLeftOutOfALenientBuildAndTheOthersStay() {
    Safeguard safeguard = engine().loading(org.safeguard.core.LoadingMode.LENIENT)
        .addInterventionCatalog(new LocalCatalogue(StandardInterventions.REFUGE)).build();
    assertEquals(18, safeguard.casework().interventionKinds().size());
    assertEquals("county-extras", safeguard.problems().get(0).providerId());
    assertEquals(1, safeguard.problems().size());
    assertTrue(safeguard.instruments().containsKey("test-checklist"));
  }
}
