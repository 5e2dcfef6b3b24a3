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

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.safeguard.model.Agency;
import org.safeguard.model.InvalidInputException;

/**
 * The rules a {@link Referral} keeps however it is made: each bad shape named in its check is
 * refused by the builder, naming the field.
 */
class ReferralRulesTest {
  static final LocalDate DAY = LocalDate.of(2026, 4, 6);

  private static StateChange at(ReferralState state, int day) {
    return new StateChange(state, DAY.plusDays(day));
  }

  /** A valid referral's builder, received on {@link #DAY}, with the history given. */
  private static Referral.Builder referral(StateChange... history) {
    return Referral.builder().referralId("R-1").caseId("C-1").maracId("MARAC-A").receivedOn(DAY).referredBy(Agency.POLICE)
        .addRoutes(MaracRoute.VISIBLE_HIGH_RISK).addHistory(history).revision(Math.max(1, history.length));
  }

  private static Referral.Builder referred() {
    return referral(at(ReferralState.REFERRED, 0));
  }

  private static void refused(String field, UnaryOperator<Referral.Builder> shape) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> shape.apply(referred()).build());
    assertEquals(field, e.field(), e.getMessage());
  }

  private static void refused(String field, Referral.Builder builder) {
    InvalidInputException e = assertThrows(InvalidInputException.class, builder::build);
    assertEquals(field, e.field(), e.getMessage());
  }

  @Test
  void aWellFormedReferralBuildsAndReadsItsStateOverTime() {
    Referral r = referral(at(ReferralState.REFERRED, 0), at(ReferralState.ENGAGED, 3), at(ReferralState.CLOSED, 9))
        .childrenInHousehold(2).addFlags(new Flag(Agency.HOUSING, DAY.plusDays(1))).build();
    assertEquals(ReferralState.CLOSED, r.state());
    assertEquals(Optional.empty(), r.stateOn(DAY.minusDays(1)));
    assertEquals(Optional.of(ReferralState.ENGAGED), r.stateOn(DAY.plusDays(8)));
    assertTrue(r.engagedBy(DAY.plusDays(3)));
    assertFalse(r.engagedBy(DAY.plusDays(2)));
    assertTrue(r.accepted());
    assertEquals(DAY.plusDays(9), r.lastChangedOn(), "by default the latest day recorded");
    assertEquals(DAY.plusDays(20), referred().lastChangedOn(DAY.plusDays(20)).build().lastChangedOn());
    assertDoesNotThrow(() -> referred().childrenInHousehold(0).build());
    assertDoesNotThrow(() -> referred().childrenInHousehold(Referral.MAX_CHILDREN).build());
  }

  @Test
  void idsThatAreNotReferencesAreRefused() {
    refused("referralId", b -> b.referralId("R 1"));
    refused("caseId", b -> b.caseId("C/1"));
    refused("maracId", b -> b.maracId("-A"));
    refused("referralId", b -> b.referralId("R".repeat(65)));
  }

  @Test
  void aReferralComesByAtLeastOneRouteAndFromRevisionOne() {
    refused("routes", Referral.builder().referralId("R-1").caseId("C-1").maracId("MARAC-A").receivedOn(DAY)
        .referredBy(Agency.POLICE).addHistory(at(ReferralState.REFERRED, 0)).revision(1));
    refused("revision", b -> b.revision(0));
    refused("receivedOn", Referral.builder().referralId("R-1").caseId("C-1").maracId("MARAC-A").receivedOn(LocalDate.of(1899, 12, 31))
        .referredBy(Agency.POLICE).addRoutes(MaracRoute.REPEAT).addHistory(new StateChange(ReferralState.REFERRED, DAY)).revision(1));
  }

  @Test
  void aChildrenCountOutOfRangeIsRefused() {
    refused("childrenInHousehold", b -> b.childrenInHousehold(-1));
    refused("childrenInHousehold", b -> b.childrenInHousehold(Referral.MAX_CHILDREN + 1));
    assertEquals(OptionalInt.empty(), referred().build().childrenInHousehold(), "not known unless recorded");
  }

  @Test
  void theHistoryStartsWithTheReferralOnTheDayReceived() {
    refused("history", referral());
    refused("history", referral(at(ReferralState.ENGAGED, 0)));
    refused("history", referral(at(ReferralState.REFERRED, 1)));
  }

  @Test
  void theHistoryMovesOnlyTheWaysAReferralCan() {
    refused("history.state", referral(at(ReferralState.REFERRED, 0), at(ReferralState.REFERRED, 1)));
    refused("history.state", referral(at(ReferralState.REFERRED, 0), at(ReferralState.ENGAGED, 1), at(ReferralState.ENGAGED, 2)));
    refused("history.state", referral(at(ReferralState.REFERRED, 0), at(ReferralState.ENGAGED, 1), at(ReferralState.REJECTED, 2))
        .rejection(RejectionReason.OTHER));
    refused("history.state", referral(at(ReferralState.REFERRED, 0), at(ReferralState.ENGAGED, 1), at(ReferralState.TRANSFERRED, 2))
        .transferredTo("MARAC-B"));
    for (ReferralState after : ReferralState.values()) {
      refused("history.state", referral(at(ReferralState.REFERRED, 0), at(ReferralState.CLOSED, 1), at(after, 2)));
      refused("history.state", referral(at(ReferralState.REFERRED, 0), at(ReferralState.REJECTED, 1), at(after, 2))
          .rejection(RejectionReason.DUPLICATE));
      refused("history.state", referral(at(ReferralState.REFERRED, 0), at(ReferralState.TRANSFERRED, 1), at(after, 2))
          .transferredTo("MARAC-B"));
    }
  }

  @Test
  void theHistoryDaysDoNotRunBackwards() {
    refused("history.on", referral(at(ReferralState.REFERRED, 0), at(ReferralState.ENGAGED, 4), at(ReferralState.CLOSED, 3)));
    assertDoesNotThrow(() -> referral(at(ReferralState.REFERRED, 0), at(ReferralState.ENGAGED, 0), at(ReferralState.CLOSED, 0)).build(),
        "several changes on one day");
  }

  @Test
  void aRejectionReasonGoesWithTheRejectedStateOnly() {
    refused("rejection", b -> b.rejection(RejectionReason.CRITERIA_NOT_MET));
    refused("rejection", referral(at(ReferralState.REFERRED, 0), at(ReferralState.REJECTED, 1)));
    assertFalse(referral(at(ReferralState.REFERRED, 0), at(ReferralState.REJECTED, 1)).rejection(RejectionReason.OTHER).build()
        .accepted());
  }

  @Test
  void aTransferGoesWithTheTransferredStateOnlyAndToAnotherMarac() {
    refused("transferredTo", b -> b.transferredTo("MARAC-B"));
    refused("transferredTo", referral(at(ReferralState.REFERRED, 0), at(ReferralState.TRANSFERRED, 1)));
    refused("transferredTo", referral(at(ReferralState.REFERRED, 0), at(ReferralState.TRANSFERRED, 1)).transferredTo("MARAC-A"));
    refused("transferredTo", referral(at(ReferralState.REFERRED, 0), at(ReferralState.TRANSFERRED, 1)).transferredTo("MARAC B"));
    assertFalse(referral(at(ReferralState.REFERRED, 0), at(ReferralState.TRANSFERRED, 1)).transferredTo("MARAC-B").build().accepted());
  }

  @Test
  void anAgencyFlagsOnceAndNotBeforeTheReferral() {
    refused("flags.agency", b -> b.addFlags(new Flag(Agency.POLICE, DAY), new Flag(Agency.POLICE, DAY.plusDays(2))));
    refused("flags.on", b -> b.addFlags(new Flag(Agency.HEALTH, DAY.minusDays(1))));
    assertDoesNotThrow(() -> referred().flags(List.of(new Flag(Agency.POLICE, DAY), new Flag(Agency.HEALTH, DAY))).build());
  }

  @Test
  void theDayOfTheLastChangeIsNotBeforeAStateChangeOrAFlag() {
    refused("lastChangedOn", referral(at(ReferralState.REFERRED, 0), at(ReferralState.ENGAGED, 5)).lastChangedOn(DAY.plusDays(4)));
    refused("lastChangedOn", b -> b.addFlags(new Flag(Agency.HEALTH, DAY.plusDays(3))).lastChangedOn(DAY.plusDays(2)));
    refused("lastChangedOn", b -> b.lastChangedOn(LocalDate.of(2200, 1, 1)));
  }
}
