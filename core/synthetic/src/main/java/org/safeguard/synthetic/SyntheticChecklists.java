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
package org.safeguard.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.safeguard.model.Answer;

/**
 * Seeded synthetic completed checklists: one answer per item, each yes, no, not known or not
 * asked. Each checklist draws its own severity and its own completeness, so the set spans the
 * whole score range, standard and high, from nearly complete forms to patchy ones. The same seed
 * always gives the same checklists.
 */
public final class SyntheticChecklists {
  private SyntheticChecklists() {}

  /**
   * {@code count} checklists of {@code items} answers each, indexed in the instrument's item order.
   *
   * @param seed the seed: the same seed gives the same checklists
   * @param count how many checklists
   * @param items how many items each has
   * @return the checklists, each a fresh array the caller may keep
   */
  public static List<Answer[]> generate(long seed, int count, int items) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Answer[]> checklists = new ArrayList<>(count);
    for (int c = 0; c < count; c++) {
      double yes = 0.05 + 0.85 * random.nextDouble(); // share of asked-and-known items that are yes
      double notKnown = 0.15 * random.nextDouble();
      double notAsked = random.nextDouble() < 0.7 ? 0.0 : 0.15 * random.nextDouble();
      Answer[] answers = new Answer[items];
      for (int i = 0; i < items; i++) {
        double r = random.nextDouble();
        if (r < notAsked) {
          answers[i] = Answer.NOT_ASKED;
        } else if (r < notAsked + notKnown) {
          answers[i] = Answer.NOT_KNOWN;
        } else {
          answers[i] = random.nextDouble() < yes ? Answer.YES : Answer.NO;
        }
      }
      checklists.add(answers);
    }
    return checklists;
  }
}
