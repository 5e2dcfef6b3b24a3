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
package org.safeguard.plugins.spj;

import java.util.ArrayList;
import java.util.List;
import org.safeguard.model.Instrument;
import org.safeguard.model.RatingScale;
import org.safeguard.spi.SetupContext;

/**
 * Builds a B-SAFER-style form as data (Kropp et al., B-SAFER manual, Justice Canada). Each factor
 * becomes two items, {@code <factor>-current} and {@code <factor>-past}, side by side in factor
 * order, because the model's items carry one rating each. "Omit: not enough information" is {@link
 * org.safeguard.model.Answer#NOT_KNOWN}, never a rating of absent.
 */
final class BSaferForm {
  static final String ID = "b-safer";
  static final String LABELS = "org.safeguard.plugins.spj.labels";

  /** Absent 0, partially or possibly present 1, present 2. */
  static final RatingScale RATINGS = RatingScale.of(0, "absent", "partial", "present");

  /** The five factors on the nature of the spousal assault. */
  static final List<String> SPOUSAL_ASSAULT = List.of(
      "violent-acts",
      "violent-threats-or-thoughts",
      "escalation",
      "breach-of-orders",
      "violent-attitudes");

  /** The five factors on the perpetrator's psychosocial adjustment. */
  static final List<String> PSYCHOSOCIAL_ADJUSTMENT = List.of(
      "general-criminality",
      "relationship-problems",
      "employment-problems",
      "substance-use",
      "mental-health");

  /** The five victim-vulnerability factors the later form adds. */
  static final List<String> VICTIM_VULNERABILITY = List.of(
      "inconsistent-behaviour-or-attitude",
      "extreme-fear",
      "inadequate-access-to-resources",
      "unsafe-living-situation",
      "victim-personal-problems");

  static final List<String> TEN_FACTORS = concat(SPOUSAL_ASSAULT, PSYCHOSOCIAL_ADJUSTMENT);
  static final List<String> FIFTEEN_FACTORS = concat(TEN_FACTORS, VICTIM_VULNERABILITY);

  /** The two periods each factor is rated for, in form order. */
  static final List<String> PERIODS = List.of("current", "past");

  private BSaferForm() {}

  /** The item ids for a list of factors: each factor's current then past rating. */
  static List<String> items(List<String> factors) {
    List<String> items = new ArrayList<>();
    for (String factor : factors) {
      for (String period : PERIODS) {
        items.add(factor + "-" + period);
      }
    }
    return List.copyOf(items);
  }

  static Instrument build(SetupContext context, List<String> factors) {
    return Instrument.builder(context)
        .itemIds(items(factors).toArray(new String[0]))
        .labels(new Labels(LABELS))
        .ratingScale(RATINGS)
        .computesLevel(false)
        .scoringRule(RatingSum.INSTANCE)
        .build();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }
}
