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

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.safeguard.model.InterventionCatalog;
import org.safeguard.model.InterventionKind;
import org.safeguard.spi.InterventionCatalogProvider;
import org.safeguard.spi.SetupContext;

/**
 * The intervention-catalogue contract passes a provider that keeps it and catches each of a set
 * of providers broken in one known way. All but {@link NotListed} are listed in the test
 * resources' META-INF/services.
 */
class InterventionCatalogProviderContractTest {
  @Test
  void aWellBehavedCatalogueOfLocalKindsPassesEveryTest() {
    ContractRun.of(CatalogueContract.class).assertOnlyFailed();
  }

  @Test
  void aProviderMissingFromTheServicesFileIsCaught() {
    ContractRun run = ContractRun.of(NotListedContract.class);
    run.assertOnlyFailed("theProviderIsListedForServiceLoader");
    assertTrue(run.messageOf("theProviderIsListedForServiceLoader").contains("META-INF/services/org.safeguard.spi.InterventionCatalogProvider"));
  }

  @Test
  void aCatalogueUnderAnotherIdThanItsProvidersIsCaught() {
    ContractRun.of(UnderAnotherIdContract.class).assertOnlyFailed("aStrictEngineLoadsTheProviderAndKnowsItsKinds");
  }

  @Test
  void aKindClashingWithAStandardOneIsCaught() {
    ContractRun run = ContractRun.of(ClashesWithStandardContract.class);
    run.assertOnlyFailed("aStrictEngineLoadsTheProviderAndKnowsItsKinds");
    assertTrue(run.messageOf("aStrictEngineLoadsTheProviderAndKnowsItsKinds").contains("'refuge'"));
  }

  @Test
  void aKindWithABlankDescriptionIsCaught() {
    ContractRun.of(BlankDescriptionContract.class).assertOnlyFailed("everyKindHasADescription");
  }

  @Test
  void anEmptyCatalogueIsCaught() {
    ContractRun.of(EmptyContract.class).assertOnlyFailed("theCatalogueAddsAtLeastOneKind");
  }

  @Test
  void aCatalogueThatNumbersItsLoadsIsCaught() {
    ContractRun.of(NumbersItsLoadsContract.class).assertOnlyFailed("loadingTwiceGivesEqualCatalogues");
  }

  // ---- the contract, run against each provider ----

  static final class CatalogueContract extends InterventionCatalogProviderContract {
    @Override
    protected InterventionCatalogProvider provider() {
      return new Catalogue();
    }
  }

  static final class NotListedContract extends InterventionCatalogProviderContract {
    @Override
    protected InterventionCatalogProvider provider() {
      return new NotListed();
    }
  }

  static final class UnderAnotherIdContract extends InterventionCatalogProviderContract {
    @Override
    protected InterventionCatalogProvider provider() {
      return new UnderAnotherId();
    }
  }

  static final class ClashesWithStandardContract extends InterventionCatalogProviderContract {
    @Override
    protected InterventionCatalogProvider provider() {
      return new ClashesWithStandard();
    }
  }

  /** As the standard catalogue's own test would run the contract: it may not clash with itself. */
  static final class BlankDescriptionContract extends InterventionCatalogProviderContract {
    @Override
    protected InterventionCatalogProvider provider() {
      return new BlankDescription();
    }
  }

  static final class EmptyContract extends InterventionCatalogProviderContract {
    @Override
    protected InterventionCatalogProvider provider() {
      return new Empty();
    }
  }

  static final class NumbersItsLoadsContract extends InterventionCatalogProviderContract {
    @Override
    protected InterventionCatalogProvider provider() {
      return new NumbersItsLoads();
    }
  }

  // ---- the providers: one that keeps the contract, and one broken way each ----

  /** What the providers share: an id of their own, version 2025, and two local kinds to build on. */
  public abstract static class Fixture implements InterventionCatalogProvider {
    private final String id;

    Fixture(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String version() {
      return "2025";
    }

    InterventionCatalog.Builder local() {
      return InterventionCatalog.builder().id(id).version(version()).addKinds(
          InterventionKind.of("kit-peer-mentoring", "Synthetic peer mentoring scheme"),
          InterventionKind.of("kit-court-companion", "Synthetic court companion"));
    }
  }

  /** Keeps the contract: two local kinds. */
  public static final class Catalogue extends Fixture {
    public Catalogue() {
      super("kit-catalogue");
    }

    @Override
    public InterventionCatalog load(SetupContext context) {
      return local().build();
    }
  }

  /** Keeps the contract but is left out of META-INF/services. */
  public static final class NotListed extends Fixture {
    public NotListed() {
      super("kit-catalogue-not-listed");
    }

    @Override
    public InterventionCatalog load(SetupContext context) {
      return local().build();
    }
  }

  /** Builds its catalogue under an id that is not its own. */
  public static final class UnderAnotherId extends Fixture {
    public UnderAnotherId() {
      super("kit-catalogue-under-another-id");
    }

    @Override
    public InterventionCatalog load(SetupContext context) {
      return local().id("kit-some-other-catalogue").build();
    }
  }

  /** Adds its own "refuge", which the standard catalogue already defines. */
  public static final class ClashesWithStandard extends Fixture {
    public ClashesWithStandard() {
      super("kit-catalogue-clashes");
    }

    @Override
    public InterventionCatalog load(SetupContext context) {
      return local().addKinds(InterventionKind.of("refuge", "Local refuge places")).build();
    }
  }

  /** Describes one kind with nothing but a space. */
  public static final class BlankDescription extends Fixture {
    public BlankDescription() {
      super("kit-catalogue-blank-description");
    }

    @Override
    public InterventionCatalog load(SetupContext context) {
      return local().addKinds(InterventionKind.of("kit-helpline", " ")).build();
    }
  }

  /** Defines no kinds at all. */
  public static final class Empty extends Fixture {
    public Empty() {
      super("kit-catalogue-empty");
    }

    @Override
    public InterventionCatalog load(SetupContext context) {
      return InterventionCatalog.builder().id(id()).version(version()).build();
    }
  }

  /** Writes how many times it has loaded into a kind's description. */
  public static final class NumbersItsLoads extends Fixture {
    private static final AtomicInteger LOADS = new AtomicInteger();

    public NumbersItsLoads() {
      super("kit-catalogue-numbers-its-loads");
    }

    @Override
    public InterventionCatalog load(SetupContext context) {
      return local().addKinds(InterventionKind.of("kit-helpline", "Synthetic helpline, load " + LOADS.incrementAndGet())).build();
    }
  }
}
