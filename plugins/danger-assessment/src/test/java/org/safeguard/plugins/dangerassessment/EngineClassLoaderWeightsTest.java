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
package org.safeguard.plugins.dangerassessment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.Safeguard;
import org.safeguard.core.policy.PolicyFiles;

/** Weights a service supplies on the class loader it gives the engine are found there. */
class EngineClassLoaderWeightsTest {
  @Test
  void weightsAtTheDefaultPlaceOnTheEnginesClassLoaderAreFound(@TempDir Path dir) throws IOException {
    Path weights = dir.resolve(DangerAssessmentProvider.DEFAULT_WEIGHTS_RESOURCE);
    Files.createDirectories(weights.getParent());
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(TestFixtures.WEIGHTS_RESOURCE)) {
      Files.copy(in, weights);
    }
    ClassLoader service = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
    Safeguard engine = Safeguard.builder()
        .classLoader(service)
        .thresholdPolicy(PolicyFiles.readResource(getClass().getClassLoader(), "da-test-policy.properties"))
        .build();
    assertTrue(engine.instruments().containsKey(DangerAssessmentProvider.ID));
  }
}
