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
package org.safeguard.plugins.drivedash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.safeguard.model.Answer;
import org.safeguard.model.Responses;
import org.safeguard.model.Score;

/**
 * The Drive-DASH's laws: a "yes" in place of any other answer never lowers the score; an assessment
 * is excluded exactly when 11 or more answers are not known; carrying answers through the identity
 * mapping loses nothing.
 */
class DriveDashProperties {
  @Provide
  Arbitrary<List<Answer>> answers() {
    return Arbitraries.of(Answer.YES, Answer.NO, Answer.NOT_KNOWN, Answer.NOT_ASKED).list().ofSize(DriveDashProvider.ITEMS);
  }

  private static Responses responses(List<Answer> answers) {
    Responses.Builder b = DriveDashTest.ENGINE.responses(DriveDashProvider.ID);
    for (int i = 0; i < answers.size(); i++) {
      String id = DriveDashProvider.ITEM_IDS.get(i);
      if (answers.get(i) == Answer.NOT_ASKED) {
        b.notAsked(id);
      } else {
        b.answer(id, answers.get(i));
      }
    }
    return b.build();
  }

  @Property(tries = 300)
  void aYesNeverLowersTheScoreAndExclusionIsElevenNotKnown(@ForAll("answers") List<Answer> answers, @ForAll("index") int at) {
    Responses before = responses(answers);
    Score s = DriveDashTest.DRIVE_DASH.score(before);
    long notKnown = answers.stream().filter(a -> a == Answer.NOT_KNOWN).count();
    assertEquals(notKnown < DriveDashProvider.NOT_KNOWN_LIMIT, s.valid());
    assertEquals(answers.stream().filter(a -> a == Answer.YES).count(), s.value());
    Score after = DriveDashTest.DRIVE_DASH.score(before.with(DriveDashProvider.ITEM_IDS.get(at), Answer.YES));
    assertTrue(after.value() >= s.value());
  }

  @Provide
  Arbitrary<Integer> index() {
    return Arbitraries.integers().between(0, DriveDashProvider.ITEMS - 1);
  }

  @Property(tries = 200)
  void theIdentityMappingCarriesEveryAnswerAcross(@ForAll("answers") List<Answer> answers) {
    Map<String, String> identity = new LinkedHashMap<>();
    DriveDashProvider.ITEM_IDS.forEach(id -> identity.put(id, id));
    Responses given = responses(answers);
    assertEquals(given, ItemSetMapping.of(identity).apply(given, DriveDashTest.DRIVE_DASH));
  }
}
