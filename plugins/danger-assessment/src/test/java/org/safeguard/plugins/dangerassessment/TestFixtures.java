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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Properties;
import org.safeguard.core.Safeguard;
import org.safeguard.core.policy.PolicyFiles;
import org.safeguard.model.Instrument;
import org.safeguard.model.ThresholdPolicy;
import org.safeguard.spi.SetupContext;

/** Shared test data: the made-up weights, a test-only policy, and engines built on them. */
final class TestFixtures {
  /** Made-up weights for tests only; NOT the Danger Assessment's licensed weights. */
  static final String WEIGHTS_RESOURCE = "org/safeguard/plugins/dangerassessment/made-up-test-weights.properties";
  static final Map<String, String> CONFIGURATION = Map.of("weights", "classpath:" + WEIGHTS_RESOURCE);
  static final ThresholdPolicy TEST_POLICY =
      PolicyFiles.readResource(TestFixtures.class.getClassLoader(), "da-test-policy.properties");
  static final Safeguard ENGINE = Safeguard.builder()
      .thresholdPolicy(TEST_POLICY)
      .configure("danger-assessment", "weights", "classpath:" + WEIGHTS_RESOURCE)
      .build();
  static final Instrument DA = ENGINE.instrument("danger-assessment");

  private TestFixtures() {}

  /** The made-up weights, read independently of the plugin, to check the plugin against. */
  static Map<String, Integer> madeUpWeights() {
    try (InputStream in = TestFixtures.class.getClassLoader().getResourceAsStream(WEIGHTS_RESOURCE)) {
      Properties p = new Properties();
      p.load(in);
      Map<String, Integer> weights = new java.util.HashMap<>();
      p.stringPropertyNames().forEach(k -> weights.put(k, Integer.parseInt(p.getProperty(k).trim())));
      return weights;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A setup context with the given configuration, as the engine would pass it. */
  record Setup(Map<String, String> configuration) implements SetupContext {
    @Override
    public String providerId() {
      return DangerAssessmentProvider.ID;
    }

    @Override
    public String providerVersion() {
      return DangerAssessmentProvider.VERSION;
    }

    @Override
    public Clock clock() {
      return Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);
    }
  }
}
