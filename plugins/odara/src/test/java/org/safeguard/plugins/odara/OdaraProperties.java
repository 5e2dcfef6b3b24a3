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
package org.safeguard.plugins.odara;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.safeguard.model.Answer;
import org.safeguard.model.Instrument;
import org.safeguard.model.Responses;
import org.safeguard.model.Score;

/**
 * Properties of the ODARA sum and of this plugin's missing-item rule (our documented assumption;
 * the rule in the ODARA manual, Hilton et al. 2010, is unconfirmed). Cases are generated count
 * first: how many items are missing, how many of the rest are present, then where they fall, so
 * the boundaries (none missing, exactly the maximum, one over) are exercised.
 */
class OdaraProperties {
  private static final Instrument ODARA = OdaraTest.ENGINE.instrument(OdaraProvider.ID);
  private static final int ITEMS = 13;

  /** A form: {@code missing} items not known or not asked, {@code present} of the rest present, the others absent. */
  record Form(int missing, int present, List<Integer> order, List<Answer> missingKinds) {
    Responses build() {
      Responses.Builder b = Responses.builder(ODARA);
      for (int k = 0; k < ITEMS; k++) {
        String item = ODARA.itemIds().get(order.get(k));
        if (k < missing) {
          b.answer(item, missingKinds.get(k));
        } else if (k < missing + present) {
          b.yes(item);
        } else {
          b.no(item);
        }
      }
      return b.build();
    }

    /** The item that turns from absent to present; only when {@code present < 13 - missing}. */
    String nextAbsent() {
      return ODARA.itemIds().get(order.get(missing + present));
    }
  }

  private static Arbitrary<Form> forms(boolean roomForOneMore) {
    List<Integer> indexes = java.util.stream.IntStream.range(0, ITEMS).boxed().toList();
    return Arbitraries.integers().between(0, roomForOneMore ? ITEMS - 1 : ITEMS).flatMap(missing ->
        Arbitraries.integers().between(0, ITEMS - missing - (roomForOneMore ? 1 : 0)).flatMap(present ->
            Combinators.combine(
                    Arbitraries.shuffle(indexes),
                    Arbitraries.of(Answer.NOT_KNOWN, Answer.NOT_ASKED).list().ofSize(ITEMS))
                .as((order, kinds) -> new Form(missing, present, order, kinds))));
  }

  @Provide
  Arbitrary<Form> anyForm() {
    return forms(false);
  }

  @Provide
  Arbitrary<Form> formWithAnAbsentItem() {
    return forms(true);
  }

  @Property
  void oneMoreItemPresentNeverLowersTheScoreWhenTheMissingItemsStayTheSame(@ForAll("formWithAnAbsentItem") Form form) {
    Responses before = form.build();
    Responses after = before.with(form.nextAbsent(), Answer.YES);
    int was = ODARA.score(before).value();
    int is = ODARA.score(after).value();
    assertTrue(is >= was, "missing " + form.missing() + ", present " + form.present() + ": " + was + " -> " + is);
    assertEquals(ODARA.score(before).valid(), ODARA.score(after).valid(), "validity depends only on how many are missing");
  }

  @Property
  void theAssessmentIsValidExactlyWhenAtMostFiveItemsAreMissing(@ForAll("anyForm") Form form) {
    assertEquals(form.missing() <= OdaraProvider.DEFAULT_MAX_MISSING, ODARA.score(form.build()).valid());
  }

  @Property
  void aValidScoreIsTheRoundedProrationAndStaysWithinThePresentCountAndThirteen(@ForAll("anyForm") Form form) {
    Score s = ODARA.score(form.build());
    int answered = ITEMS - form.missing();
    if (s.valid()) {
      long expected = Math.round(form.present() * 13.0 / answered); // half up for positive values
      assertEquals(expected, s.value());
      assertTrue(s.value() >= form.present() && s.value() <= ITEMS);
      assertTrue(s.category().isPresent(), "every score from 0 to 13 is in a bin");
    } else {
      assertEquals(form.present(), s.value());
    }
  }
}
