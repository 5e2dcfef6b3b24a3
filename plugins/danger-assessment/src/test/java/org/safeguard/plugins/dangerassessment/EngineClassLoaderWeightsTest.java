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
