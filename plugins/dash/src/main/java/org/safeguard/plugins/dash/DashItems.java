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
package org.safeguard.plugins.dash;

import java.util.ArrayList;
import java.util.List;

/**
 * The item ids of the Dash checklists and the S-DASH supplement, in form order (the ACPO DASH
 * 2009 form; SafeLives' Dash risk checklist and its quick-start guidance).
 */
final class DashItems {
  /** The SafeLives Dash RIC, 24 items. */
  static final List<String> RIC = List.of(
      "current-injury",
      "very-frightened",
      "fears-further-harm",
      "isolation",
      "depression-or-suicidal-thoughts",
      "separation",
      "child-contact-conflict",
      "stalking-or-harassment",
      "pregnancy-or-recent-birth",
      "abuse-more-often",
      "abuse-getting-worse",
      "control-or-jealousy",
      "weapons-or-objects",
      "threats-to-kill",
      "strangulation",
      "sexual-abuse",
      "another-person-threatening",
      "abuser-hurt-others",
      "animal-cruelty",
      "financial-issues",
      "abuser-substance-or-mental-health",
      "abuser-suicide-threats",
      "breach-of-bail-or-order",
      "criminal-history");

  /** The three police questions about children and dependants, asked after the pregnancy item. */
  static final List<String> POLICE_CHILDREN = List.of(
      "other-dependants-in-household",
      "abuser-hurt-children",
      "abuser-threatened-children");

  /** The police DASH 2009, 27 items: the RIC with the children questions as Q10 to Q12. */
  static final List<String> POLICE = policeOrder();

  /** The Dash item whose yes prompts the S-DASH stalking supplement (police Q8, RIC item 8). */
  static final String STALKING = "stalking-or-harassment";

  /** The S-DASH stalking and harassment supplement, 11 items. */
  static final List<String> S_DASH = List.of(
      "very-frightened",
      "previous-stalking-or-harassment",
      "property-damaged",
      "frequent-visits-home-or-work",
      "loitering",
      "threats-of-violence",
      "third-parties-harassed",
      "violence-to-others",
      "others-recruited",
      "substance-misuse",
      "history-of-violence");

  private DashItems() {}

  private static List<String> policeOrder() {
    int afterPregnancy = RIC.indexOf("pregnancy-or-recent-birth") + 1;
    List<String> order = new ArrayList<>(RIC.subList(0, afterPregnancy));
    order.addAll(POLICE_CHILDREN);
    order.addAll(RIC.subList(afterPregnancy, RIC.size()));
    return List.copyOf(order);
  }
}
