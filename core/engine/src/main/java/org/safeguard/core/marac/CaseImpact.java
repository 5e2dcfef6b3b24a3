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
package org.safeguard.core.marac;

import java.util.EnumSet;
import java.util.Set;
import org.safeguard.model.EnumCodes;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.StableId;

/**
 * One case screened under the policy in force and under a candidate: the two decisions side by
 * side, and what changed between them.
 *
 * @param caseId the case's id
 * @param inForce the decision under the policy in force
 * @param candidate the decision under the candidate policy, on the same day
 */
public record CaseImpact(String caseId, MaracDecision inForce, MaracDecision candidate) {
  /**
   * Checks the parts.
   *
   * @param caseId the case
   * @param inForce the decision in force
   * @param candidate the candidate's decision
   * @throws InvalidInputException when a part is missing, or the two decisions were made on different days
   */
  public CaseImpact {
    StableId.requireReference("caseId", caseId);
    MissingValueException.require("inForce", inForce);
    MissingValueException.require("candidate", candidate);
    if (!inForce.asOf().equals(candidate.asOf())) {
      throw new InvalidInputException("candidate.asOf", candidate.asOf(), "is the day of the decision in force, " + inForce.asOf()
          + ": a policy's impact compares one case on one day");
    }
  }

  /**
   * Whether the candidate decides otherwise: another outcome, or the same by other routes.
   *
   * @return true when the outcome or the routes that fired differ
   */
  public boolean changed() {
    return inForce.outcome() != candidate.outcome() || !inForce.firedRoutes().equals(candidate.firedRoutes());
  }

  /**
   * The routes that fire under the candidate and not under the policy in force.
   *
   * @return the routes gained
   */
  public Set<MaracRoute> routesGained() {
    Set<MaracRoute> gained = EnumSet.noneOf(MaracRoute.class);
    gained.addAll(candidate.firedRoutes());
    gained.removeAll(inForce.firedRoutes());
    return gained;
  }

  /**
   * The routes that fire under the policy in force and not under the candidate.
   *
   * @return the routes lost
   */
  public Set<MaracRoute> routesLost() {
    Set<MaracRoute> lost = EnumSet.noneOf(MaracRoute.class);
    lost.addAll(inForce.firedRoutes());
    lost.removeAll(candidate.firedRoutes());
    return lost;
  }

  /**
   * The change in words, by codes only: the case, the two outcomes and the routes gained and lost.
   *
   * @return one line, such as {@code V-17: no-referral -> refer-to-medium-risk-marac; gains medium-risk-band}
   */
  public String explain() {
    StringBuilder out = new StringBuilder(caseId).append(": ").append(EnumCodes.of(inForce.outcome()));
    out.append(inForce.outcome() == candidate.outcome() ? " (same outcome)" : " -> " + EnumCodes.of(candidate.outcome()));
    if (!routesGained().isEmpty()) {
      out.append("; gains ").append(codes(routesGained()));
    }
    if (!routesLost().isEmpty()) {
      out.append("; loses ").append(codes(routesLost()));
    }
    return out.toString();
  }

  private static String codes(Set<MaracRoute> routes) {
    StringBuilder out = new StringBuilder();
    for (MaracRoute route : routes) {
      out.append(out.length() == 0 ? "" : ", ").append(EnumCodes.of(route));
    }
    return out.toString();
  }
}
