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

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;
import org.safeguard.core.equality.EqualityProfile;
import org.safeguard.model.Agency;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.ModelStyle;
import org.safeguard.model.RecordDates;
import org.safeguard.model.StableId;

/**
 * A referral as the MARAC holds it, at a revision: who referred, by which criteria, the children in
 * the household, the victim's equality answers, where the referral stands over time, and which
 * agencies have flagged their records. The victim's own case, with its assessments and its
 * {@link org.safeguard.core.casework.MaracReferral}, stays with the service that holds it; this
 * record refers to it by id. Immutable; the commands of {@link org.safeguard.core.MaracReferrals}
 * make the next revision. {@code toString} shows no equality answer.
 */
@Value.Immutable
@ModelStyle
public abstract class Referral {
  /** The most children a household is recorded with. */
  public static final int MAX_CHILDREN = 30;

  /** Only the generated implementation in this package extends it. */
  Referral() {}

  /**
   * The referral's id in the embedding system.
   *
   * @return the id: letters, digits and {@code .-_:}, at most 64
   */
  public abstract String referralId();

  /**
   * The victim's case the referral is about, in the referring or holding service's system.
   *
   * @return the case id
   */
  public abstract String caseId();

  /**
   * The MARAC that holds the referral.
   *
   * @return the MARAC's id
   */
  public abstract String maracId();

  /**
   * The day the MARAC received the referral.
   *
   * @return the day
   */
  public abstract LocalDate receivedOn();

  /**
   * The referring agency.
   *
   * @return the agency
   */
  public abstract Agency referredBy();

  /**
   * The criteria the referral came by: visible high risk, professional judgement, potential
   * escalation, repeat, or the medium-risk band where a policy has one.
   *
   * @return the routes, at least one
   */
  public abstract Set<MaracRoute> routes();

  /**
   * The number of children in the household.
   *
   * @return the count, 0 to {@link #MAX_CHILDREN}, or empty when not known
   */
  public abstract OptionalInt childrenInHousehold();

  /**
   * The victim's equality answers.
   *
   * @return the answers; none recorded by default
   */
  @Value.Default
  public EqualityProfile equality() {
    return EqualityProfile.notRecorded();
  }

  /**
   * The referral's states over time, the first {@link ReferralState#REFERRED} on the day received.
   *
   * @return the changes, in order
   */
  public abstract List<StateChange> history();

  /**
   * Why the referral was not accepted.
   *
   * @return the reason, present exactly when the referral is {@link ReferralState#REJECTED}
   */
  public abstract Optional<RejectionReason> rejection();

  /**
   * The MARAC the referral was passed to.
   *
   * @return its id, present exactly when the referral is {@link ReferralState#TRANSFERRED}
   */
  public abstract Optional<String> transferredTo();

  /**
   * The agencies that have flagged their records for the case, each once.
   *
   * @return the flags, in the order set
   */
  public abstract List<Flag> flags();

  /**
   * The day of the last change recorded: the receipt, a move into a state, a flag, or the children
   * or equality answers recorded. The commands refuse a change dated before it, so the days of a
   * referral's changes never run backwards.
   *
   * @return the day; by default the latest day in the history and the flags
   */
  @Value.Default
  public LocalDate lastChangedOn() {
    return latestRecorded();
  }

  /**
   * The revision: 1 when received, one more for each change recorded.
   *
   * @return the revision, from 1
   */
  public abstract long revision();

  /**
   * Where the referral stands now.
   *
   * @return the last state entered
   */
  public ReferralState state() {
    return history().get(history().size() - 1).state();
  }

  /**
   * Where the referral stood at the end of a day.
   *
   * @param day the day
   * @return the state in force, or empty before the referral was received
   */
  public Optional<ReferralState> stateOn(LocalDate day) {
    MissingValueException.require("day", day);
    ReferralState state = null;
    for (StateChange change : history()) {
      if (change.on().isAfter(day)) {
        break;
      }
      state = change.state();
    }
    return Optional.ofNullable(state);
  }

  /**
   * Whether the victim engaged at any time up to a day.
   *
   * @param day the last day counted
   * @return true when the referral entered {@link ReferralState#ENGAGED} on or before the day
   */
  public boolean engagedBy(LocalDate day) {
    MissingValueException.require("day", day);
    for (StateChange change : history()) {
      if (change.state() == ReferralState.ENGAGED && !change.on().isAfter(day)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the referral was accepted: neither rejected nor passed to another MARAC.
   *
   * @return false when {@link ReferralState#REJECTED} or {@link ReferralState#TRANSFERRED}
   */
  public boolean accepted() {
    return state() != ReferralState.REJECTED && state() != ReferralState.TRANSFERRED;
  }

  /**
   * Starts a builder.
   *
   * @return an empty builder; {@code build()} checks the value
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Referral}; building runs its checks. Every method refuses null with a
   * {@link MissingValueException} naming the attribute, before it changes anything.
   */
  public static final class Builder {
    private final ImmutableReferral.Builder generated = new ImmutableReferral.Builder();

    Builder() {}

    /**
     * Fills this builder from {@code instance}: each value is set, and each element or entry of a
     * collection is added to those already here.
     *
     * @param instance the value to start from
     * @return this builder
     */
    public Builder from(Referral instance) {
      generated.from(MissingValueException.require("instance", instance));
      return this;
    }

    /**
     * Sets {@link Referral#referralId() referralId}.
     *
     * @param referralId the value
     * @return this builder
     */
    public Builder referralId(String referralId) {
      generated.referralId(MissingValueException.require("referralId", referralId));
      return this;
    }

    /**
     * Sets {@link Referral#caseId() caseId}.
     *
     * @param caseId the value
     * @return this builder
     */
    public Builder caseId(String caseId) {
      generated.caseId(MissingValueException.require("caseId", caseId));
      return this;
    }

    /**
     * Sets {@link Referral#maracId() maracId}.
     *
     * @param maracId the value
     * @return this builder
     */
    public Builder maracId(String maracId) {
      generated.maracId(MissingValueException.require("maracId", maracId));
      return this;
    }

    /**
     * Sets {@link Referral#receivedOn() receivedOn}.
     *
     * @param receivedOn the value
     * @return this builder
     */
    public Builder receivedOn(LocalDate receivedOn) {
      generated.receivedOn(MissingValueException.require("receivedOn", receivedOn));
      return this;
    }

    /**
     * Sets {@link Referral#referredBy() referredBy}.
     *
     * @param referredBy the value
     * @return this builder
     */
    public Builder referredBy(Agency referredBy) {
      generated.referredBy(MissingValueException.require("referredBy", referredBy));
      return this;
    }

    /**
     * Adds one element to {@link Referral#routes() routes}.
     *
     * @param routes the element
     * @return this builder
     */
    public Builder addRoutes(MaracRoute routes) {
      generated.addRoutes(MissingValueException.require("routes", routes));
      return this;
    }

    /**
     * Adds these elements to {@link Referral#routes() routes}.
     *
     * @param routes the elements, none of them null
     * @return this builder
     */
    public Builder addRoutes(MaracRoute... routes) {
      generated.addRoutes(MissingValueException.requireElements("routes", routes));
      return this;
    }

    /**
     * Replaces the elements of {@link Referral#routes() routes} with these.
     *
     * @param routes the elements, none of them null
     * @return this builder
     */
    public Builder routes(Iterable<MaracRoute> routes) {
      generated.routes(MissingValueException.requireList("routes", routes));
      return this;
    }

    /**
     * Adds these elements to {@link Referral#routes() routes}.
     *
     * @param routes the elements, none of them null
     * @return this builder
     */
    public Builder addAllRoutes(Iterable<MaracRoute> routes) {
      generated.addAllRoutes(MissingValueException.requireList("routes", routes));
      return this;
    }

    /**
     * Sets {@link Referral#childrenInHousehold() childrenInHousehold}.
     *
     * @param childrenInHousehold the value
     * @return this builder
     */
    public Builder childrenInHousehold(int childrenInHousehold) {
      generated.childrenInHousehold(childrenInHousehold);
      return this;
    }

    /**
     * Sets {@link Referral#childrenInHousehold() childrenInHousehold}, present or empty.
     *
     * @param childrenInHousehold the value, or empty
     * @return this builder
     */
    public Builder childrenInHousehold(OptionalInt childrenInHousehold) {
      generated.childrenInHousehold(MissingValueException.require("childrenInHousehold", childrenInHousehold));
      return this;
    }

    /**
     * Sets {@link Referral#equality() equality}.
     *
     * @param equality the value
     * @return this builder
     */
    public Builder equality(EqualityProfile equality) {
      generated.equality(MissingValueException.require("equality", equality));
      return this;
    }

    /**
     * Adds one element to {@link Referral#history() history}.
     *
     * @param history the element
     * @return this builder
     */
    public Builder addHistory(StateChange history) {
      generated.addHistory(MissingValueException.require("history", history));
      return this;
    }

    /**
     * Adds these elements to {@link Referral#history() history}.
     *
     * @param history the elements, none of them null
     * @return this builder
     */
    public Builder addHistory(StateChange... history) {
      generated.addHistory(MissingValueException.requireElements("history", history));
      return this;
    }

    /**
     * Replaces the elements of {@link Referral#history() history} with these.
     *
     * @param history the elements, none of them null
     * @return this builder
     */
    public Builder history(Iterable<? extends StateChange> history) {
      generated.history(MissingValueException.requireList("history", history));
      return this;
    }

    /**
     * Adds these elements to {@link Referral#history() history}.
     *
     * @param history the elements, none of them null
     * @return this builder
     */
    public Builder addAllHistory(Iterable<? extends StateChange> history) {
      generated.addAllHistory(MissingValueException.requireList("history", history));
      return this;
    }

    /**
     * Sets {@link Referral#rejection() rejection}.
     *
     * @param rejection the value
     * @return this builder
     */
    public Builder rejection(RejectionReason rejection) {
      generated.rejection(MissingValueException.require("rejection", rejection));
      return this;
    }

    /**
     * Sets {@link Referral#rejection() rejection}, present or empty.
     *
     * @param rejection the value, or empty
     * @return this builder
     */
    public Builder rejection(Optional<? extends RejectionReason> rejection) {
      generated.rejection(MissingValueException.require("rejection", rejection));
      return this;
    }

    /**
     * Sets {@link Referral#transferredTo() transferredTo}.
     *
     * @param transferredTo the value
     * @return this builder
     */
    public Builder transferredTo(String transferredTo) {
      generated.transferredTo(MissingValueException.require("transferredTo", transferredTo));
      return this;
    }

    /**
     * Sets {@link Referral#transferredTo() transferredTo}, present or empty.
     *
     * @param transferredTo the value, or empty
     * @return this builder
     */
    public Builder transferredTo(Optional<String> transferredTo) {
      generated.transferredTo(MissingValueException.require("transferredTo", transferredTo));
      return this;
    }

    /**
     * Adds one element to {@link Referral#flags() flags}.
     *
     * @param flags the element
     * @return this builder
     */
    public Builder addFlags(Flag flags) {
      generated.addFlags(MissingValueException.require("flags", flags));
      return this;
    }

    /**
     * Adds these elements to {@link Referral#flags() flags}.
     *
     * @param flags the elements, none of them null
     * @return this builder
     */
    public Builder addFlags(Flag... flags) {
      generated.addFlags(MissingValueException.requireElements("flags", flags));
      return this;
    }

    /**
     * Replaces the elements of {@link Referral#flags() flags} with these.
     *
     * @param flags the elements, none of them null
     * @return this builder
     */
    public Builder flags(Iterable<? extends Flag> flags) {
      generated.flags(MissingValueException.requireList("flags", flags));
      return this;
    }

    /**
     * Adds these elements to {@link Referral#flags() flags}.
     *
     * @param flags the elements, none of them null
     * @return this builder
     */
    public Builder addAllFlags(Iterable<? extends Flag> flags) {
      generated.addAllFlags(MissingValueException.requireList("flags", flags));
      return this;
    }

    /**
     * Sets {@link Referral#lastChangedOn() lastChangedOn}.
     *
     * @param lastChangedOn the value
     * @return this builder
     */
    public Builder lastChangedOn(LocalDate lastChangedOn) {
      generated.lastChangedOn(MissingValueException.require("lastChangedOn", lastChangedOn));
      return this;
    }

    /**
     * Sets {@link Referral#revision() revision}.
     *
     * @param revision the value
     * @return this builder
     */
    public Builder revision(long revision) {
      generated.revision(revision);
      return this;
    }

    /**
     * Builds the value and runs its checks.
     *
     * @return the value
     * @throws InvalidInputException when a required attribute is unset (a {@link MissingValueException})
     *     or the value breaks a rule of its type
     */
    public Referral build() {
      return generated.build();
    }
  }

  private static final Set<ReferralState> FROM_REFERRED =
      EnumSet.of(ReferralState.ENGAGED, ReferralState.CLOSED, ReferralState.REJECTED, ReferralState.TRANSFERRED);

  /**
   * Refuses ids that are not references, no route, a children count out of range, a history that
   * does not start with the referral or moves in a way a referral cannot (a closed, rejected or
   * transferred referral never changes again; only an open one engages or closes, and only one
   * not yet engaged is rejected or transferred), days out of order, a rejection reason or
   * transfer without its state, a transfer to the same MARAC, an agency flagging twice or
   * before the referral, and a day of last change before a state change or flag.
   *
   * @throws InvalidInputException naming the field
   */
  @Value.Check
  protected void check() {
    StableId.requireReference("referralId", referralId());
    StableId.requireReference("caseId", caseId());
    StableId.requireReference("maracId", maracId());
    RecordDates.require("receivedOn", receivedOn());
    if (revision() < 1) {
      throw new InvalidInputException("revision", revision(), "revisions start at 1");
    }
    if (routes().isEmpty()) {
      throw new InvalidInputException("routes", "(none)", "a referral comes by at least one criterion");
    }
    if (childrenInHousehold().isPresent()
        && (childrenInHousehold().getAsInt() < 0 || childrenInHousehold().getAsInt() > MAX_CHILDREN)) {
      throw new InvalidInputException("childrenInHousehold", childrenInHousehold().getAsInt(),
          "from 0 to " + MAX_CHILDREN + "; leave it empty when not known");
    }
    checkHistory();
    if (rejection().isPresent() != (state() == ReferralState.REJECTED)) {
      throw new InvalidInputException("rejection", rejection().map(Object::toString).orElse("(none)"),
          "a reason is recorded exactly when the referral is rejected");
    }
    if (transferredTo().isPresent() != (state() == ReferralState.TRANSFERRED)) {
      throw new InvalidInputException("transferredTo", transferredTo().orElse("(none)"),
          "a receiving MARAC is recorded exactly when the referral is transferred");
    }
    if (transferredTo().isPresent()) {
      StableId.requireReference("transferredTo", transferredTo().get());
      if (transferredTo().get().equals(maracId())) {
        throw new InvalidInputException("transferredTo", transferredTo().get(), "a referral is transferred to another MARAC");
      }
    }
    Set<Agency> flagged = EnumSet.noneOf(Agency.class);
    for (Flag flag : flags()) {
      if (!flagged.add(flag.agency())) {
        throw new InvalidInputException("flags.agency", flag.agency(), "an agency flags a case once");
      }
      if (flag.on().isBefore(receivedOn())) {
        throw new InvalidInputException("flags.on", flag.on(), "is not before the referral, " + receivedOn());
      }
    }
    RecordDates.require("lastChangedOn", lastChangedOn());
    if (lastChangedOn().isBefore(latestRecorded())) {
      throw new InvalidInputException("lastChangedOn", lastChangedOn(),
          "is not before the last state change or flag, " + latestRecorded());
    }
  }

  /** The latest day among the receipt, the state changes and the flags. */
  private LocalDate latestRecorded() {
    LocalDate latest = receivedOn();
    for (StateChange change : history()) {
      latest = change.on().isAfter(latest) ? change.on() : latest;
    }
    for (Flag flag : flags()) {
      latest = flag.on().isAfter(latest) ? flag.on() : latest;
    }
    return latest;
  }

  private void checkHistory() {
    List<StateChange> history = history();
    if (history.isEmpty() || history.get(0).state() != ReferralState.REFERRED || !history.get(0).on().equals(receivedOn())) {
      throw new InvalidInputException("history", history.isEmpty() ? "(none)" : history.get(0).state(),
          "starts with REFERRED on the day received, " + receivedOn());
    }
    for (int i = 1; i < history.size(); i++) {
      StateChange before = history.get(i - 1);
      StateChange next = history.get(i);
      boolean allowed = before.state() == ReferralState.REFERRED
          ? FROM_REFERRED.contains(next.state())
          : before.state() == ReferralState.ENGAGED && next.state() == ReferralState.CLOSED;
      if (!allowed) {
        throw new InvalidInputException("history.state", next.state(), "a referral " + before.state() + " cannot become " + next.state());
      }
      if (next.on().isBefore(before.on())) {
        throw new InvalidInputException("history.on", next.on(), "is not before the change before it, " + before.on());
      }
    }
  }
}
