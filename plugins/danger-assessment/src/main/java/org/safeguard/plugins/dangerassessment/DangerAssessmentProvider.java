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

import java.util.Map;
import org.safeguard.model.Instrument;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.ScoreCategory;
import org.safeguard.spi.InstrumentProvider;
import org.safeguard.spi.SetupContext;

/**
 * The Danger Assessment (20-item revision; Campbell, dangerassessment.org): yes / no items with the
 * four sub-checks as items of their own (see {@link SubChecks}), scored as the sum of the weights
 * of the yes answers, and placed in the instrument's own levels: below 8 variable, 8-13 increased,
 * 14-17 severe, 18 and over extreme danger.
 *
 * <p>The weights are licensed, so none ship here. Loading reads them from the provider's {@value
 * #WEIGHTS_KEY} configuration ({@code classpath:<resource>} or a file path) or else from the
 * classpath resource {@value #DEFAULT_WEIGHTS_RESOURCE}, looked up through the class loader the
 * engine finds plugins with ({@link org.safeguard.spi.SetupContext#classLoader()}) and then this
 * plugin's. With none found, or a file that breaks a rule, loading fails with a
 * {@link WeightsException} and the engine reports it under the id {@value #ID}.
 */
public final class DangerAssessmentProvider implements InstrumentProvider {
  /** The instrument's id, {@value}; the weights configuration is set under it. */
  public static final String ID = "danger-assessment";

  /** The instrument's version, {@value}: the 20-item revision. */
  public static final String VERSION = "2004";

  /** The configuration key naming where the weights are: {@code classpath:<resource>} or a file path. */
  public static final String WEIGHTS_KEY = "weights";

  /** Where the weights are looked for when the configuration names no location. */
  public static final String DEFAULT_WEIGHTS_RESOURCE = "META-INF/safeguard/danger-assessment/weights.properties";

  static final String LABELS = "org.safeguard.plugins.dangerassessment.labels";

  /** The no-argument constructor ServiceLoader uses; it does nothing. */
  public DangerAssessmentProvider() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String version() {
    return VERSION;
  }

  @Override
  public Instrument load(SetupContext context) {
    Map<String, String> configuration = context.configuration();
    for (String key : configuration.keySet()) {
      if (!key.equals(WEIGHTS_KEY)) {
        throw new InvalidInputException("configuration." + key, configuration.get(key),
            "not a setting of " + ID + "; its only setting is " + WEIGHTS_KEY);
      }
    }
    int[] weights = WeightsFile.load(configuration.get(WEIGHTS_KEY), DangerAssessmentItems.ALL,
        context.classLoader(), DangerAssessmentProvider.class.getClassLoader());
    return Instrument.builder(context)
        .itemIds(DangerAssessmentItems.ALL.toArray(new String[0]))
        .labels(new Labels(LABELS))
        .addCategories(
            ScoreCategory.of("variable danger", 0, 7),
            ScoreCategory.of("increased danger", 8, 13),
            ScoreCategory.of("severe danger", 14, 17),
            ScoreCategory.from("extreme danger", 18))
        .scoringRule(new WeightedSum(DangerAssessmentItems.ALL, weights))
        .build();
  }
}
