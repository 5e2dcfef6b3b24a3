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
import java.util.Set;
import org.immutables.value.Value;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.ModelStyle;

/**
 * The MARAC screen's decision over a case history and an assessment: the outcome, every route
 * that fired with its evidence, and what the screen found for each route that did not, so that a
 * decision that refers no one explains itself too. Under the minimum age the outcome is children's
 * safeguarding, and the routes that fired are still listed.
 */
@Value.Immutable
@ModelStyle
public abstract class MaracDecision {
  /** Only the generated implementation in this package extends it. */
  MaracDecision() {}

  /**
   * What the screen decided.
   *
   * @return the outcome
   */
  public abstract MaracOutcome outcome();

  /**
   * Every route that fired, in the order of {@link MaracRoute}.
   *
   * @return the findings, each with its evidence; empty when none fired
   */
  public abstract List<RouteFinding> routes();

  /**
   * Each route the screen weighed that did not fire, in the order of {@link MaracRoute}, with what
   * it found: "2 of 3 incidents in the 12 months to 2026-11-01", or "last referral 2025-01-10,
   * repeat window closed 2026-01-10". The medium-risk band is weighed, and so listed, only under a
   * policy that has one and when no other route fired.
   *
   * @return the findings for the routes that did not fire
   */
  public abstract List<RouteFinding> notFired();

  /**
   * Whether the victim, referred to MARAC, goes to children's social care as well: a 16- or
   * 17-year-old under the default numbers (SafeLives' guidance for that age). A victim under the
   * minimum age goes to children's safeguarding instead ({@link MaracOutcome}).
   *
   * @return true for a young person referred to a MARAC
   */
  @Value.Default
  public boolean alsoToChildrensSocialCare() {
    return false;
  }

  /**
   * What else the screen found about the case, such as a victim under the MARAC minimum age.
   *
   * @return the notes, in words, holding no personal data
   */
  public abstract List<String> notes();

  /**
   * The date the screen was made on.
   *
   * @return the screening date
   */
  public abstract LocalDate asOf();

  /**
   * The id of the threshold policy in force on the screening date, so the decision can be
   * explained later, after the policy has changed.
   *
   * @return the policy id
   */
  public abstract String policyId();

  /**
   * The version of the threshold policy in force on the screening date.
   *
   * @return the policy version
   */
  public abstract String policyVersion();

  /**
   * The routes that fired, as a set.
   *
   * @return the routes, empty when none fired
   */
  public Set<MaracRoute> firedRoutes() {
    Set<MaracRoute> fired = EnumSet.noneOf(MaracRoute.class);
    for (RouteFinding finding : routes()) {
      fired.add(finding.route());
    }
    return fired;
  }

  /**
   * True when the case goes to a MARAC proper.
   *
   * @return whether the outcome is {@link MaracOutcome#REFER_TO_MARAC}
   */
  public boolean referToMarac() {
    return outcome() == MaracOutcome.REFER_TO_MARAC;
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
   * Builds a {@link MaracDecision}; building runs its checks. Every method refuses null with a
   * {@link MissingValueException} naming the attribute, before it changes anything.
   */
  public static final class Builder {
    private final ImmutableMaracDecision.Builder generated = new ImmutableMaracDecision.Builder();

    Builder() {}

    /**
     * Fills this builder from {@code instance}: each value is set, and each element or entry of a
     * collection is added to those already here.
     *
     * @param instance the value to start from
     * @return this builder
     */
    public Builder from(MaracDecision instance) {
      generated.from(MissingValueException.require("instance", instance));
      return this;
    }

    /**
     * Sets {@link MaracDecision#outcome() outcome}.
     *
     * @param outcome the value
     * @return this builder
     */
    public Builder outcome(MaracOutcome outcome) {
      generated.outcome(MissingValueException.require("outcome", outcome));
      return this;
    }

    /**
     * Adds one element to {@link MaracDecision#routes() routes}.
     *
     * @param routes the element
     * @return this builder
     */
    public Builder addRoutes(RouteFinding routes) {
      generated.addRoutes(MissingValueException.require("routes", routes));
      return this;
    }

    /**
     * Adds these elements to {@link MaracDecision#routes() routes}.
     *
     * @param routes the elements, none of them null
     * @return this builder
     */
    public Builder addRoutes(RouteFinding... routes) {
      generated.addRoutes(MissingValueException.requireElements("routes", routes));
      return this;
    }

    /**
     * Replaces the elements of {@link MaracDecision#routes() routes} with these.
     *
     * @param routes the elements, none of them null
     * @return this builder
     */
    public Builder routes(Iterable<? extends RouteFinding> routes) {
      generated.routes(MissingValueException.requireList("routes", routes));
      return this;
    }

    /**
     * Adds these elements to {@link MaracDecision#routes() routes}.
     *
     * @param routes the elements, none of them null
     * @return this builder
     */
    public Builder addAllRoutes(Iterable<? extends RouteFinding> routes) {
      generated.addAllRoutes(MissingValueException.requireList("routes", routes));
      return this;
    }

    /**
     * Adds one element to {@link MaracDecision#notFired() notFired}.
     *
     * @param notFired the element
     * @return this builder
     */
    public Builder addNotFired(RouteFinding notFired) {
      generated.addNotFired(MissingValueException.require("notFired", notFired));
      return this;
    }

    /**
     * Adds these elements to {@link MaracDecision#notFired() notFired}.
     *
     * @param notFired the elements, none of them null
     * @return this builder
     */
    public Builder addNotFired(RouteFinding... notFired) {
      generated.addNotFired(MissingValueException.requireElements("notFired", notFired));
      return this;
    }

    /**
     * Replaces the elements of {@link MaracDecision#notFired() notFired} with these.
     *
     * @param notFired the elements, none of them null
     * @return this builder
     */
    public Builder notFired(Iterable<? extends RouteFinding> notFired) {
      generated.notFired(MissingValueException.requireList("notFired", notFired));
      return this;
    }

    /**
     * Adds these elements to {@link MaracDecision#notFired() notFired}.
     *
     * @param notFired the elements, none of them null
     * @return this builder
     */
    public Builder addAllNotFired(Iterable<? extends RouteFinding> notFired) {
      generated.addAllNotFired(MissingValueException.requireList("notFired", notFired));
      return this;
    }

    /**
     * Sets {@link MaracDecision#alsoToChildrensSocialCare() alsoToChildrensSocialCare}.
     *
     * @param alsoToChildrensSocialCare the value
     * @return this builder
     */
    public Builder alsoToChildrensSocialCare(boolean alsoToChildrensSocialCare) {
      generated.alsoToChildrensSocialCare(alsoToChildrensSocialCare);
      return this;
    }

    /**
     * Adds one element to {@link MaracDecision#notes() notes}.
     *
     * @param notes the element
     * @return this builder
     */
    public Builder addNotes(String notes) {
      generated.addNotes(MissingValueException.require("notes", notes));
      return this;
    }

    /**
     * Adds these elements to {@link MaracDecision#notes() notes}.
     *
     * @param notes the elements, none of them null
     * @return this builder
     */
    public Builder addNotes(String... notes) {
      generated.addNotes(MissingValueException.requireElements("notes", notes));
      return this;
    }

    /**
     * Replaces the elements of {@link MaracDecision#notes() notes} with these.
     *
     * @param notes the elements, none of them null
     * @return this builder
     */
    public Builder notes(Iterable<String> notes) {
      generated.notes(MissingValueException.requireList("notes", notes));
      return this;
    }

    /**
     * Adds these elements to {@link MaracDecision#notes() notes}.
     *
     * @param notes the elements, none of them null
     * @return this builder
     */
    public Builder addAllNotes(Iterable<String> notes) {
      generated.addAllNotes(MissingValueException.requireList("notes", notes));
      return this;
    }

    /**
     * Sets {@link MaracDecision#asOf() asOf}.
     *
     * @param asOf the value
     * @return this builder
     */
    public Builder asOf(LocalDate asOf) {
      generated.asOf(MissingValueException.require("asOf", asOf));
      return this;
    }

    /**
     * Sets {@link MaracDecision#policyId() policyId}.
     *
     * @param policyId the value
     * @return this builder
     */
    public Builder policyId(String policyId) {
      generated.policyId(MissingValueException.require("policyId", policyId));
      return this;
    }

    /**
     * Sets {@link MaracDecision#policyVersion() policyVersion}.
     *
     * @param policyVersion the value
     * @return this builder
     */
    public Builder policyVersion(String policyVersion) {
      generated.policyVersion(MissingValueException.require("policyVersion", policyVersion));
      return this;
    }

    /**
     * Builds the value and runs its checks.
     *
     * @return the value
     * @throws InvalidInputException when a required attribute is unset (a {@link MissingValueException})
     *     or the value breaks a rule of its type
     */
    public MaracDecision build() {
      return generated.build();
    }
  }

  /**
   * The outcome and each route's evidence, one per line, for a case note or a log: the routes that
   * fired, then those that did not, then the notes. It holds no personal data.
   *
   * @return the explanation, naming the date and the policy in force
   */
  public String explain() {
    StringBuilder out = new StringBuilder();
    out.append(outcome()).append(" on ").append(asOf()).append(" under policy ").append(policyId()).append(' ').append(policyVersion());
    if (routes().isEmpty()) {
      out.append("\n  no route fired");
    }
    for (RouteFinding finding : routes()) {
      out.append("\n  ").append(finding.route()).append(": ").append(finding.explanation());
    }
    for (RouteFinding finding : notFired()) {
      out.append("\n  not ").append(finding.route()).append(": ").append(finding.explanation());
    }
    for (String note : notes()) {
      out.append("\n  note: ").append(note);
    }
    return out.toString();
  }
}
