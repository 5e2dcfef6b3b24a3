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

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.safeguard.core.marac.CaseHistory;
import org.safeguard.core.marac.Incident;
import org.safeguard.model.Responses;

/**
 * One made-up person and their case: what the quickstart assesses and screens. The names exist only
 * so that the privacy test has something to look for in the output; the library never sees them,
 * because {@link CaseHistory} has no field for a name.
 *
 * <p>{@link #toString()} shows the case id and counts only, so a case printed or logged by mistake
 * gives away no name, answer or rationale.
 *
 * @param caseId the case system's id, for example {@code QS-0007}
 * @param firstName made-up first name
 * @param lastName made-up last name
 * @param victimAge age in whole years on the screening date
 * @param responses the Dash RIC answers, with the agencies some of them came from
 * @param incidents incidents known to any agency, oldest first
 * @param previousReferrals dates of earlier MARAC referrals, oldest first
 * @param judgement a professional judgement to apply after assessment, if the case has one
 */
public record SyntheticCase(
    String caseId,
    String firstName,
    String lastName,
    int victimAge,
    Responses responses,
    List<Incident> incidents,
    List<LocalDate> previousReferrals,
    Optional<Judgement> judgement) {

  public SyntheticCase {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(firstName, "firstName");
    Objects.requireNonNull(lastName, "lastName");
    Objects.requireNonNull(responses, "responses");
    incidents = List.copyOf(incidents);
    previousReferrals = List.copyOf(previousReferrals);
    Objects.requireNonNull(judgement, "judgement");
  }

  /** What the MARAC screen needs to know about this case on {@code asOf}; no name goes in. */
  public CaseHistory history(LocalDate asOf) {
    return CaseHistory.builder()
        .asOf(asOf)
        .victimAge(victimAge)
        .incidents(incidents)
        .previousReferrals(previousReferrals)
        .build();
  }

  @Override
  public String toString() {
    return "SyntheticCase{" + caseId + ", age " + victimAge + ", " + responses + ", " + incidents.size() + " incident(s), "
        + previousReferrals.size() + " previous referral(s)" + judgement.map(j -> ", " + j).orElse("") + "}";
  }
}
