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
package org.safeguard.core.export;

import static org.safeguard.core.export.FieldValues.code;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.safeguard.core.equality.EqualityGroup;
import org.safeguard.core.equality.PopulationShare;
import org.safeguard.core.marac.AccessRow;
import org.safeguard.core.marac.ExpectedRange;
import org.safeguard.core.marac.ExpectedRanges;
import org.safeguard.core.marac.MaracReturn;
import org.safeguard.core.marac.MaracRoute;
import org.safeguard.core.marac.ReturnFigure;
import org.safeguard.core.outcome.Rate;
import org.safeguard.export.Count;
import org.safeguard.export.ExportDate;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Schemas;
import org.safeguard.model.Agency;
import org.safeguard.model.MissingValueException;

/**
 * The one place that maps a MARAC's periodic return onto its schema ({@link Schemas#MARAC_RETURN}),
 * for FULL: every count exact. An {@link ExportProfile} then suppresses small counts under every
 * purpose but FULL, with the counts and values that would give one away.
 */
public final class ReturnRecords {
  private ReturnRecords() {}

  /**
   * A return as a record: its period, MARACs and population, its counts, every figure of
   * {@link ReturnFigure#all()} with the service's expected range, and the access table.
   *
   * @param ret the return
   * @param expected the ranges the service expects its figures in; {@link ExpectedRanges#none()} for none
   * @param population each equality group's share of the population, for the groups the service has one for
   * @return a {@link Schemas#MARAC_RETURN} record for FULL
   */
  public static ExportRecord of(MaracReturn ret, ExpectedRanges expected, Map<EqualityGroup, PopulationShare> population) {
    MissingValueException.require("ret", ret);
    MissingValueException.require("expected", expected);
    // checks the population map for missing keys and values
    java.util.List<AccessRow> table = ret.accessTable(population);
    ExportRecord.Builder b = ExportRecord.builder(Schemas.MARAC_RETURN).set("from", ExportDate.of(ret.from()))
        .set("to", ExportDate.of(ret.to()));
    ret.maracIds().stream().sorted().forEach(id -> b.set("maracIds", id));
    b.set("adultWomen", ret.adultWomen()).set("casesHeard", Count.of(ret.casesHeard())).set("referrals", Count.of(ret.referrals()))
        .set("accepted", Count.of(ret.engagement().denominator())).set("rejected", Count.of(ret.rejected()))
        .set("transferred", Count.of(ret.transferred())).set("children", Count.of(ret.children()));
    Map<ReturnFigure, Rate> rates = rates(ret);
    for (ReturnFigure figure : ReturnFigure.all()) {
      b.set("figures", figure(ret, figure, Optional.ofNullable(rates.get(figure)), expected.rangeOf(figure)));
    }
    for (AccessRow row : table) {
      ExportRecord.Builder a = ExportRecord.builder(Schemas.MARAC_RETURN_ACCESS).set("group", code(row.group()))
          .set("cases", Count.of(row.cases().numerator())).set("of", Count.of(row.cases().denominator()))
          .set("missing", Count.of(row.cases().missing())).set("percent", row.cases().percent(1));
      row.population().ifPresent(p -> a.set("populationLow", p.low()).set("populationHigh", p.high()));
      a.set("representation", row.representation().map(FieldValues::code));
      b.set("access", a.build());
    }
    return b.build();
  }

  /** Each percentage figure's rate. */
  private static Map<ReturnFigure, Rate> rates(MaracReturn ret) {
    Map<ReturnFigure, Rate> rates = new HashMap<>();
    rates.put(ReturnFigure.REPEAT_RATE, ret.repeatRate());
    rates.put(ReturnFigure.CASES_WITH_CHILDREN, ret.casesWithChildren());
    rates.put(ReturnFigure.ENGAGEMENT, ret.engagement());
    for (Agency agency : Agency.values()) {
      rates.put(ReturnFigure.referralsBy(agency), ret.referralsBy(agency));
    }
    for (MaracRoute route : MaracRoute.values()) {
      rates.put(ReturnFigure.referralsBy(route), ret.referralsBy(route));
    }
    for (EqualityGroup group : EqualityGroup.values()) {
      rates.put(ReturnFigure.access(group), ret.access(group));
    }
    return rates;
  }

  private static ExportRecord figure(MaracReturn ret, ReturnFigure figure, Optional<Rate> rate, Optional<ExpectedRange> range) {
    ExportRecord.Builder f = ExportRecord.builder(Schemas.MARAC_RETURN_FIGURE).set("figure", figure.key()).set("kind", code(figure.kind()));
    if (rate.isPresent()) {
      Rate r = rate.get();
      f.set("numerator", Count.of(r.numerator())).set("denominator", Count.of(r.denominator())).set("missing", Count.of(r.missing()));
      if (r.missing() > 0) {
        f.set("missingReason", reasons(r.missingReason()));
      }
    } else {
      f.set("numerator", Count.of(ret.casesHeard()));
    }
    Optional<BigDecimal> value = ret.value(figure);
    f.set("value", value);
    range.ifPresent(e -> f.set("expectedLow", e.low()).set("expectedHigh", e.high()));
    if (range.isPresent() && value.isPresent()) {
      f.set("outsideExpected", !range.get().contains(value.get()));
    }
    return f.build();
  }

  /**
   * The reasons of a rate's missing cases without their counts: {@code 3 preferred not to say, 2 no
   * referral record} is {@code preferred not to say, no referral record}. The counts are the
   * record's; a reason's own count beside the total would give a small one away.
   */
  static String reasons(String missingReason) {
    StringBuilder b = new StringBuilder();
    for (String part : missingReason.split(", ")) {
      int space = part.indexOf(' ');
      boolean counted = space > 0 && part.substring(0, space).chars().allMatch(Character::isDigit);
      b.append(b.length() == 0 ? "" : ", ").append(counted ? part.substring(space + 1) : part);
    }
    return b.toString();
  }
}
