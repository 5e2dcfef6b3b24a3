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
package org.safeguard.plugins.reporthtml;

import java.util.Locale;
import java.util.Map;

/** Words for the codes a cohort report or a MARAC return carries; a code it does not know is shown as its own words. */
final class Labels {
  private Labels() {}

  private static final Map<String, String> WORDS = Map.ofEntries(
      Map.entry("risk-reduced", "Reduction in risk"),
      Map.entry("feels-safer", "Victim feels safer"),
      Map.entry("quality-of-life-improved", "Improved quality of life"),
      Map.entry("coping-improved", "Improved coping"),
      Map.entry("social-support-improved", "Improved social support"),
      Map.entry("total-cessation", "Total cessation"),
      Map.entry("complete-or-near-cessation", "Complete or near cessation"),
      Map.entry("harassment-and-stalking", "Harassment and stalking"),
      Map.entry("jealous-and-controlling", "Jealous and controlling"),
      Map.entry("closure-or-four-months", "at case closure or after four months of engagement, whichever came first"),
      Map.entry("case-closure", "at case closure"),
      Map.entry("lesbian-gay-bisexual", "Lesbian, gay or bisexual"),
      Map.entry("aged-16-17", "Aged 16 or 17"));

  /**
   * The words for a code: {@code risk-reduced} is {@code Reduction in risk}, an unknown
   * {@code county-floating-support} is {@code County floating support}.
   */
  static String of(String code) {
    String words = WORDS.get(code);
    if (words != null) {
      return words;
    }
    String spaced = code.replace('-', ' ');
    return spaced.isEmpty() ? spaced : spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
  }
}
