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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.policy.PolicyFiles;

/** Threshold policies shipped as configuration: properties files listed in an index, no code. */
class PolicyFilesTest {
  @TempDir Path dir;

  private ClassLoader shipping(String policyFile, String text) throws IOException {
    Path index = dir.resolve(PolicyFiles.INDEX);
    Files.createDirectories(index.getParent());
    Files.writeString(index, "# policies\n" + policyFile + "\n");
    Path file = dir.resolve(policyFile);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
  }

  private static final String COUNTY = "id=shipped-county\nversion=3\nbands.test-checklist.standard=0-4\nbands.test-checklist.high=5+\n";

  @Test
  void aPolicyListedInTheIndexIsFoundAndUsable() throws IOException {
    Safeguard s = Safeguard.builder().classLoader(shipping("county/policy.properties", COUNTY))
        .addInstrument(new Fixtures.ChecklistProvider()).thresholdPolicy("shipped-county").build();
    assertEquals("3", s.policy().version());
    assertEquals("high 5+", s.assess(s.responses("test-checklist").yes("a", "b", "c", "d", "e").build()).band().orElseThrow().toString());
  }

  @Test
  void aMalformedPolicyFileFailsAStrictBuildNamingTheFileAndIsLeftOutWhenLenient() throws IOException {
    ClassLoader loader = shipping("county/broken.properties", "id=broken\nversion=1\nbands.test-checklist.standard=zero\n");
    PluginLoadException e = assertThrows(PluginLoadException.class, () -> Safeguard.builder().classLoader(loader)
        .addInstrument(new Fixtures.ChecklistProvider()).addThresholdPolicy(new Fixtures.PolicyProvider()).thresholdPolicy("test-policy").build());
    assertTrue(e.getMessage().contains("county/broken.properties") && e.getMessage().contains("bands.test-checklist.standard"), e.getMessage());

    Safeguard lenient = Safeguard.builder().classLoader(loader).loading(LoadingMode.LENIENT)
        .addInstrument(new Fixtures.ChecklistProvider()).addThresholdPolicy(new Fixtures.PolicyProvider()).thresholdPolicy("test-policy").build();
    assertEquals("county/broken.properties", lenient.problems().get(0).providerId());
  }

  @Test
  void aPolicyFileAndAProviderClaimingOneIdClash() throws IOException {
    ClassLoader loader = shipping("p.properties", "id=test-policy\nversion=1\nbands.test-checklist.standard=0-4\nbands.test-checklist.high=5+\n");
    PluginLoadException e = assertThrows(PluginLoadException.class, () -> Safeguard.builder().classLoader(loader)
        .addInstrument(new Fixtures.ChecklistProvider()).addThresholdPolicy(new Fixtures.PolicyProvider()).thresholdPolicy("test-policy").build());
    assertEquals("test-policy", e.providerId());
  }
}
