package org.safeguard.benchmarks;

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
final class SyntheticChecklists {
  private SyntheticChecklists() {}

  /**
   * {@code count} checklists of {@code items} answers each, indexed in the instrument's item order.
   */
  static List<Answer[]> generate(long seed, int count, int items) {
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
