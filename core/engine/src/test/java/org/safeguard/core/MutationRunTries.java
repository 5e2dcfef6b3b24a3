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
package org.safeguard.core;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyAttributes;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Under mutation testing, caps the tries of every property, including those that set a count of
 * their own, at the number in the system property {@code safeguard.mutation.tries}. PIT runs the
 * tests that cover a mutant once for each mutant, and needs to know only whether one fails: a
 * property of 5,000 tries would otherwise run them all again for every mutant it covers that
 * survives. Without the system property (as under surefire) the hook changes nothing. jqwik finds it
 * through {@code META-INF/services/net.jqwik.api.lifecycle.LifecycleHook}; this module's POM sets the
 * property in PIT's JVM arguments. A property that checks how often its generator reaches a case
 * needs all its tries, so it stays out of PIT ({@code ReturnGeneratorProperties}).
 */
public final class MutationRunTries implements AroundPropertyHook {
  static final String PROPERTY = "safeguard.mutation.tries";

  /** Registered once for the whole run, so it must reach every property below the engine. */
  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
    String cap = System.getProperty(PROPERTY);
    if (cap != null) {
      PropertyAttributes attributes = context.attributes();
      int most = Integer.parseInt(cap.trim());
      int declared = attributes.tries().orElse(Integer.MAX_VALUE);
      if (declared > most) {
        attributes.setTries(most);
      }
    }
    return property.execute();
  }
}
