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
package org.safeguard.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;
import org.safeguard.spi.ItemLabels;
import org.safeguard.spi.ScoringRule;
import org.safeguard.spi.SetupContext;
import org.safeguard.spi.Supplied;

/**
 * A risk instrument as data: its id and version, its items in order, the answers it accepts, and
 * the rule that turns a set of answers into a score. Instruments come from
 * {@link org.safeguard.spi.InstrumentProvider plugins}; the engine never hard-codes one.
 *
 * <p>Answers are held as bit masks, one bit per item, so an instrument has at most
 * {@value #MAX_ITEMS} items.
 */
@Value.Immutable
@ModelStyle
public abstract class Instrument implements Supplied {
  /** The most items one instrument may have: one bit each in a {@code long}. */
  public static final int MAX_ITEMS = 64;

  /** Only the generated implementation in this package extends it. */
  Instrument() {}

  /**
   * Stable id, for example {@code safelives-dash-ric}. Stored assessments and threshold policies
   * refer to the instrument by it, so it never changes.
   *
   * @return the id: lower-case letters and digits joined by single hyphens
   */
  public abstract String id();

  /**
   * The version of the instrument's items and scoring, for example {@code 2009}. Several versions
   * of one instrument can load side by side, and an assessment records the one it was made with.
   *
   * @return the version
   */
  public abstract String version();

  /**
   * The family the instrument belongs to, for example {@code dash}; defaults to the id. Related
   * forms share a family so that a supplement offered after one, as S-DASH after either Dash
   * checklist, is offered after each of them.
   *
   * @return the family's id
   */
  @Value.Default
  public String family() {
    return id();
  }

  /**
   * The items, in the order the form asks them. An item's position is its bit in the answer masks.
   *
   * @return the items, at least one and at most {@value #MAX_ITEMS}
   */
  public abstract List<Item> items();

  /**
   * The answers this instrument accepts; {@link Answer#NOT_ASKED} is always accepted. A rated
   * instrument accepts at most not known (an item that could not be rated) and not asked.
   *
   * @return the accepted answers; by default yes, no, not known and not asked for a checklist, and
   *     not known and not asked for a rated instrument
   */
  @Value.Default
  public Set<Answer> answerScale() {
    return ratingScale().isPresent()
        ? EnumSet.of(Answer.NOT_KNOWN, Answer.NOT_ASKED)
        : EnumSet.of(Answer.YES, Answer.NO, Answer.NOT_KNOWN, Answer.NOT_ASKED);
  }

  /**
   * Where the labels of the items come from, keyed by item id; empty when the instrument has none
   * and items are shown by id. Not part of equality.
   *
   * @return the source of item labels, or empty
   */
  @Value.Auxiliary
  public abstract Optional<ItemLabels> labels();

  /**
   * When present, an assessment with this many or more "not known" answers is invalid: too little
   * is known for its score to mean anything.
   *
   * @return the number of not known answers that makes an assessment invalid, or empty when there
   *     is no limit
   */
  public abstract OptionalInt notKnownLimit();

  /**
   * Present for an instrument whose items are rated (HITS 1 to 5, present / partial / absent)
   * instead of answered yes or no.
   *
   * @return the rating scale, or empty for a yes / no checklist
   */
  public abstract Optional<RatingScale> ratingScale();

  /**
   * The instrument's own names for score ranges, lowest first; may be empty. These belong to the
   * instrument; risk levels come from a threshold policy.
   *
   * @return the categories, lowest first
   */
  public abstract List<ScoreCategory> categories();

  /**
   * Answers to other instruments after which this one is offered, as S-DASH after Dash stalking.
   *
   * @return the triggers; empty when the instrument stands alone
   */
  public abstract List<SupplementTrigger> offeredAfter();

  /**
   * False for a structured-professional-judgement instrument: it computes no level, and an
   * assessment needs the practitioner's summary judgement. True by default.
   *
   * @return whether a threshold policy turns the score into a level
   */
  @Value.Default
  public boolean computesLevel() {
    return true;
  }

  /**
   * How answers become a score. Not part of equality: two loads of one instrument are equal.
   *
   * @return the scoring rule
   */
  @Value.Auxiliary
  public abstract ScoringRule scoringRule();

  @Value.Derived
  @Value.Auxiliary
  Map<String, Integer> indexById() {
    Map<String, Integer> index = new HashMap<>();
    List<Item> items = items();
    for (int i = 0; i < items.size(); i++) {
      index.put(items.get(i).id(), i);
    }
    return index;
  }

  /**
   * The item ids, in form order.
   *
   * @return the ids, one for each item
   */
  public List<String> itemIds() {
    List<Item> items = items();
    String[] ids = new String[items.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = items.get(i).id();
    }
    return List.of(ids);
  }

  /**
   * The position of an item, or {@code -1} when the instrument has no such item. Looked up in a
   * map built once, so it costs the same for every item.
   *
   * @param itemId the item's id
   * @return the item's position in form order, from 0, or {@code -1}
   */
  public int indexOf(String itemId) {
    MissingValueException.require("itemId", itemId);
    Integer i = indexById().get(itemId);
    return i == null ? -1 : i;
  }

  /**
   * The bits of every item this instrument has, one per item in form order. Worked out once,
   * when the instrument is built: every count of unasked items reads it.
   *
   * @return bit {@code i} set for each item {@code i}
   */
  @Value.Derived
  @Value.Auxiliary
  public long allItemsMask() {
    int n = items().size();
    return n == 64 ? -1L : (1L << n) - 1;
  }

  /**
   * The raw score of a response set: the scoring rule applied, nothing else computed, for callers
   * that need only the number.
   *
   * @param responses answers to this instrument
   * @return the score the rule gives
   * @throws InvalidInputException when the responses are for another instrument
   * @throws PluginFailureException when the scoring rule fails
   */
  public int rawScore(Responses responses) {
    requireOwn(MissingValueException.require("responses", responses));
    try {
      return scoringRule().score(responses);
    } catch (RuntimeException | StackOverflowError | LinkageError e) {
      throw PluginFailureException.of(id(), version(), "scoring rule", e);
    }
  }

  /**
   * The full score of a response set: value, the count of each kind of answer, category and validity.
   *
   * @param responses answers to this instrument
   * @return the score
   * @throws InvalidInputException when the responses are for another instrument
   * @throws PluginFailureException when the scoring rule fails
   */
  public Score score(Responses responses) {
    int value = rawScore(responses);
    Optional<String> invalid = invalidReason(responses);
    return Score.builder()
        .instrumentId(id())
        .instrumentVersion(version())
        .value(value)
        .yesCount(responses.yesCount())
        .noCount(responses.noCount())
        .notKnownCount(responses.notKnownCount())
        .notAskedCount(responses.notAskedCount())
        .ratedCount(responses.ratedCount())
        .rated(ratingScale().isPresent())
        .category(invalid.isPresent() ? Optional.empty() : categoryFor(value))
        .invalidReason(invalid)
        .build();
  }

  /**
   * Why the instrument gives no meaningful score for these answers: too many not known (at or over
   * {@link #notKnownLimit()}), or what its scoring rule says.
   *
   * @param responses answers to this instrument
   * @return the reason in words, or empty when the score stands
   * @throws InvalidInputException when the responses are for another instrument
   * @throws PluginFailureException when the scoring rule fails
   */
  public Optional<String> invalidReason(Responses responses) {
    requireOwn(MissingValueException.require("responses", responses));
    OptionalInt limit = notKnownLimit();
    if (limit.isPresent() && responses.notKnownCount() >= limit.getAsInt()) {
      return Optional.of(tooManyNotKnown(responses.notKnownCount(), limit.getAsInt()));
    }
    try {
      return MissingValueException.require("invalidReason", scoringRule().invalidReason(responses));
    } catch (RuntimeException | StackOverflowError | LinkageError e) {
      throw PluginFailureException.of(id(), version(), "scoring rule", e);
    }
  }

  private static String tooManyNotKnown(int notKnown, int limit) {
    return notKnown + " answers not known, the limit is " + (limit - 1);
  }

  /**
   * The instrument's own category for a score, if it defines one that covers the score.
   *
   * @param score a score on this instrument
   * @return the category's label, or empty when no category covers the score
   */
  public Optional<String> categoryFor(int score) {
    List<ScoreCategory> categories = categories();
    for (int i = 0, n = categories.size(); i < n; i++) {
      ScoreCategory category = categories.get(i);
      if (category.contains(score)) {
        return Optional.of(category.label());
      }
    }
    return Optional.empty();
  }

  private void requireOwn(Responses responses) {
    Instrument other = responses.instrument();
    if (other != this && !(other.id().equals(id()) && other.version().equals(version()))) {
      throw notOwn(other);
    }
  }

  /** Apart from {@link #requireOwn}, so that the check every score makes stays small enough to inline. */
  private InvalidInputException notOwn(Instrument other) {
    return new InvalidInputException("responses.instrument", other.id() + " " + other.version(),
        "responses must be for instrument " + id() + " " + version());
  }

  /**
   * Run when an instrument is built, so that an instrument that could not be answered or scored
   * never loads. Refuses a bad id or version, no items or more than {@value #MAX_ITEMS}, a
   * repeated item id, and an answer scale that does not fit the instrument; adds not asked to a
   * scale that leaves it out.
   *
   * @return this instrument, or a copy whose answer scale includes not asked
   * @throws InvalidInputException when a rule is broken
   */
  @Value.Check
  protected Instrument check() {
    StableId.require("instrument.id", id());
    StableId.requireVersion("instrument.version", version());
    int n = items().size();
    if (n == 0 || n > MAX_ITEMS) {
      throw new InvalidInputException("instrument.items", n, "an instrument has between 1 and " + MAX_ITEMS + " items");
    }
    Set<String> seen = new HashSet<>();
    for (Item item : items()) {
      if (!seen.add(item.id())) {
        throw new InvalidInputException("instrument.items", item.id(), "item ids must be unique within an instrument");
      }
    }
    if (ratingScale().isEmpty() && (!answerScale().contains(Answer.YES) || !answerScale().contains(Answer.NO))) {
      throw new InvalidInputException("instrument.answerScale", answerScale(), "a checklist accepts at least YES and NO");
    }
    if (ratingScale().isPresent() && (answerScale().contains(Answer.YES) || answerScale().contains(Answer.NO))) {
      throw new InvalidInputException("instrument.answerScale", answerScale(),
          "a rated instrument takes ratings, not YES or NO; its answer scale holds at most NOT_KNOWN and NOT_ASKED");
    }
    if (!answerScale().contains(Answer.NOT_ASKED)) {
      EnumSet<Answer> scale = EnumSet.copyOf(answerScale());
      scale.add(Answer.NOT_ASKED);
      return Instrument.builder().from(this).answerScale(scale).build();
    }
    return this;
  }

  /**
   * Starts an instrument for the provider being set up: its id and version are the provider's, so
   * they are stated once, on the provider.
   *
   * @param provider the setup context the engine hands the provider's {@code load} method
   * @return a builder with the id and version set
   */
  public static Builder builder(SetupContext provider) {
    MissingValueException.require("provider", provider);
    return new Builder().id(provider.providerId()).version(provider.providerVersion());
  }

  /**
   * Starts an instrument outside any provider, for example in a test; set its id and version.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an instrument; building checks the ids, the item count and the answer scale. Every method
   * refuses null with a {@link MissingValueException} naming the attribute, before it changes
   * anything.
   */
  public static final class Builder {
    private final ImmutableInstrument.Builder generated = new ImmutableInstrument.Builder();

    Builder() {}

    /**
     * Fills this builder from {@code instance}: each value is set, and each element or entry of a
     * collection is added to those already here.
     *
     * @param instance the value to start from
     * @return this builder
     */
    public Builder from(Instrument instance) {
      generated.from(MissingValueException.require("instance", instance));
      return this;
    }

    /**
     * Fills this builder with the attributes that {@link Supplied} declares, taken from
     * {@code instance}: each value is set, and each element or entry of a collection is added to those
     * already here.
     *
     * @param instance the value to start from
     * @return this builder
     */
    public Builder from(Supplied instance) {
      generated.from(MissingValueException.require("instance", instance));
      return this;
    }

    /**
     * Sets {@link Instrument#id() id}.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(String id) {
      generated.id(MissingValueException.require("id", id));
      return this;
    }

    /**
     * Sets {@link Instrument#version() version}.
     *
     * @param version the value
     * @return this builder
     */
    public Builder version(String version) {
      generated.version(MissingValueException.require("version", version));
      return this;
    }

    /**
     * Sets {@link Instrument#family() family}.
     *
     * @param family the value
     * @return this builder
     */
    public Builder family(String family) {
      generated.family(MissingValueException.require("family", family));
      return this;
    }

    /**
     * Adds one element to {@link Instrument#items() items}.
     *
     * @param items the element
     * @return this builder
     */
    public Builder addItems(Item items) {
      generated.addItems(MissingValueException.require("items", items));
      return this;
    }

    /**
     * Adds these elements to {@link Instrument#items() items}.
     *
     * @param items the elements, none of them null
     * @return this builder
     */
    public Builder addItems(Item... items) {
      generated.addItems(MissingValueException.requireElements("items", items));
      return this;
    }

    /**
     * Replaces the elements of {@link Instrument#items() items} with these.
     *
     * @param items the elements, none of them null
     * @return this builder
     */
    public Builder items(Iterable<? extends Item> items) {
      generated.items(MissingValueException.requireList("items", items));
      return this;
    }

    /**
     * Adds these elements to {@link Instrument#items() items}.
     *
     * @param items the elements, none of them null
     * @return this builder
     */
    public Builder addAllItems(Iterable<? extends Item> items) {
      generated.addAllItems(MissingValueException.requireList("items", items));
      return this;
    }

    /**
     * Adds one element to {@link Instrument#answerScale() answerScale}.
     *
     * @param answerScale the element
     * @return this builder
     */
    public Builder addAnswerScale(Answer answerScale) {
      generated.addAnswerScale(MissingValueException.require("answerScale", answerScale));
      return this;
    }

    /**
     * Adds these elements to {@link Instrument#answerScale() answerScale}.
     *
     * @param answerScale the elements, none of them null
     * @return this builder
     */
    public Builder addAnswerScale(Answer... answerScale) {
      generated.addAnswerScale(MissingValueException.requireElements("answerScale", answerScale));
      return this;
    }

    /**
     * Replaces the elements of {@link Instrument#answerScale() answerScale} with these.
     *
     * @param answerScale the elements, none of them null
     * @return this builder
     */
    public Builder answerScale(Iterable<Answer> answerScale) {
      generated.answerScale(MissingValueException.requireList("answerScale", answerScale));
      return this;
    }

    /**
     * Adds these elements to {@link Instrument#answerScale() answerScale}.
     *
     * @param answerScale the elements, none of them null
     * @return this builder
     */
    public Builder addAllAnswerScale(Iterable<Answer> answerScale) {
      generated.addAllAnswerScale(MissingValueException.requireList("answerScale", answerScale));
      return this;
    }

    /**
     * Sets {@link Instrument#labels() labels}.
     *
     * @param labels the value
     * @return this builder
     */
    public Builder labels(ItemLabels labels) {
      generated.labels(MissingValueException.require("labels", labels));
      return this;
    }

    /**
     * Sets {@link Instrument#labels() labels}, present or empty.
     *
     * @param labels the value, or empty
     * @return this builder
     */
    public Builder labels(Optional<? extends ItemLabels> labels) {
      generated.labels(MissingValueException.require("labels", labels));
      return this;
    }

    /**
     * Sets {@link Instrument#notKnownLimit() notKnownLimit}.
     *
     * @param notKnownLimit the value
     * @return this builder
     */
    public Builder notKnownLimit(int notKnownLimit) {
      generated.notKnownLimit(notKnownLimit);
      return this;
    }

    /**
     * Sets {@link Instrument#notKnownLimit() notKnownLimit}, present or empty.
     *
     * @param notKnownLimit the value, or empty
     * @return this builder
     */
    public Builder notKnownLimit(OptionalInt notKnownLimit) {
      generated.notKnownLimit(MissingValueException.require("notKnownLimit", notKnownLimit));
      return this;
    }

    /**
     * Sets {@link Instrument#ratingScale() ratingScale}.
     *
     * @param ratingScale the value
     * @return this builder
     */
    public Builder ratingScale(RatingScale ratingScale) {
      generated.ratingScale(MissingValueException.require("ratingScale", ratingScale));
      return this;
    }

    /**
     * Sets {@link Instrument#ratingScale() ratingScale}, present or empty.
     *
     * @param ratingScale the value, or empty
     * @return this builder
     */
    public Builder ratingScale(Optional<? extends RatingScale> ratingScale) {
      generated.ratingScale(MissingValueException.require("ratingScale", ratingScale));
      return this;
    }

    /**
     * Adds one element to {@link Instrument#categories() categories}.
     *
     * @param categories the element
     * @return this builder
     */
    public Builder addCategories(ScoreCategory categories) {
      generated.addCategories(MissingValueException.require("categories", categories));
      return this;
    }

    /**
     * Adds these elements to {@link Instrument#categories() categories}.
     *
     * @param categories the elements, none of them null
     * @return this builder
     */
    public Builder addCategories(ScoreCategory... categories) {
      generated.addCategories(MissingValueException.requireElements("categories", categories));
      return this;
    }

    /**
     * Replaces the elements of {@link Instrument#categories() categories} with these.
     *
     * @param categories the elements, none of them null
     * @return this builder
     */
    public Builder categories(Iterable<? extends ScoreCategory> categories) {
      generated.categories(MissingValueException.requireList("categories", categories));
      return this;
    }

    /**
     * Adds these elements to {@link Instrument#categories() categories}.
     *
     * @param categories the elements, none of them null
     * @return this builder
     */
    public Builder addAllCategories(Iterable<? extends ScoreCategory> categories) {
      generated.addAllCategories(MissingValueException.requireList("categories", categories));
      return this;
    }

    /**
     * Adds one element to {@link Instrument#offeredAfter() offeredAfter}.
     *
     * @param offeredAfter the element
     * @return this builder
     */
    public Builder addOfferedAfter(SupplementTrigger offeredAfter) {
      generated.addOfferedAfter(MissingValueException.require("offeredAfter", offeredAfter));
      return this;
    }

    /**
     * Adds these elements to {@link Instrument#offeredAfter() offeredAfter}.
     *
     * @param offeredAfter the elements, none of them null
     * @return this builder
     */
    public Builder addOfferedAfter(SupplementTrigger... offeredAfter) {
      generated.addOfferedAfter(MissingValueException.requireElements("offeredAfter", offeredAfter));
      return this;
    }

    /**
     * Replaces the elements of {@link Instrument#offeredAfter() offeredAfter} with these.
     *
     * @param offeredAfter the elements, none of them null
     * @return this builder
     */
    public Builder offeredAfter(Iterable<? extends SupplementTrigger> offeredAfter) {
      generated.offeredAfter(MissingValueException.requireList("offeredAfter", offeredAfter));
      return this;
    }

    /**
     * Adds these elements to {@link Instrument#offeredAfter() offeredAfter}.
     *
     * @param offeredAfter the elements, none of them null
     * @return this builder
     */
    public Builder addAllOfferedAfter(Iterable<? extends SupplementTrigger> offeredAfter) {
      generated.addAllOfferedAfter(MissingValueException.requireList("offeredAfter", offeredAfter));
      return this;
    }

    /**
     * Sets {@link Instrument#computesLevel() computesLevel}.
     *
     * @param computesLevel the value
     * @return this builder
     */
    public Builder computesLevel(boolean computesLevel) {
      generated.computesLevel(computesLevel);
      return this;
    }

    /**
     * Sets {@link Instrument#scoringRule() scoringRule}.
     *
     * @param scoringRule the value
     * @return this builder
     */
    public Builder scoringRule(ScoringRule scoringRule) {
      generated.scoringRule(MissingValueException.require("scoringRule", scoringRule));
      return this;
    }

    /**
     * Builds the value and runs its checks.
     *
     * @return the value
     * @throws InvalidInputException when a required attribute is unset (a {@link MissingValueException})
     *     or the value breaks a rule of its type
     */
    public Instrument build() {
      return generated.build();
    }

    /**
     * Adds items by id, in form order.
     *
     * @param ids the item ids: lower-case words joined by hyphens
     * @return this builder
     * @throws MissingValueException if {@code ids} or one of them is null
     * @throws InvalidInputException if an id is not a stable id; no item is added then
     */
    public Builder itemIds(String... ids) {
      MissingValueException.require("ids", ids);
      List<Item> items = new ArrayList<>(ids.length);
      for (String id : ids) {
        items.add(Item.of(id));
      }
      addAllItems(items);
      return this;
    }

    /**
     * As {@link #itemIds(String...)}, for callers holding a collection (Kotlin, Clojure, Scala).
     *
     * @param ids the item ids, in form order: lower-case words joined by hyphens
     * @return this builder
     * @throws MissingValueException if {@code ids} or one of them is null
     * @throws InvalidInputException if an id is not a stable id; no item is added then
     */
    public Builder itemIds(Collection<String> ids) {
      MissingValueException.requireElements("ids", ids);
      return itemIds(ids.toArray(new String[0]));
    }
  }
}
