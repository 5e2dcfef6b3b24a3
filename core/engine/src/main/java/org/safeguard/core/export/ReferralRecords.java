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

import java.util.Optional;
import org.safeguard.core.equality.EqualityAnswer;
import org.safeguard.core.equality.EqualityProfile;
import org.safeguard.core.marac.CaseFlagged;
import org.safeguard.core.marac.ChildrenRecorded;
import org.safeguard.core.marac.EqualityRecorded;
import org.safeguard.core.marac.Flag;
import org.safeguard.core.marac.Referral;
import org.safeguard.core.marac.ReferralClosed;
import org.safeguard.core.marac.ReferralEngaged;
import org.safeguard.core.marac.ReferralEvent;
import org.safeguard.core.marac.ReferralReceived;
import org.safeguard.core.marac.ReferralRejected;
import org.safeguard.core.marac.ReferralTransferred;
import org.safeguard.core.marac.StateChange;
import org.safeguard.export.ExportDate;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Schemas;
import org.safeguard.model.MissingValueException;

/**
 * The one place that maps a MARAC's referral ({@link Schemas#REFERRAL}) and each change
 * recorded on one ({@link Schemas#REFERRAL_EVENT}) onto their schemas, for FULL; an
 * {@link ExportProfile} then keeps what its purpose needs. The victim's equality answers are
 * special-category data that no purpose but FULL needs one by one: the field is FULL's alone, and
 * an event that records them is not let out under any other purpose at all (its kind and day would
 * say answers were recorded).
 */
public final class ReferralRecords {
  private static final String EQUALITY_RECORDED = "equality-recorded";

  private ReferralRecords() {}

  /**
   * A referral as it stands.
   *
   * @param referral the referral
   * @return a {@link Schemas#REFERRAL} record for FULL
   */
  public static ExportRecord ofReferral(Referral referral) {
    MissingValueException.require("referral", referral);
    ExportRecord.Builder b = ExportRecord.builder(Schemas.REFERRAL).set("referralId", referral.referralId())
        .set("caseId", referral.caseId()).set("maracId", referral.maracId()).set("revision", referral.revision())
        .set("receivedOn", ExportDate.of(referral.receivedOn())).set("referredBy", code(referral.referredBy()));
    // routes in the order of MaracRoute, so that the same referral exports the same bytes
    referral.routes().stream().sorted().forEach(r -> b.set("routes", code(r)));
    referral.childrenInHousehold().ifPresent(n -> b.set("childrenInHousehold", (long) n));
    for (StateChange change : referral.history()) {
      b.set("history", ExportRecord.builder(Schemas.REFERRAL_STATE).set("state", code(change.state()))
          .set("on", ExportDate.of(change.on())).build());
    }
    referral.rejection().ifPresent(reason -> b.set("rejection", code(reason)));
    referral.transferredTo().ifPresent(to -> b.set("transferredTo", to));
    for (Flag flag : referral.flags()) {
      b.set("flags", ExportRecord.builder(Schemas.REFERRAL_FLAG).set("agency", code(flag.agency()))
          .set("on", ExportDate.of(flag.on())).build());
    }
    return b.set("equality", equality(referral.equality())).build();
  }

  /**
   * One change recorded on a referral, as {@code MaracReferrals} gave it.
   *
   * @param event the event
   * @return a {@link Schemas#REFERRAL_EVENT} record for FULL
   */
  public static ExportRecord ofEvent(ReferralEvent event) {
    MissingValueException.require("event", event);
    ExportRecord.Builder b = ExportRecord.builder(Schemas.REFERRAL_EVENT).set("referralId", event.referralId())
        .set("revision", event.revision()).set("on", ExportDate.of(event.on()));
    if (event instanceof ReferralReceived e) {
      b.set("type", "referral-received").set("caseId", e.caseId()).set("maracId", e.maracId()).set("referredBy", code(e.referredBy()));
      e.routes().stream().sorted().forEach(r -> b.set("routes", code(r)));
    } else if (event instanceof ChildrenRecorded e) {
      b.set("type", "children-recorded");
      e.count().ifPresent(n -> b.set("childrenInHousehold", (long) n));
    } else if (event instanceof EqualityRecorded e) {
      b.set("type", EQUALITY_RECORDED).set("equality", equality(e.profile()));
    } else if (event instanceof CaseFlagged e) {
      b.set("type", "case-flagged").set("agency", code(e.agency()));
    } else if (event instanceof ReferralEngaged) {
      b.set("type", "referral-engaged");
    } else if (event instanceof ReferralClosed) {
      b.set("type", "referral-closed");
    } else if (event instanceof ReferralRejected e) {
      b.set("type", "referral-rejected").set("rejection", code(e.reason()));
    } else {
      b.set("type", "referral-transferred").set("transferredTo", ((ReferralTransferred) event).toMaracId());
    }
    return b.build();
  }

  /** The field an event's kind carries its content in, when the purpose may drop it; empty for the rest. */
  static Optional<String> eventContent(String type) {
    return type.equals(EQUALITY_RECORDED) ? Optional.of("equality") : Optional.empty();
  }

  private static ExportRecord equality(EqualityProfile profile) {
    return ExportRecord.builder(Schemas.EQUALITY).set("gender", answer(profile.gender())).set("ethnicity", answer(profile.ethnicity()))
        .set("sexualOrientation", answer(profile.sexualOrientation())).set("disability", answer(profile.disability()))
        .set("ageBand", answer(profile.ageBand())).build();
  }

  private static ExportRecord answer(EqualityAnswer<?> answer) {
    ExportRecord.Builder b = ExportRecord.builder(Schemas.EQUALITY_ANSWER).set("status", code(answer.status()));
    answer.value().ifPresent(v -> b.set("value", code(v)));
    answer.lawfulBasis().ifPresent(basis -> b.set("lawfulBasis", code(basis)));
    return b.build();
  }
}
