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
package org.safeguard.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.safeguard.core.LoadingMode;
import org.safeguard.core.Safeguard;
import org.safeguard.model.BandTable;
import org.safeguard.model.Instrument;
import org.safeguard.model.ServiceThreshold;
import org.safeguard.model.ThresholdPolicy;
import org.safeguard.spi.Extension;
import org.safeguard.spi.InstrumentProvider;
import org.safeguard.spi.ScoringRule;
import org.safeguard.spi.SetupContext;

/** Checks every contract makes the same way, whatever the extension point. */
final class ContractChecks {
  /** Lower-case letters and digits joined by single hyphens, as every id in the SPI is written. */
  static final String ID = "[a-z0-9]+(-[a-z0-9]+)*";

  private ContractChecks() {}

  static void assertWellFormedId(String what, String id) {
    assertTrue(id != null && id.matches(ID), what + " '" + id + "' is not lower-case letters and digits joined by single hyphens");
  }

  /** The id is well formed and the same from every instance; the version is not blank. */
  static void assertStableIdAndVersion(Supplier<? extends Extension> providers) {
    Extension provider = providers.get();
    assertWellFormedId("the provider id", provider.id());
    assertEquals(provider.id(), provider.id(), "the id is the same every time it is asked");
    assertEquals(provider.id(), providers.get().id(), "every instance gives the same id");
    assertTrue(provider.version() != null && !provider.version().isBlank(), "the version must not be blank");
    assertEquals(provider.version(), providers.get().version(), "every instance gives the same version");
  }

  /** The provider's class is listed in META-INF/services for {@code service}, on its own class loader. */
  static void assertListed(Class<?> service, Extension provider) {
    Class<?> type = provider.getClass();
    // type() loads the class without constructing it, so another listed provider's side effects cannot interfere
    boolean listed = ServiceLoader.load(service, type.getClassLoader()).stream().anyMatch(p -> p.type().equals(type));
    assertTrue(listed, type.getName() + " is not listed in META-INF/services/" + service.getName()
        + "; the engine will not find it (or override foundByServiceLoader() if it is registered in code only)");
  }

  /** A policy to build an engine with when the provider under test is no policy: it bands nothing. */
  static final ThresholdPolicy POLICY_WITHOUT_BANDS = ThresholdPolicy.builder().id("testkit-no-bands").version("1").build();

  /**
   * A strict engine with only what {@code setUp} registers in code: services files are hidden, so
   * other plugins on the test class path cannot fail it, and so are policy files, so none can
   * claim the provider's id. Building it runs the registry's checks, the one place they live.
   */
  static Safeguard strictEngine(Extension provider, Map<String, String> configuration, Consumer<Safeguard.Builder> setUp) {
    Safeguard.Builder builder = Safeguard.builder()
        .classLoader(new ServicesHidingLoader(provider.getClass().getClassLoader(), true))
        .loading(LoadingMode.STRICT);
    configuration.forEach((key, value) -> builder.configure(provider.id(), key, value));
    setUp.accept(builder);
    return builder.build();
  }

  /**
   * Registers a stand-in instrument for every instrument id the policy names in its bands, agency
   * bands and service thresholds, so that the policy can be put in force in an engine that loads no
   * instrument plugin.
   */
  static void addStandInsFor(ThresholdPolicy policy, Safeguard.Builder builder) {
    Set<String> ids = new TreeSet<>(policy.bands().keySet());
    for (BandTable table : policy.agencyBands()) {
      ids.add(table.instrumentId());
    }
    for (ServiceThreshold threshold : policy.serviceThresholds()) {
      ids.add(threshold.instrumentId());
    }
    for (String id : ids) {
      builder.addInstrument(new StandInInstrument(id));
    }
  }

  /** An instrument of one yes / no item under a given id, standing in for the plugin that supplies it. */
  private static final class StandInInstrument implements InstrumentProvider {
    private final String id;

    StandInInstrument(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String version() {
      return "testkit-stand-in";
    }

    @Override
    public Instrument load(SetupContext context) {
      return Instrument.builder(context).itemIds("stand-in").scoringRule(ScoringRule.yesCount()).build();
    }
  }

  static void assertNotBlank(String what, String text) {
    assertFalse(text == null || text.isBlank(), what + " must not be blank");
  }
}
