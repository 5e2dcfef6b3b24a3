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
package org.safeguard.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.safeguard.spi.SetupContext;
import org.safeguard.spi.Supplied;

/**
 * A named, versioned list of intervention kinds, as a plugin supplies it: interventions for victims'
 * cases, or, with {@link #use()} set to {@link CatalogUse#DISRUPTION_ACTIONS}, the disruption
 * actions of a perpetrator's case manager.
 */
@Value.Immutable
@ModelStyle
public abstract class InterventionCatalog implements Supplied {
  /** Only the generated implementation in this package extends it. */
  InterventionCatalog() {}

  /**
   * Stable id, the provider's, for example {@code safety-in-numbers-2009} for the standard one.
   *
   * @return the catalogue's id
   */
  public abstract String id();

  /**
   * The catalogue's version, the provider's.
   *
   * @return the version
   */
  public abstract String version();

  /**
   * The kinds in the catalogue, in the order the provider gives them.
   *
   * @return the kinds, each id unique within the catalogue
   */
  public abstract List<InterventionKind> kinds();

  /**
   * What the catalogue's kinds are for: interventions on a victim's case unless it says otherwise.
   *
   * @return the catalogue's use, {@link CatalogUse#CASE_INTERVENTIONS} by default
   */
  @Value.Default
  public CatalogUse use() {
    return CatalogUse.CASE_INTERVENTIONS;
  }

  /**
   * Starts an intervention catalogue for the provider being set up: its id and version are the provider's, so they
   * are stated once, on the provider.
   *
   * @param provider the setup context the engine hands the provider's {@code load} method
   * @return a builder with the id and version set
   */
  public static Builder builder(SetupContext provider) {
    MissingValueException.require("provider", provider);
    return new Builder().id(provider.providerId()).version(provider.providerVersion());
  }

  /**
   * Starts an intervention catalogue outside any provider, for example in a test or read from a file; set its id
   * and version.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link InterventionCatalog}; building runs its checks. Every method refuses null with a
   * {@link MissingValueException} naming the attribute, before it changes anything.
   */
  public static final class Builder {
    private final ImmutableInterventionCatalog.Builder generated = new ImmutableInterventionCatalog.Builder();

    Builder() {}

    /**
     * Fills this builder from {@code instance}: each value is set, and each element or entry of a
     * collection is added to those already here.
     *
     * @param instance the value to start from
     * @return this builder
     */
    public Builder from(InterventionCatalog instance) {
      generated.from(MissingValueException.require("instance", instance));
      return this;
    }

    /**
     * Fills this builder with the attributes that {@link Supplied} declares, taken from
     * {@code instance}: each value is set, and each element or entry of a collection is added to those
     * already here.
     *
     * @param instance the value to start from
     * @return this builder
     */
    public Builder from(Supplied instance) {
      generated.from(MissingValueException.require("instance", instance));
      return this;
    }

    /**
     * Sets {@link InterventionCatalog#id() id}.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(String id) {
      generated.id(MissingValueException.require("id", id));
      return this;
    }

    /**
     * Sets {@link InterventionCatalog#version() version}.
     *
     * @param version the value
     * @return this builder
     */
    public Builder version(String version) {
      generated.version(MissingValueException.require("version", version));
      return this;
    }

    /**
     * Adds one element to {@link InterventionCatalog#kinds() kinds}.
     *
     * @param kinds the element
     * @return this builder
     */
    public Builder addKinds(InterventionKind kinds) {
      generated.addKinds(MissingValueException.require("kinds", kinds));
      return this;
    }

    /**
     * Adds these elements to {@link InterventionCatalog#kinds() kinds}.
     *
     * @param kinds the elements, none of them null
     * @return this builder
     */
    public Builder addKinds(InterventionKind... kinds) {
      generated.addKinds(MissingValueException.requireElements("kinds", kinds));
      return this;
    }

    /**
     * Replaces the elements of {@link InterventionCatalog#kinds() kinds} with these.
     *
     * @param kinds the elements, none of them null
     * @return this builder
     */
    public Builder kinds(Iterable<? extends InterventionKind> kinds) {
      generated.kinds(MissingValueException.requireList("kinds", kinds));
      return this;
    }

    /**
     * Adds these elements to {@link InterventionCatalog#kinds() kinds}.
     *
     * @param kinds the elements, none of them null
     * @return this builder
     */
    public Builder addAllKinds(Iterable<? extends InterventionKind> kinds) {
      generated.addAllKinds(MissingValueException.requireList("kinds", kinds));
      return this;
    }

    /**
     * Sets {@link InterventionCatalog#use() use}.
     *
     * @param use the value
     * @return this builder
     */
    public Builder use(CatalogUse use) {
      generated.use(MissingValueException.require("use", use));
      return this;
    }

    /**
     * Builds the value and runs its checks.
     *
     * @return the value
     * @throws InvalidInputException when a required attribute is unset (a {@link MissingValueException})
     *     or the value breaks a rule of its type
     */
    public InterventionCatalog build() {
      return generated.build();
    }
  }

  /** Runs when a catalogue is built: its id and version keep the rules of {@link StableId}, and no kind id appears twice. */
  @Value.Check
  protected void check() {
    StableId.require("interventionCatalog.id", id());
    StableId.requireVersion("interventionCatalog.version", version());
    Set<String> ids = new HashSet<>();
    for (InterventionKind kind : kinds()) {
      if (!ids.add(kind.id())) {
        throw new InvalidInputException("interventionCatalog.kinds", kind.id(), "kind ids are unique within catalogue " + id());
      }
    }
  }
}
