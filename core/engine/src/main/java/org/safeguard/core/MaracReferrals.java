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
package org.safeguard.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.safeguard.core.casework.CaseRuleException;
import org.safeguard.core.equality.EqualityProfile;
import org.safeguard.core.marac.CaseFlagged;
import org.safeguard.core.marac.ChildrenRecorded;
import org.safeguard.core.marac.EqualityRecorded;
import org.safeguard.core.marac.Flag;
import org.safeguard.core.marac.MaracRoute;
import org.safeguard.core.marac.Referral;
import org.safeguard.core.marac.ReferralChange;
import org.safeguard.core.marac.ReferralClosed;
import org.safeguard.core.marac.ReferralEngaged;
import org.safeguard.core.marac.ReferralEvent;
import org.safeguard.core.marac.ReferralReceived;
import org.safeguard.core.marac.ReferralRejected;
import org.safeguard.core.marac.ReferralState;
import org.safeguard.core.marac.ReferralTransferred;
import org.safeguard.core.marac.RejectionReason;
import org.safeguard.core.marac.StateChange;
import org.safeguard.model.Agency;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.RecordDates;
import org.safeguard.model.StableId;

/**
 * A MARAC's referrals as commands over immutable snapshots: a referral received, the children in
 * the household and the victim's equality answers recorded, agencies flagging their records, and
 * the referral engaged, closed, rejected with a reason or passed to another MARAC.
 *
 * <p>Each command checks the rules and returns a {@link ReferralChange}: the next revision and its
 * event, dated the day given. A change is never dated before the referral's last one
 * ({@link Referral#lastChangedOn()}); a closed, rejected or transferred referral refuses every
 * command; children, equality answers and flags are recorded while the referral is open
 * ({@link ReferralState#open()}); only an open referral engages (once) or closes, and only one not
 * yet engaged is rejected or transferred. A refused command throws {@link CaseRuleException} (or
 * another {@link InvalidInputException}) naming the field, the value and the rule; the snapshot
 * passed in is immutable, so nothing is half-changed. No refusal carries an equality answer. Get
 * one from {@link Safeguard#maracReferrals()}. Stateless and thread-safe.
 */
public final class MaracReferrals {
  /** Made by the engine. */
  MaracReferrals() {}

  /**
   * Records a referral received by the MARAC.
   *
   * @param referralId the referral's id in the embedding system: letters, digits and {@code .-_:}, at most 64
   * @param caseId the victim's case the referral is about, a reference of the same form
   * @param maracId the MARAC that received it, a reference of the same form
   * @param on the day received
   * @param referredBy the referring agency
   * @param routes the criteria the referral came by, at least one
   * @return the referral at revision 1, {@link ReferralState#REFERRED} on the day, with its
   *     {@link ReferralReceived} event
   * @throws InvalidInputException when a value breaks a rule of {@link Referral}
   */
  public ReferralChange receive(String referralId, String caseId, String maracId, LocalDate on, Agency referredBy,
      Set<MaracRoute> routes) {
    MissingValueException.require("referralId", referralId);
    MissingValueException.require("caseId", caseId);
    MissingValueException.require("maracId", maracId);
    RecordDates.require("on", on);
    MissingValueException.require("referredBy", referredBy);
    MissingValueException.requireElements("routes", routes);
    Referral r = Referral.builder().referralId(referralId).caseId(caseId).maracId(maracId).receivedOn(on).referredBy(referredBy)
        .routes(routes).addHistory(new StateChange(ReferralState.REFERRED, on)).lastChangedOn(on).revision(1).build();
    return change(r, new ReferralReceived(referralId, 1, on, caseId, maracId, referredBy, r.routes()));
  }

  /**
   * Records the number of children in the household.
   *
   * @param referral the referral as it stands
   * @param on the day recorded, not before the last change
   * @param count the number of children, 0 to {@link Referral#MAX_CHILDREN}
   * @return the referral with the count, and its {@link ChildrenRecorded} event
   * @throws CaseRuleException when the referral is not open, the day is before its last change, or
   *     the count is recorded already
   * @throws InvalidInputException when the count is out of range
   */
  public ReferralChange recordChildren(Referral referral, LocalDate on, int count) {
    return children(referral, on, OptionalInt.of(count));
  }

  /**
   * Records that the number of children in the household is not known, in place of a count
   * recorded before.
   *
   * @param referral the referral as it stands, with a count recorded
   * @param on the day recorded, not before the last change
   * @return the referral with no count, and its {@link ChildrenRecorded} event with an empty count
   * @throws CaseRuleException when the referral is not open, the day is before its last change, or
   *     no count is recorded
   */
  public ReferralChange childrenNotKnown(Referral referral, LocalDate on) {
    return children(referral, on, OptionalInt.empty());
  }

  private ReferralChange children(Referral referral, LocalDate on, OptionalInt count) {
    requireOpen(referral, on, "children are recorded");
    if (count.isPresent() && (count.getAsInt() < 0 || count.getAsInt() > Referral.MAX_CHILDREN)) {
      throw new InvalidInputException("count", count.getAsInt(), "from 0 to " + Referral.MAX_CHILDREN
          + "; a count not known is recorded with childrenNotKnown");
    }
    if (referral.childrenInHousehold().equals(count)) {
      throw new CaseRuleException("count", count.isPresent() ? count.getAsInt() : "(not known)",
          "is what the referral already holds; only a change is recorded");
    }
    Referral next = next(referral, on).childrenInHousehold(count).build();
    return change(next, new ChildrenRecorded(next.referralId(), next.revision(), on, count));
  }

  /**
   * Records the victim's equality answers, replacing those recorded before. No refusal carries an
   * answer.
   *
   * @param referral the referral as it stands
   * @param on the day recorded, not before the last change
   * @param profile the answers, each given with its lawful basis, withheld or not recorded
   * @return the referral with the answers, and its {@link EqualityRecorded} event
   * @throws CaseRuleException when the referral is not open, the day is before its last change, or
   *     the same answers are recorded already
   */
  public ReferralChange recordEquality(Referral referral, LocalDate on, EqualityProfile profile) {
    MissingValueException.require("profile", profile);
    requireOpen(referral, on, "equality answers are recorded");
    if (referral.equality().equals(profile)) {
      throw new CaseRuleException("profile", "<withheld>", "are the answers the referral already holds; only a change is recorded");
    }
    Referral next = next(referral, on).equality(profile).build();
    return change(next, new EqualityRecorded(next.referralId(), next.revision(), on, profile));
  }

  /**
   * Records an agency's flag on its own records for the case.
   *
   * @param referral the referral as it stands
   * @param on the day the flag was set, not before the last change
   * @param agency the agency, not one that flagged the case already
   * @return the referral with the flag, and its {@link CaseFlagged} event
   * @throws CaseRuleException when the referral is not open, the day is before its last change, or
   *     the agency flagged the case already
   */
  public ReferralChange flag(Referral referral, LocalDate on, Agency agency) {
    MissingValueException.require("agency", agency);
    requireOpen(referral, on, "agencies flag the case");
    for (Flag f : referral.flags()) {
      if (f.agency() == agency) {
        throw new CaseRuleException("agency", agency, "flagged the case already, on " + f.on());
      }
    }
    Referral next = next(referral, on).addFlags(new Flag(agency, on)).build();
    return change(next, new CaseFlagged(next.referralId(), next.revision(), on, agency));
  }

  /**
   * Records that the victim engaged with the support offered.
   *
   * @param referral the referral as it stands, {@link ReferralState#REFERRED}
   * @param on the day engaged, not before the last change
   * @return the referral {@link ReferralState#ENGAGED}, and its {@link ReferralEngaged} event
   * @throws CaseRuleException when the referral is not open, is engaged already, or the day is
   *     before its last change
   */
  public ReferralChange recordEngagement(Referral referral, LocalDate on) {
    requireOpen(referral, on, "a referral engages");
    requireNotEngaged(referral, "engages once");
    Referral next = next(referral, on).addHistory(new StateChange(ReferralState.ENGAGED, on)).build();
    return change(next, new ReferralEngaged(next.referralId(), next.revision(), on));
  }

  /**
   * Records that the MARAC's work on the referral is finished.
   *
   * @param referral the referral as it stands, open
   * @param on the day closed, not before the last change
   * @return the referral {@link ReferralState#CLOSED}, and its {@link ReferralClosed} event
   * @throws CaseRuleException when the referral is not open or the day is before its last change
   */
  public ReferralChange close(Referral referral, LocalDate on) {
    requireOpen(referral, on, "a referral closes");
    Referral next = next(referral, on).addHistory(new StateChange(ReferralState.CLOSED, on)).build();
    return change(next, new ReferralClosed(next.referralId(), next.revision(), on));
  }

  /**
   * Records that the MARAC did not accept the referral.
   *
   * @param referral the referral as it stands, {@link ReferralState#REFERRED}
   * @param on the day rejected, not before the last change
   * @param reason why
   * @return the referral {@link ReferralState#REJECTED} with the reason, and its
   *     {@link ReferralRejected} event
   * @throws CaseRuleException when the referral is not open, the victim engaged already, or the day
   *     is before its last change
   */
  public ReferralChange reject(Referral referral, LocalDate on, RejectionReason reason) {
    MissingValueException.require("reason", reason);
    requireOpen(referral, on, "a referral is rejected");
    requireNotEngaged(referral, "is rejected only before the victim engages");
    Referral next = next(referral, on).addHistory(new StateChange(ReferralState.REJECTED, on)).rejection(reason).build();
    return change(next, new ReferralRejected(next.referralId(), next.revision(), on, reason));
  }

  /**
   * Records the referral passed to another MARAC, which holds the case from then on.
   *
   * @param referral the referral as it stands, {@link ReferralState#REFERRED}
   * @param on the day transferred, not before the last change
   * @param toMaracId the receiving MARAC's id, a reference other than the referral's own MARAC
   * @return the referral {@link ReferralState#TRANSFERRED}, and its {@link ReferralTransferred} event
   * @throws CaseRuleException when the referral is not open, the victim engaged already, the day is
   *     before its last change, or the MARAC is the referral's own
   * @throws InvalidInputException when the MARAC's id is not a reference
   */
  public ReferralChange transfer(Referral referral, LocalDate on, String toMaracId) {
    StableId.requireReference("toMaracId", toMaracId);
    requireOpen(referral, on, "a referral is transferred");
    requireNotEngaged(referral, "is transferred only before the victim engages");
    if (toMaracId.equals(referral.maracId())) {
      throw new CaseRuleException("toMaracId", toMaracId, "a referral is transferred to another MARAC than its own");
    }
    Referral next = next(referral, on).addHistory(new StateChange(ReferralState.TRANSFERRED, on)).transferredTo(toMaracId).build();
    return change(next, new ReferralTransferred(next.referralId(), next.revision(), on, toMaracId));
  }

  /**
   * Rebuilds a referral from its events, each through its command again, so the rules are checked
   * as they were; events stored from every command a referral went through rebuild it equal to the
   * snapshot those commands returned.
   *
   * @param events the referral's events in the order recorded, from its receipt
   * @return the referral as the events leave it
   * @throws InvalidInputException when there are no events, the first is not a receipt at revision
   *     1, an event is of another referral, the revisions do not run 1, 2, 3..., or an event holds
   *     something its command would not have recorded
   * @throws CaseRuleException when an event breaks a rule, as its command would have refused it
   */
  public Referral replay(List<ReferralEvent> events) {
    MissingValueException.requireElements("events", events);
    if (events.isEmpty() || !(events.get(0) instanceof ReferralReceived first) || first.revision() != 1) {
      throw new InvalidInputException("events", events.isEmpty() ? "(none)" : events.get(0).getClass().getSimpleName(),
          "a referral's events start with its receipt, revision 1");
    }
    Referral r = receive(first.referralId(), first.caseId(), first.maracId(), first.on(), first.referredBy(), first.routes()).referral();
    for (int i = 1; i < events.size(); i++) {
      ReferralEvent e = events.get(i);
      if (!e.referralId().equals(r.referralId())) {
        throw new InvalidInputException("events.referralId", e.referralId(), "every event is of referral " + r.referralId());
      }
      if (e.revision() != r.revision() + 1) {
        throw new InvalidInputException("events.revision", e.revision(), "follows revision " + r.revision());
      }
      ReferralChange change = apply(r, e);
      if (!change.events().equals(List.of(e))) {
        throw new InvalidInputException("events", e.getClass().getSimpleName() + " " + e.revision(),
            "is what its command records; the command records otherwise from the same content");
      }
      r = change.referral();
    }
    return r;
  }

  private ReferralChange apply(Referral r, ReferralEvent event) {
    if (event instanceof ChildrenRecorded e) {
      return e.count().isPresent() ? recordChildren(r, e.on(), e.count().getAsInt()) : childrenNotKnown(r, e.on());
    } else if (event instanceof EqualityRecorded e) {
      return recordEquality(r, e.on(), e.profile());
    } else if (event instanceof CaseFlagged e) {
      return flag(r, e.on(), e.agency());
    } else if (event instanceof ReferralEngaged e) {
      return recordEngagement(r, e.on());
    } else if (event instanceof ReferralClosed e) {
      return close(r, e.on());
    } else if (event instanceof ReferralRejected e) {
      return reject(r, e.on(), e.reason());
    } else if (event instanceof ReferralTransferred e) {
      return transfer(r, e.on(), e.toMaracId());
    }
    throw new InvalidInputException("events", event.getClass().getSimpleName(), "a second receipt is not an event of a referral");
  }

  /**
   * The checks every command after the receipt makes, in this order: the referral is given, the
   * day is in range, the referral is open, and the day is not before its last change.
   */
  private static void requireOpen(Referral referral, LocalDate on, String what) {
    MissingValueException.require("referral", referral);
    RecordDates.require("on", on);
    ReferralState state = referral.state();
    if (!state.open()) {
      LocalDate since = referral.history().get(referral.history().size() - 1).on();
      throw new CaseRuleException("referral.state", state, "a closed, rejected or transferred referral never changes again; "
          + what + " only while it is REFERRED or ENGAGED, and this one is " + state + " since " + since);
    }
    if (on.isBefore(referral.lastChangedOn())) {
      throw new CaseRuleException("on", on, "is not before the referral's last change, " + referral.lastChangedOn());
    }
  }

  private static void requireNotEngaged(Referral referral, String rule) {
    if (referral.state() == ReferralState.ENGAGED) {
      Optional<StateChange> engaged = referral.history().stream().filter(c -> c.state() == ReferralState.ENGAGED).findFirst();
      throw new CaseRuleException("referral.state", ReferralState.ENGAGED, "a referral " + rule + "; the victim engaged on "
          + engaged.map(StateChange::on).orElseThrow());
    }
  }

  private static Referral.Builder next(Referral r, LocalDate on) {
    return Referral.builder().from(r).revision(r.revision() + 1).lastChangedOn(on);
  }

  private static ReferralChange change(Referral next, ReferralEvent event) {
    return new ReferralChange(next, List.of(event));
  }
}
