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
package org.safeguard.planning;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.safeguard.model.MissingValueException;

/**
 * Visible victims one adviser can carry in a year, by risk tier. The CAADA planning standard is 65
 * high-risk or 85 medium-risk victims per adviser (<i>Hertfordshire Domestic Abuse Review</i>,
 * CAADA, 2014, section 3.4).
 *
 * @param caseloads the caseload for each tier, each above zero
 */
public record CaseloadStandard(Map<RiskTier, BigDecimal> caseloads) {
  /** 65 high-risk, 85 medium-risk victims per adviser a year. */
  public static final CaseloadStandard CAADA_2014 = of(BigDecimal.valueOf(65), BigDecimal.valueOf(85));

  /**
   * Checks every caseload and copies the map.
   *
   * @param caseloads the caseload for each tier, each above zero
   * @throws PlanningInputException if there is no tier or a caseload is not above zero
   */
  public CaseloadStandard {
    MissingValueException.require("caseloads", caseloads);
    if (caseloads.isEmpty()) {
      throw new PlanningInputException("caseloads", "(none)", "a caseload for at least one risk tier");
    }
    for (Map.Entry<RiskTier, BigDecimal> entry : caseloads.entrySet()) {
      RiskTier tier = MissingValueException.require("caseload tier", entry.getKey());
      BigDecimal caseload = Decimals.input("caseload (" + tier.words() + ")", entry.getValue());
      if (caseload.signum() <= 0) {
        throw new PlanningInputException("caseload (" + tier.words() + ")", Decimals.brief(caseload),
            "a caseload is above zero: advisers = victims ÷ caseload");
      }
    }
    caseloads = Collections.unmodifiableMap(new EnumMap<>(caseloads));
  }

  /**
   * A standard for high and medium risk.
   *
   * @param high high-risk victims per adviser; above zero
   * @param medium medium-risk victims per adviser; above zero
   * @return the standard
   * @throws PlanningInputException if a caseload is not above zero
   */
  public static CaseloadStandard of(BigDecimal high, BigDecimal medium) {
    Map<RiskTier, BigDecimal> map = new EnumMap<>(RiskTier.class);
    map.put(RiskTier.HIGH, high);
    map.put(RiskTier.MEDIUM, medium);
    return new CaseloadStandard(map);
  }

  /**
   * The caseload for a tier.
   *
   * @param tier the risk tier
   * @return victims per adviser in that tier
   * @throws PlanningInputException if the standard has none for it
   */
  public BigDecimal caseload(RiskTier tier) {
    BigDecimal caseload = caseloads.get(tier);
    if (caseload == null) {
      throw new PlanningInputException("caseload (" + tier.words() + ")", "(none)", "the standard sets no caseload for this tier");
    }
    return caseload;
  }
}
