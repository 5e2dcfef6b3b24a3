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

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * One completed checklist: an answer for each item of one instrument, where each answer came from
 * when the source was not the victim, and optionally when and by which agency it was completed.
 *
 * <p>Answers are held compactly, one bit mask per kind of answer, so counting and scoring take a
 * few machine instructions; a rated instrument (see {@link Instrument#ratingScale()}) also holds
 * one byte per item. An item left out is {@link Answer#NOT_ASKED}, never silently no. Instances
 * are immutable and thread-safe; the order in which answers were given never matters.
 *
 * <p>Answers are sensitive: {@link #toString()} gives counts only, never an answer, so a response
 * set written to a log or an error message discloses nothing about the victim.
 */
public final class Responses {
  private final Instrument instrument;
  private final long yes;
  private final long no;
  private final long notKnown;
  private final Map<String, Agency> sources;
  /** Per item, the rating's value plus one; 0 when not rated. Null for a yes / no checklist. */
  private final byte @Nullable [] ratings;
  /** Bit {@code i} set when item {@code i} has a rating; worked out once, as every count reads it. */
  private final long rated;
  private final @Nullable LocalDate completedOn;
  private final @Nullable Agency completedBy;

  private Responses(Instrument instrument, long yes, long no, long notKnown, Map<String, Agency> sources,
      byte @Nullable [] ratings, @Nullable LocalDate completedOn, @Nullable Agency completedBy) {
    this.instrument = instrument;
    this.yes = yes;
    this.no = no;
    this.notKnown = notKnown;
    this.sources = sources;
    this.ratings = ratings;
    this.rated = ratedBits(ratings);
    this.completedOn = completedOn;
    this.completedBy = completedBy;
  }

  /**
   * Starts a response set for {@code instrument}.
   *
   * @param instrument the instrument being answered; it fixes the items and the answers accepted
   * @return an empty builder, in which every item reads as not asked until it is answered
   * @throws InvalidInputException when {@code instrument} is null
   */
  public static Builder builder(Instrument instrument) {
    if (instrument == null) {
      throw new MissingValueException("instrument", "responses need the instrument they answer");
    }
    return new Builder(instrument);
  }

  /**
   * The instrument these answers are for. Its item order gives each bit of the masks its meaning.
   *
   * @return the instrument answered
   */
  public Instrument instrument() {
    return instrument;
  }

  /**
   * The answer given to an item.
   *
   * @param itemId the item's id in the instrument
   * @return the answer; {@link Answer#NOT_ASKED} for an item left out, and for an item rated
   *     instead of answered
   * @throws UnknownItemException when the instrument has no such item
   * @throws InvalidInputException when {@code itemId} is null
   */
  public Answer answer(String itemId) {
    return answerAt(indexOrThrow(itemId));
  }

  /**
   * The date the checklist was completed, when given; threshold policies in force then apply.
   *
   * @return the completion date, or empty when none was given
   */
  public Optional<LocalDate> completedOn() {
    return Optional.ofNullable(completedOn);
  }

  /**
   * The agency that completed the checklist, when given; its own bands apply where a policy sets them.
   *
   * @return the completing agency, or empty when none was given
   */
  public Optional<Agency> completedBy() {
    return Optional.ofNullable(completedBy);
  }

  /**
   * The rating given to an item of a rated instrument; empty when it was not rated.
   *
   * @param itemId the item's id in the instrument
   * @return the rating on the instrument's scale, or empty when the item was not rated or the
   *     instrument is not rated
   * @throws UnknownItemException when the instrument has no such item
   * @throws InvalidInputException when {@code itemId} is null
   */
  public OptionalInt rating(String itemId) {
    return ratingAt(indexOrThrow(itemId));
  }

  /**
   * The rating of the item at {@code index}; empty when not rated or the instrument is not rated.
   * For scoring rules, which walk the items by position.
   *
   * @param index the item's position in the instrument's order, from 0
   * @return the rating on the instrument's scale, or empty
   * @throws InvalidInputException when {@code index} is outside the instrument's items
   */
  public OptionalInt ratingAt(int index) {
    checkIndex(index);
    if (ratings == null || ratings[index] == 0) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(ratings[index] - 1);
  }

  /**
   * The sum of all ratings given; 0 for a yes / no checklist. Items not rated add nothing.
   *
   * @return the sum of the ratings
   */
  public int ratingSum() {
    int sum = 0;
    if (ratings != null) {
      for (byte r : ratings) {
        sum += r == 0 ? 0 : r - 1;
      }
    }
    return sum;
  }

  /**
   * How many items were rated; 0 for a yes / no checklist.
   *
   * @return the count of rated items
   */
  public int ratedCount() {
    return Long.bitCount(rated);
  }

  /**
   * The answer given to the item at {@code index} in the instrument's order; a rated item reads as
   * not asked. For scoring rules, which walk the items by position.
   *
   * @param index the item's position in the instrument's order, from 0
   * @return the answer; {@link Answer#NOT_ASKED} for an item left out
   * @throws InvalidInputException when {@code index} is outside the instrument's items
   */
  public Answer answerAt(int index) {
    checkIndex(index);
    long bit = 1L << index;
    if ((yes & bit) != 0) {
      return Answer.YES;
    }
    if ((no & bit) != 0) {
      return Answer.NO;
    }
    if ((notKnown & bit) != 0) {
      return Answer.NOT_KNOWN;
    }
    return Answer.NOT_ASKED;
  }

  /**
   * Bit {@code i} is set when item {@code i} was answered yes. Lets a scoring rule count or weigh
   * answers without walking the items.
   *
   * @return the yes answers, one bit per item in the instrument's order
   */
  public long yesMask() {
    return yes;
  }

  /**
   * Bit {@code i} is set when item {@code i} was answered no.
   *
   * @return the no answers, one bit per item in the instrument's order
   */
  public long noMask() {
    return no;
  }

  /**
   * Bit {@code i} is set when item {@code i} was answered not known.
   *
   * @return the not known answers, one bit per item in the instrument's order
   */
  public long notKnownMask() {
    return notKnown;
  }

  /**
   * Bit {@code i} is set when item {@code i} has a rating; always 0 for a yes / no checklist.
   *
   * @return the rated items, one bit per item in the instrument's order
   */
  public long ratedMask() {
    return rated;
  }

  /**
   * Bit {@code i} is set when item {@code i} has no answer and no rating. Worked out from the other
   * masks, so an item left out is counted here and never as a no.
   *
   * @return the items not asked, one bit per item in the instrument's order
   */
  public long notAskedMask() {
    return instrument.allItemsMask() & ~(yes | no | notKnown | rated);
  }

  /** Bit {@code i} is set when item {@code i} has a rating. */
  private static long ratedBits(byte @Nullable [] ratings) {
    long bits = 0L;
    if (ratings != null) {
      for (int i = 0; i < ratings.length; i++) {
        if (ratings[i] != 0) {
          bits |= 1L << i;
        }
      }
    }
    return bits;
  }

  /**
   * How many items were answered yes; for the Dash checklists, this is the score.
   *
   * @return the count of yes answers
   */
  public int yesCount() {
    return Long.bitCount(yes);
  }

  /**
   * How many items were answered no.
   *
   * @return the count of no answers
   */
  public int noCount() {
    return Long.bitCount(no);
  }

  /**
   * How many items were answered not known; an instrument may treat too many as an invalid
   * assessment.
   *
   * @return the count of not known answers
   */
  public int notKnownCount() {
    return Long.bitCount(notKnown);
  }

  /**
   * How many items have no answer and no rating, so that a partly completed checklist shows as one.
   *
   * @return the count of items not asked
   */
  public int notAskedCount() {
    return Long.bitCount(notAskedMask());
  }

  /**
   * Where an answer came from when that was not the victim; empty means the victim said it.
   *
   * @param itemId the item's id in the instrument
   * @return the agency that supplied the answer, or empty when it came from the victim
   * @throws UnknownItemException when the instrument has no such item
   * @throws InvalidInputException when {@code itemId} is null
   */
  public Optional<Agency> sourceOf(String itemId) {
    indexOrThrow(itemId);
    return Optional.ofNullable(sources.get(itemId));
  }

  /**
   * Every answer whose source was not the victim, by item id.
   *
   * @return an unmodifiable map from item id to agency, in the order the sources were recorded;
   *     empty when the victim gave every answer
   */
  public Map<String, Agency> sources() {
    return sources;
  }

  /**
   * A copy with one item's answer changed, for correcting an answer without rebuilding the set. Its
   * recorded source, if any, is kept; clearing the answer to {@link Answer#NOT_ASKED} drops the
   * source too, and any rating the item had is dropped.
   *
   * @param itemId the item's id in the instrument
   * @param answer the new answer; {@link Answer#NOT_ASKED} clears the item
   * @return a new response set; this one is unchanged
   * @throws UnknownItemException when the instrument has no such item
   * @throws AnswerOutOfScaleException when the instrument does not accept {@code answer}
   * @throws InvalidInputException when {@code itemId} or {@code answer} is null
   */
  public Responses with(String itemId, Answer answer) {
    int index = indexOf(instrument, itemId);
    if (answer == null) {
      throw new MissingValueException("answer[" + itemId + "]", "an answer is required; use NOT_ASKED to clear one");
    }
    Builder.checkScale(instrument, itemId, answer);
    long bit = 1L << index;
    long[] masks = {yes & ~bit, no & ~bit, notKnown & ~bit};
    set(masks, answer, bit);
    Map<String, Agency> s = sources;
    if (answer == Answer.NOT_ASKED && sources.containsKey(itemId)) {
      Map<String, Agency> copy = new LinkedHashMap<>(sources);
      copy.remove(itemId);
      s = Collections.unmodifiableMap(copy);
    }
    byte[] r = ratings;
    if (ratings != null && ratings[index] != 0) {
      r = ratings.clone();
      r[index] = 0;
    }
    return new Responses(instrument, masks[0], masks[1], masks[2], s, r, completedOn, completedBy);
  }

  /** Sets {@code bits} in the mask of {@code answer}: yes, no and not known at 0, 1 and 2; not asked sets none. */
  private static void set(long[] masks, Answer answer, long bits) {
    if (answer != Answer.NOT_ASKED) {
      masks[answer.ordinal()] |= bits;
    }
  }

  private void checkIndex(int index) {
    if (index < 0 || index >= instrument.items().size()) {
      throw new InvalidInputException("index", index, "an item index runs from 0 to " + (instrument.items().size() - 1));
    }
  }

  private int indexOrThrow(String itemId) {
    return indexOf(instrument, itemId);
  }

  /** The index of an item, or a typed error naming it. */
  static int indexOf(Instrument instrument, String itemId) {
    if (itemId == null) {
      throw new MissingValueException("itemId", "an item id is required");
    }
    int index = instrument.indexOf(itemId);
    if (index < 0) {
      throw new UnknownItemException(itemId, instrument.id(), instrument.version());
    }
    return index;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Responses)) {
      return false;
    }
    Responses other = (Responses) o;
    return yes == other.yes
        && no == other.no
        && notKnown == other.notKnown
        && Arrays.equals(ratings, other.ratings)
        && Objects.equals(completedOn, other.completedOn)
        && completedBy == other.completedBy
        && instrument.equals(other.instrument)
        && sources.equals(other.sources);
  }

  @Override
  public int hashCode() {
    return Objects.hash(instrument.id(), instrument.version(), yes, no, notKnown, sources, Arrays.hashCode(ratings), completedOn, completedBy);
  }

  /**
   * Counts only: the answers themselves never appear in text that might reach a log.
   *
   * @return the instrument's id and version and how many items have each kind of answer
   */
  @Override
  public String toString() {
    return "Responses{" + instrument.id() + " " + instrument.version()
        + ", yes=" + yesCount() + ", no=" + noCount() + ", notKnown=" + notKnownCount()
        + ", notAsked=" + notAskedCount() + (ratings == null ? "" : ", rated=" + ratedCount()) + "}";
  }

  /**
   * Collects answers. Each call checks its input first and changes nothing when it refuses: an
   * unknown item, an answer outside the instrument's scale, a null, or a second answer for an item
   * already answered.
   */
  public static final class Builder {
    private final Instrument instrument;
    private long yes;
    private long no;
    private long notKnown;
    private long answered;
    private final Map<String, Agency> sources = new LinkedHashMap<>();
    private final byte @Nullable [] ratings;
    private @Nullable LocalDate completedOn;
    private @Nullable Agency completedBy;

    private Builder(Instrument instrument) {
      this.instrument = instrument;
      this.ratings = instrument.ratingScale().isPresent() ? new byte[instrument.items().size()] : null;
    }

    /**
     * The date the checklist was completed, so that the threshold policy in force on that day
     * applies. Leave it out when it is not known.
     *
     * @param completedOn the completion date, from {@link RecordDates#EARLIEST} to {@link RecordDates#LATEST}
     * @return this builder
     * @throws MissingValueException when the date is null
     * @throws InvalidInputException when the date is outside the range a record may carry
     */
    public Builder completedOn(LocalDate completedOn) {
      if (completedOn == null) {
        throw new MissingValueException("completedOn", "give the date, or leave it out");
      }
      this.completedOn = RecordDates.require("completedOn", completedOn);
      return this;
    }

    /**
     * The agency that completed the checklist, so that bands a policy sets for that agency apply.
     * Leave it out when it is not known.
     *
     * @param completedBy the completing agency
     * @return this builder
     * @throws MissingValueException when the agency is null
     */
    public Builder completedBy(Agency completedBy) {
      if (completedBy == null) {
        throw new MissingValueException("completedBy", "give the agency, or leave it out");
      }
      this.completedBy = completedBy;
      return this;
    }

    /**
     * Rates an item of a rated instrument.
     *
     * @param itemId the item's id in the instrument
     * @param value the rating, on the instrument's scale
     * @return this builder
     * @throws AnswerOutOfScaleException when the instrument is not rated or the value is off its scale
     * @throws UnknownItemException when the instrument has no such item
     * @throws InvalidInputException when the item has already been answered or rated
     */
    public Builder rate(String itemId, int value) {
      int index = indexOf(itemId);
      RatingScale scale = instrument.ratingScale().orElseThrow(() -> new AnswerOutOfScaleException(
          "rating[" + itemId + "]", value, instrument.answerScale(), instrument.id() + " " + instrument.version() + " (answered, not rated)"));
      if (value < scale.lowest() || value > scale.highest()) {
        throw new AnswerOutOfScaleException("rating[" + itemId + "]", value,
            "ratings on " + instrument.id() + " run from " + scale.lowest() + " to " + scale.highest());
      }
      long bit = 1L << index;
      if ((answered & bit) != 0) {
        throw new InvalidInputException("item", itemId, "each item is answered once in a response set");
      }
      answered |= bit;
      // a builder for an instrument with a rating scale always keeps ratings
      Objects.requireNonNull(ratings)[index] = (byte) (value + 1);
      return this;
    }

    /**
     * Rates an item by the label of its rating, for example {@code sometimes} or {@code present},
     * for case systems that store the label rather than the number.
     *
     * @param itemId the item's id in the instrument
     * @param label a label of the instrument's rating scale
     * @return this builder
     * @throws AnswerOutOfScaleException when the instrument is not rated or the label is not on its
     *     scale
     * @throws UnknownItemException when the instrument has no such item
     * @throws InvalidInputException when the item has already been answered or rated
     */
    public Builder rate(String itemId, String label) {
      indexOf(itemId);
      if (label == null) {
        throw new MissingValueException("rating[" + itemId + "]", "give the rating's label, or leave the item out");
      }
      RatingScale scale = instrument.ratingScale().orElseThrow(() -> new AnswerOutOfScaleException(
          "rating[" + itemId + "]", label, instrument.answerScale(), instrument.id() + " " + instrument.version() + " (answered, not rated)"));
      return rate(itemId, scale.valueOf("rating[" + itemId + "]", label));
    }

    /**
     * Records a yes for each item given.
     *
     * @param itemIds the ids of the items answered yes
     * @return this builder
     * @throws UnknownItemException when the instrument has no such item
     * @throws AnswerOutOfScaleException when the instrument does not accept yes
     * @throws InvalidInputException when an item is null, repeated or already answered
     */
    public Builder yes(String... itemIds) {
      return answerAll(Answer.YES, itemIds);
    }

    /**
     * As {@link #yes(String...)}, for callers holding a collection (Clojure, Scala, Kotlin lists).
     *
     * @param itemIds the ids of the items answered yes
     * @return this builder
     * @throws InvalidInputException when the collection or an item is null, or as {@link #yes(String...)}
     */
    public Builder yes(java.util.Collection<String> itemIds) {
      return answerAll(Answer.YES, toArray(itemIds));
    }

    /**
     * As {@link #no(String...)}, for callers holding a collection.
     *
     * @param itemIds the ids of the items answered no
     * @return this builder
     * @throws InvalidInputException when the collection or an item is null, or as {@link #no(String...)}
     */
    public Builder no(java.util.Collection<String> itemIds) {
      return answerAll(Answer.NO, toArray(itemIds));
    }

    /**
     * As {@link #notKnown(String...)}, for callers holding a collection.
     *
     * @param itemIds the ids of the items answered not known
     * @return this builder
     * @throws InvalidInputException when the collection or an item is null, or as
     *     {@link #notKnown(String...)}
     */
    public Builder notKnown(java.util.Collection<String> itemIds) {
      return answerAll(Answer.NOT_KNOWN, toArray(itemIds));
    }

    private static String[] toArray(java.util.Collection<String> itemIds) {
      if (itemIds == null) {
        throw new MissingValueException("itemIds", "item ids are required");
      }
      return itemIds.toArray(new String[0]);
    }

    /**
     * Records a no for each item given: the question was asked and the factor is absent.
     *
     * @param itemIds the ids of the items answered no
     * @return this builder
     * @throws UnknownItemException when the instrument has no such item
     * @throws AnswerOutOfScaleException when the instrument does not accept no
     * @throws InvalidInputException when an item is null, repeated or already answered
     */
    public Builder no(String... itemIds) {
      return answerAll(Answer.NO, itemIds);
    }

    /**
     * Records not known for each item given: the question was asked and nobody knew. Kept apart
     * from no, so a gap in what is known is never read as the factor being absent.
     *
     * @param itemIds the ids of the items answered not known
     * @return this builder
     * @throws UnknownItemException when the instrument has no such item
     * @throws AnswerOutOfScaleException when the instrument does not accept not known
     * @throws InvalidInputException when an item is null, repeated or already answered
     */
    public Builder notKnown(String... itemIds) {
      return answerAll(Answer.NOT_KNOWN, itemIds);
    }

    /**
     * Records explicitly that items were not asked; the same as leaving them out, except that a
     * later answer for one of them is refused.
     *
     * @param itemIds the ids of the items not asked
     * @return this builder
     * @throws UnknownItemException when the instrument has no such item
     * @throws InvalidInputException when an item is null, repeated or already answered
     */
    public Builder notAsked(String... itemIds) {
      return answerAll(Answer.NOT_ASKED, itemIds);
    }

    /**
     * As {@link #notAsked(String...)}, for callers holding a collection.
     *
     * @param itemIds the ids of the items not asked
     * @return this builder
     * @throws InvalidInputException when the collection or an item is null, or as
     *     {@link #notAsked(String...)}
     */
    public Builder notAsked(java.util.Collection<String> itemIds) {
      return answerAll(Answer.NOT_ASKED, toArray(itemIds));
    }

    /**
     * Records many answers at once, each stored as a word, as a case system or a Kotlin or Clojure
     * map holds them: item id to {@code yes}, {@code no}, {@code not known} ({@code don't know},
     * with a plain or a typographic apostrophe) or {@code not asked}, each word read by
     * {@link Answer#parse(String, String)}, the one reader of answer words, exactly as
     * {@link #answer(String, String)} reads it. The same as calling {@code answer(item, word)} for
     * each entry, except that it is all or nothing: every entry is checked before any is recorded,
     * and a refusal records none of them. A refusal names the item and withholds the word.
     *
     * @param answers item id to answer word; an empty map records nothing
     * @return this builder
     * @throws UnknownItemException when the instrument has no item of a key
     * @throws AnswerOutOfScaleException when a word is not an answer, or not one the instrument
     *     accepts
     * @throws MissingValueException when the map, a key or a word is null
     * @throws InvalidInputException when an item is already answered, or when a key or a word is
     *     not a {@code String}, as a caller whose map is not checked by the compiler may pass (a
     *     Clojure keyword such as {@code :yes}; turn it into a string with {@code name}); the
     *     message names the key and the type given, and withholds the word
     */
    public Builder answers(Map<String, String> answers) {
      if (answers == null) {
        throw new MissingValueException("answers", "give a map of item id to answer word");
      }
      long bits = 0;
      long[] masks = {0L, 0L, 0L};
      // read as Objects: a map from a dynamic language may hold other keys and words than its type says
      for (Map.Entry<?, ?> entry : answers.entrySet()) {
        String itemId = itemIdOf(entry.getKey());
        long bit = 1L << indexOf(itemId);
        Answer answer = Answer.parse("answer[" + itemId + "]", wordOf(itemId, entry.getValue()));
        if ((answered & bit) != 0 || (bits & bit) != 0) {
          throw new InvalidInputException("item", itemId, "each item is answered once in a response set");
        }
        checkScale(instrument, itemId, answer);
        bits |= bit;
        set(masks, answer, bit);
      }
      answered |= bits;
      yes |= masks[0];
      no |= masks[1];
      notKnown |= masks[2];
      return this;
    }

    /** A key of an answers map as an item id: a String, never null. */
    private static String itemIdOf(@Nullable Object key) {
      if (key == null) {
        throw new MissingValueException("answers", "every key is an item id; a null key names no item");
      }
      if (!(key instanceof String)) {
        throw new InvalidInputException("answers", key, "every key is an item id given as a String, not a " + key.getClass().getName());
      }
      return (String) key;
    }

    /** A word of an answers map as a String, refused as {@link Answer#parse} refuses a null; a refusal withholds it. */
    private static String wordOf(String itemId, @Nullable Object word) {
      if (word instanceof String) {
        return (String) word;
      }
      String field = "answer[" + itemId + "]";
      if (word == null) {
        throw new MissingValueException(field, "an answer is required; leave the item out to record not asked");
      }
      throw new InvalidInputException(field, word,
          "an answer word given as a String (yes, no, not known or not asked), not a " + word.getClass().getName(), true);
    }

    /**
     * Records one item's answer, for callers that hold the answer as a value.
     *
     * @param itemId the item's id in the instrument
     * @param answer the answer given
     * @return this builder
     * @throws UnknownItemException when the instrument has no such item
     * @throws AnswerOutOfScaleException when the instrument does not accept {@code answer}
     * @throws InvalidInputException when either is null, or the item is already answered
     */
    public Builder answer(String itemId, Answer answer) {
      return answerAll(answer, itemId);
    }

    /**
     * Records an answer stored as a word ({@code yes}, {@code no}, {@code not-known}, ...), as
     * {@link Answer#parse(String, String)} reads it. An error's message names the item and withholds
     * the word.
     *
     * @param itemId the item's id in the instrument
     * @param word the stored answer word
     * @return this builder
     * @throws UnknownItemException when the instrument has no such item
     * @throws AnswerOutOfScaleException when the word is not an answer, or not one the instrument
     *     accepts
     * @throws InvalidInputException when either is null, or the item is already answered
     */
    public Builder answer(String itemId, String word) {
      indexOf(itemId);
      return answer(itemId, Answer.parse("answer[" + itemId + "]", word));
    }

    /**
     * Records that an item's answer came from an agency rather than from the victim, as the Dash
     * checklist's source column does. Give it only for an item that is answered by the time the
     * set is built.
     *
     * @param itemId the item's id in the instrument
     * @param agency the agency that supplied the answer
     * @return this builder
     * @throws UnknownItemException when the instrument has no such item
     * @throws InvalidInputException when {@code itemId} or {@code agency} is null
     */
    public Builder source(String itemId, Agency agency) {
      indexOf(itemId);
      if (agency == null) {
        throw new MissingValueException("source[" + itemId + "]", "give the agency, or leave the source out when it was the victim");
      }
      sources.put(itemId, agency);
      return this;
    }

    private Builder answerAll(Answer answer, String... itemIds) {
      if (answer == null) {
        throw new MissingValueException("answer", "an answer is required; leave the item out to record not asked");
      }
      if (itemIds == null) {
        throw new MissingValueException("itemIds", "item ids are required");
      }
      long bits = 0;
      for (String itemId : itemIds) {
        long bit = 1L << indexOf(itemId);
        if ((answered & bit) != 0 || (bits & bit) != 0) {
          throw new InvalidInputException("item", itemId, "each item is answered once in a response set");
        }
        checkScale(instrument, itemId, answer);
        bits |= bit;
      }
      answered |= bits;
      long[] masks = {yes, no, notKnown};
      set(masks, answer, bits);
      yes = masks[0];
      no = masks[1];
      notKnown = masks[2];
      return this;
    }

    private int indexOf(String itemId) {
      return Responses.indexOf(instrument, itemId);
    }

    static void checkScale(Instrument instrument, String itemId, Answer answer) {
      if (!instrument.answerScale().contains(answer)) {
        throw new AnswerOutOfScaleException(
            "answer[" + itemId + "]", answer, instrument.answerScale(), instrument.id() + " " + instrument.version());
      }
    }

    /**
     * The finished response set. Items never answered read as not asked. The builder may go on
     * being used; what it builds later does not change this set.
     *
     * @return the response set
     * @throws InvalidInputException when a source was given for an item that has no answer
     */
    public Responses build() {
      long given = yes | no | notKnown | ratedBits(ratings);
      for (String itemId : sources.keySet()) {
        if ((given & (1L << instrument.indexOf(itemId))) == 0) {
          throw new InvalidInputException("source[" + itemId + "]", sources.get(itemId), "a source is recorded only for an item that was answered");
        }
      }
      Map<String, Agency> s = sources.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(sources));
      return new Responses(instrument, yes, no, notKnown, s, ratings == null ? null : ratings.clone(), completedOn, completedBy);
    }
  }
}
