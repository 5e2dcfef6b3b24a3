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
package org.safeguard.examples.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.core.Safeguard;
import org.safeguard.core.equality.EqualityGroup;
import org.safeguard.core.marac.MaracReturn;
import org.safeguard.core.marac.Referral;
import org.safeguard.core.marac.ReturnFigure;
import org.safeguard.model.Agency;

/**
 * The quickstart's quarterly return: every sample case the screen refers to the MARAC is received
 * as a referral and heard once in the quarter, and the section prints the return's own figures.
 */
class QuarterlyReturnTest {
  private static final Safeguard ENGINE = Safeguard.builder().build();

  @Test
  void everyCaseReferredToTheMaracIsHeardOnceAndCountedInTheReturn() {
    List<SyntheticCase> sample = Fixtures.sample();
    List<ScreenedCase> screened = Quickstart.screen(ENGINE, sample);
    QuarterlyReturn.Worked worked = QuarterlyReturn.work(ENGINE, sample, screened, SyntheticCases.SCREENING_DATE);
    long referred = screened.stream().filter(s -> s.decision().referToMarac()).count();
    MaracReturn r = worked.figures();
    assertEquals(referred, worked.referrals().size());
    assertEquals(referred, r.casesHeard());
    assertEquals(referred, r.referrals());
    assertEquals(referred, worked.meetings().stream().mapToLong(m -> m.heard().size()).sum());
    long repeats = worked.referrals().stream().filter(x -> x.routes().contains(org.safeguard.core.marac.MaracRoute.REPEAT)).count();
    assertEquals(repeats, r.repeatRate().numerator());
    long engaged = worked.referrals().stream().filter(x -> x.engagedBy(QuarterlyReturn.TO)).count();
    assertEquals(engaged, r.engagement().numerator());
    long police = worked.referrals().stream().map(Referral::referredBy).filter(Agency.POLICE::equals).count();
    assertEquals(police, r.referralsBy(Agency.POLICE).numerator());

    String section = QuarterlyReturn.render(r, QuarterlyReturn.ranges(), QuarterlyReturn.population());
    assertTrue(section.contains("Quarterly MARAC return: SAMPLE-MARAC, 2026-10-01..2026-12-31"), section);
    assertTrue(section.contains("cases heard: " + referred + ", " + r.perTenThousandAdultWomen() + " per 10,000 adult women a year"),
        section);
    assertTrue(section.contains("repeat rate: " + r.repeatRate()), section);
    assertTrue(section.contains("minority-ethnic        " + r.access(EqualityGroup.MINORITY_ETHNIC) + " against 19.2%"), section);
    for (var outside : r.outsideExpected(QuarterlyReturn.ranges())) {
      assertTrue(section.contains(outside.figure().key() + " " + outside.value().toPlainString()), section);
    }
    // the sample's own ranges are read from its properties file: the per-10k range is 40 and over
    assertEquals("40..", QuarterlyReturn.ranges().rangeOf(ReturnFigure.PER_TEN_THOUSAND).orElseThrow().toString());
  }
}
