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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.safeguard.model.Agency;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.ModelStyle;
import org.safeguard.model.RecordDates;
import org.safeguard.model.StableId;

/**
 * A MARAC meeting as it stands at a revision: its day, the agencies invited and those that
 * attended, the cases heard and the actions agreed for them. Immutable; the commands of
 * {@link org.safeguard.core.MaracMeetings} make the next revision. References and codes only.
 */
@Value.Immutable
@ModelStyle
public abstract class MaracMeeting {
  /** Only the generated implementation in this package extends it. */
  MaracMeeting() {}

  /**
   * The meeting's id in the embedding system.
   *
   * @return the id: letters, digits and {@code .-_:}, at most 64
   */
  public abstract String meetingId();

  /**
   * The day of the meeting.
   *
   * @return the day
   */
  public abstract LocalDate on();

  /**
   * The agencies invited.
   *
   * @return the agencies, at least one
   */
  public abstract Set<Agency> invited();

  /**
   * Whether attendance was recorded: a meeting with none recorded is left out of attendance rates,
   * never read as nobody attending.
   *
   * @return true once recorded
   */
  @Value.Default
  public boolean attendanceRecorded() {
    return false;
  }

  /**
   * The invited agencies that attended, once attendance is recorded.
   *
   * @return the agencies; empty until recorded
   */
  public abstract Set<Agency> attended();

  /**
   * The cases heard, in the order heard.
   *
   * @return the case ids, each once
   */
  public abstract List<String> heard();

  /**
   * The actions agreed, each as it now stands, in the order agreed.
   *
   * @return the actions
   */
  public abstract List<MaracAction> actions();

  /**
   * The revision: 1 when scheduled, one more for each change recorded.
   *
   * @return the revision, from 1
   */
  public abstract long revision();

  /**
   * An action by its id.
   *
   * @param actionId the id
   * @return the action, or empty when the meeting has none by that id
   */
  public Optional<MaracAction> action(String actionId) {
    MissingValueException.require("actionId", actionId);
    for (MaracAction a : actions()) {
      if (a.actionId().equals(actionId)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
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
   * Builds a {@link MaracMeeting}; building runs its checks. Every method refuses null with a
   * {@link MissingValueException} naming the attribute, before it changes anything.
   */
  public static final class Builder {
    private final ImmutableMaracMeeting.Builder generated = new ImmutableMaracMeeting.Builder();

    Builder() {}

    /**
     * Fills this builder from {@code instance}: each value is set, and each element or entry of a
     * collection is added to those already here.
     *
     * @param instance the value to start from
     * @return this builder
     */
    public Builder from(MaracMeeting instance) {
      generated.from(MissingValueException.require("instance", instance));
      return this;
    }

    /**
     * Sets {@link MaracMeeting#meetingId() meetingId}.
     *
     * @param meetingId the value
     * @return this builder
     */
    public Builder meetingId(String meetingId) {
      generated.meetingId(MissingValueException.require("meetingId", meetingId));
      return this;
    }

    /**
     * Sets {@link MaracMeeting#on() on}.
     *
     * @param on the value
     * @return this builder
     */
    public Builder on(LocalDate on) {
      generated.on(MissingValueException.require("on", on));
      return this;
    }

    /**
     * Adds one element to {@link MaracMeeting#invited() invited}.
     *
     * @param invited the element
     * @return this builder
     */
    public Builder addInvited(Agency invited) {
      generated.addInvited(MissingValueException.require("invited", invited));
      return this;
    }

    /**
     * Adds these elements to {@link MaracMeeting#invited() invited}.
     *
     * @param invited the elements, none of them null
     * @return this builder
     */
    public Builder addInvited(Agency... invited) {
      generated.addInvited(MissingValueException.requireElements("invited", invited));
      return this;
    }

    /**
     * Replaces the elements of {@link MaracMeeting#invited() invited} with these.
     *
     * @param invited the elements, none of them null
     * @return this builder
     */
    public Builder invited(Iterable<Agency> invited) {
      generated.invited(MissingValueException.requireList("invited", invited));
      return this;
    }

    /**
     * Adds these elements to {@link MaracMeeting#invited() invited}.
     *
     * @param invited the elements, none of them null
     * @return this builder
     */
    public Builder addAllInvited(Iterable<Agency> invited) {
      generated.addAllInvited(MissingValueException.requireList("invited", invited));
      return this;
    }

    /**
     * Sets {@link MaracMeeting#attendanceRecorded() attendanceRecorded}.
     *
     * @param attendanceRecorded the value
     * @return this builder
     */
    public Builder attendanceRecorded(boolean attendanceRecorded) {
      generated.attendanceRecorded(attendanceRecorded);
      return this;
    }

    /**
     * Adds one element to {@link MaracMeeting#attended() attended}.
     *
     * @param attended the element
     * @return this builder
     */
    public Builder addAttended(Agency attended) {
      generated.addAttended(MissingValueException.require("attended", attended));
      return this;
    }

    /**
     * Adds these elements to {@link MaracMeeting#attended() attended}.
     *
     * @param attended the elements, none of them null
     * @return this builder
     */
    public Builder addAttended(Agency... attended) {
      generated.addAttended(MissingValueException.requireElements("attended", attended));
      return this;
    }

    /**
     * Replaces the elements of {@link MaracMeeting#attended() attended} with these.
     *
     * @param attended the elements, none of them null
     * @return this builder
     */
    public Builder attended(Iterable<Agency> attended) {
      generated.attended(MissingValueException.requireList("attended", attended));
      return this;
    }

    /**
     * Adds these elements to {@link MaracMeeting#attended() attended}.
     *
     * @param attended the elements, none of them null
     * @return this builder
     */
    public Builder addAllAttended(Iterable<Agency> attended) {
      generated.addAllAttended(MissingValueException.requireList("attended", attended));
      return this;
    }

    /**
     * Adds one element to {@link MaracMeeting#heard() heard}.
     *
     * @param heard the element
     * @return this builder
     */
    public Builder addHeard(String heard) {
      generated.addHeard(MissingValueException.require("heard", heard));
      return this;
    }

    /**
     * Adds these elements to {@link MaracMeeting#heard() heard}.
     *
     * @param heard the elements, none of them null
     * @return this builder
     */
    public Builder addHeard(String... heard) {
      generated.addHeard(MissingValueException.requireElements("heard", heard));
      return this;
    }

    /**
     * Replaces the elements of {@link MaracMeeting#heard() heard} with these.
     *
     * @param heard the elements, none of them null
     * @return this builder
     */
    public Builder heard(Iterable<String> heard) {
      generated.heard(MissingValueException.requireList("heard", heard));
      return this;
    }

    /**
     * Adds these elements to {@link MaracMeeting#heard() heard}.
     *
     * @param heard the elements, none of them null
     * @return this builder
     */
    public Builder addAllHeard(Iterable<String> heard) {
      generated.addAllHeard(MissingValueException.requireList("heard", heard));
      return this;
    }

    /**
     * Adds one element to {@link MaracMeeting#actions() actions}.
     *
     * @param actions the element
     * @return this builder
     */
    public Builder addActions(MaracAction actions) {
      generated.addActions(MissingValueException.require("actions", actions));
      return this;
    }

    /**
     * Adds these elements to {@link MaracMeeting#actions() actions}.
     *
     * @param actions the elements, none of them null
     * @return this builder
     */
    public Builder addActions(MaracAction... actions) {
      generated.addActions(MissingValueException.requireElements("actions", actions));
      return this;
    }

    /**
     * Replaces the elements of {@link MaracMeeting#actions() actions} with these.
     *
     * @param actions the elements, none of them null
     * @return this builder
     */
    public Builder actions(Iterable<? extends MaracAction> actions) {
      generated.actions(MissingValueException.requireList("actions", actions));
      return this;
    }

    /**
     * Adds these elements to {@link MaracMeeting#actions() actions}.
     *
     * @param actions the elements, none of them null
     * @return this builder
     */
    public Builder addAllActions(Iterable<? extends MaracAction> actions) {
      generated.addAllActions(MissingValueException.requireList("actions", actions));
      return this;
    }

    /**
     * Sets {@link MaracMeeting#revision() revision}.
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
    public MaracMeeting build() {
      return generated.build();
    }
  }

  /**
   * Refuses a meeting id that is not a reference, no agency invited, attendance by an agency not
   * invited or before attendance is recorded, a case heard twice, an action id used twice, and an
   * action for a case not heard, due or closed before the meeting.
   *
   * @throws InvalidInputException naming the field
   */
  @Value.Check
  protected void check() {
    StableId.requireReference("meetingId", meetingId());
    RecordDates.require("on", on());
    if (revision() < 1) {
      throw new InvalidInputException("revision", revision(), "revisions start at 1");
    }
    if (invited().isEmpty()) {
      throw new InvalidInputException("invited", "(none)", "a meeting invites at least one agency");
    }
    if (!attendanceRecorded() && !attended().isEmpty()) {
      throw new InvalidInputException("attended", attended(), "attendance is recorded before any agency is said to attend");
    }
    for (Agency agency : attended()) {
      if (!invited().contains(agency)) {
        throw new InvalidInputException("attended", agency, "an agency attends a meeting it was invited to");
      }
    }
    Set<String> cases = new HashSet<>();
    for (String caseId : heard()) {
      StableId.requireReference("heard", caseId);
      if (!cases.add(caseId)) {
        throw new InvalidInputException("heard", caseId, "a meeting hears a case once");
      }
    }
    Set<String> ids = new HashSet<>();
    for (MaracAction a : actions()) {
      if (!ids.add(a.actionId())) {
        throw new InvalidInputException("actions.actionId", a.actionId(), "each action id is used once in a meeting");
      }
      if (!cases.contains(a.caseId())) {
        throw new InvalidInputException("actions.caseId", a.caseId(), "an action is for a case the meeting heard");
      }
      if (a.due().isBefore(on())) {
        throw new InvalidInputException("actions.due", a.due(), "is not before the meeting, " + on());
      }
      if (a.closedOn().isPresent() && a.closedOn().get().isBefore(on())) {
        throw new InvalidInputException("actions.closedOn", a.closedOn().get(), "is not before the meeting, " + on());
      }
    }
  }
}
