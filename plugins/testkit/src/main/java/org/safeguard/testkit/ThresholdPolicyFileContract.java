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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.core.LoadingMode;
import org.safeguard.core.Safeguard;
import org.safeguard.core.policy.PolicyFiles;
import org.safeguard.model.ThresholdPolicy;

/**
 * The contract a threshold policy shipped as configuration keeps: a properties or JSON file in a
 * plugin jar, listed in {@value PolicyFiles#INDEX}, with no Java class. Extend it in the plugin's
 * tests and return the file's resource path:
 *
 * <pre>{@code
 * class CountyPolicyFileTest extends ThresholdPolicyFileContract {
 *   protected String resource() {
 *     return "META-INF/safeguard/policies/county-2025.properties";
 *   }
 * }
 * }</pre>
 *
 * <p>It checks that an index on the class path lists the file, so the engine finds it; that the
 * file lives outside any Java package, where the module path cannot hide it; that the engine's own
 * reader takes it (every key known, bands that start at 0 and follow on, an id and a version); and
 * that an engine built on the same class path puts it in force, which no other file or provider
 * claiming its id allows.
 */
public abstract class ThresholdPolicyFileContract {
  /** For the plugin's own test class, which extends this contract. */
  protected ThresholdPolicyFileContract() {}

  /**
   * The policy file as a class path resource, exactly as the index lists it.
   *
   * @return the resource path, for example {@code META-INF/safeguard/policies/county-2025.properties}
   */
  protected abstract String resource();

  /**
   * The class loader the plugin jar is on; the test class's own by default.
   *
   * @return the class loader to find the file and the index with
   */
  protected ClassLoader classLoader() {
    return getClass().getClassLoader();
  }

  /**
   * Reads the policy as the engine does; a malformed file fails here with the key and the rule.
   *
   * @return the policy the file describes
   */
  protected final ThresholdPolicy load() {
    return PolicyFiles.readResource(classLoader(), resource());
  }

  @Test
  void anIndexOnTheClassPathListsTheFile() {
    List<String> listed = PolicyFiles.listed(classLoader());
    assertTrue(listed.contains(resource()), resource() + " is not listed in any " + PolicyFiles.INDEX
        + " on the class path, so the engine will not find it; listed: " + listed);
  }

  /** A resource in a package directory is encapsulated in a named module: the engine would not see it. */
  @Test
  void theFileLivesOutsideAnyJavaPackage() {
    String directory = resource().contains("/") ? resource().substring(0, resource().lastIndexOf('/')) : "";
    boolean packageName = !directory.isEmpty();
    for (String part : directory.split("/")) {
      packageName &= isJavaIdentifier(part);
    }
    assertTrue(!packageName, resource() + " is in the directory of the Java package " + directory.replace('/', '.')
        + ", which the module path hides from the engine; put it under META-INF/safeguard/policies/");
  }

  /** The engine's own reader: a misspelt key, a gap between bands or a missing id fails here, naming the key. */
  @Test
  void theFileReadsAsAPolicy() {
    load();
  }

  @Test
  void anEngineOnTheSameClassPathPutsThePolicyInForce() {
    ThresholdPolicy policy = load();
    // services hidden: other plugins on the test class path, broken or not, are not this file's concern
    Safeguard engine = Safeguard.builder()
        .classLoader(new ServicesHidingLoader(classLoader(), false))
        .loading(LoadingMode.LENIENT)
        .thresholdPolicy(policy.id())
        .build();
    assertEquals(policy, engine.policies().get(policy.id()), "the engine read the file differently, or another file claims its id");
  }

  private static boolean isJavaIdentifier(String part) {
    if (part.isEmpty() || !Character.isJavaIdentifierStart(part.charAt(0))) {
      return false;
    }
    for (int i = 1; i < part.length(); i++) {
      if (!Character.isJavaIdentifierPart(part.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
