package org.safeguard.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One completed checklist: an answer for each item of one instrument, where each answer came from
 * when the source was not the victim, and optionally when and by which agency it was completed.
 *
 * <p>Answers are held compactly, one bit mask per kind of answer, so counting and scoring take a
 * few machine instructions; a rated instrument (see {@link Instrument#ratingScale()}) also holds
 * one byte per item. An item left out is {@link Answer#NOT_ASKED}, never silently no. Instances
 * are immutable and thread-safe; the order in which answers were given never matters.
 */
public final class Responses {
  private final Instrument instrument;
  private final long yes;
  private final long no;
  private final long notKnown;
  private final Map<String, Agency> sources;
  /** Per item, the rating's value plus one; 0 when not rated. Null for a yes / no checklist. */
  private final byte[] ratings;
  private final LocalDate completedOn;
  private final Agency completedBy;

  private Responses(Instrument instrument, long yes, long no, long notKnown, Map<String, Agency> sources,
      byte[] ratings, LocalDate completedOn, Agency completedBy) {
    this.instrument = instrument;
    this.yes = yes;
    this.no = no;
    this.notKnown = notKnown;
    this.sources = sources;
    this.ratings = ratings;
    this.completedOn = completedOn;
    this.completedBy = completedBy;
  }

  /** Starts a response set for {@code instrument}. */
  public static Builder builder(Instrument instrument) {
    if (instrument == null) {
      throw new InvalidInputException("instrument", null, "responses need the instrument they answer");
    }
    return new Builder(instrument);
  }

  public Instrument instrument() {
    return instrument;
  }

  /** The answer given to an item. */
  public Answer answer(String itemId) {
    return answerAt(indexOrThrow(itemId));
  }

  /** The date the checklist was completed, when given; threshold policies in force then apply. */
  public Optional<LocalDate> completedOn() {
    return Optional.ofNullable(completedOn);
  }

  /** The agency that completed the checklist, when given; its own bands apply where a policy sets them. */
  public Optional<Agency> completedBy() {
    return Optional.ofNullable(completedBy);
  }

  /** The rating given to an item of a rated instrument; empty when it was not rated. */
  public OptionalInt rating(String itemId) {
    return ratingAt(indexOrThrow(itemId));
  }

  /** The rating of the item at {@code index}; empty when not rated or the instrument is not rated. */
  public OptionalInt ratingAt(int index) {
    checkIndex(index);
    if (ratings == null || ratings[index] == 0) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(ratings[index] - 1);
  }

  /** The sum of all ratings given; 0 for a yes / no checklist. */
  public int ratingSum() {
    int sum = 0;
    if (ratings != null) {
      for (byte r : ratings) {
        sum += r == 0 ? 0 : r - 1;
      }
    }
    return sum;
  }

  /** How many items were rated; 0 for a yes / no checklist. */
  public int ratedCount() {
    return Long.bitCount(ratedBits(ratings));
  }

  /** The answer given to the item at {@code index} in the instrument's order; a rated item reads as not asked. */
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

  /** Bit {@code i} is set when item {@code i} was answered yes. */
  public long yesMask() {
    return yes;
  }

  /** Bit {@code i} is set when item {@code i} was answered no. */
  public long noMask() {
    return no;
  }

  /** Bit {@code i} is set when item {@code i} was answered not known. */
  public long notKnownMask() {
    return notKnown;
  }

  /** Bit {@code i} is set when item {@code i} has no answer and no rating. */
  public long notAskedMask() {
    return instrument.allItemsMask() & ~(yes | no | notKnown | ratedBits(ratings));
  }

  /** Bit {@code i} is set when item {@code i} has a rating. */
  private static long ratedBits(byte[] ratings) {
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

  public int yesCount() {
    return Long.bitCount(yes);
  }

  public int noCount() {
    return Long.bitCount(no);
  }

  public int notKnownCount() {
    return Long.bitCount(notKnown);
  }

  public int notAskedCount() {
    return Long.bitCount(notAskedMask());
  }

  /** Where an answer came from when that was not the victim; empty means the victim said it. */
  public Optional<Agency> sourceOf(String itemId) {
    indexOrThrow(itemId);
    return Optional.ofNullable(sources.get(itemId));
  }

  /** Every answer whose source was not the victim, by item id. */
  public Map<String, Agency> sources() {
    return sources;
  }

  /** A copy with one item's answer changed; its recorded source, if any, is kept. */
  public Responses with(String itemId, Answer answer) {
    int index = indexOf(instrument, itemId);
    if (answer == null) {
      throw new InvalidInputException("answer[" + itemId + "]", null, "an answer is required; use NOT_ASKED to clear one");
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
      throw new InvalidInputException("item", null, "an item id is required");
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

  /** Counts only: the answers themselves never appear in text that might reach a log. */
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
    private final byte[] ratings;
    private LocalDate completedOn;
    private Agency completedBy;

    private Builder(Instrument instrument) {
      this.instrument = instrument;
      this.ratings = instrument.ratingScale().isPresent() ? new byte[instrument.items().size()] : null;
    }

    /** The date the checklist was completed. */
    public Builder completedOn(LocalDate date) {
      if (date == null) {
        throw new InvalidInputException("completedOn", null, "give the date, or leave it out");
      }
      this.completedOn = date;
      return this;
    }

    /** The agency that completed the checklist. */
    public Builder completedBy(Agency agency) {
      if (agency == null) {
        throw new InvalidInputException("completedBy", null, "give the agency, or leave it out");
      }
      this.completedBy = agency;
      return this;
    }

    /**
     * Rates an item of a rated instrument.
     *
     * @throws AnswerOutOfScaleException when the instrument is not rated or the value is off its scale
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
      ratings[index] = (byte) (value + 1);
      return this;
    }

    /** Rates an item by the label of its rating, for example {@code sometimes} or {@code present}. */
    public Builder rate(String itemId, String label) {
      indexOf(itemId);
      RatingScale scale = instrument.ratingScale().orElseThrow(() -> new AnswerOutOfScaleException(
          "rating[" + itemId + "]", label, instrument.answerScale(), instrument.id() + " " + instrument.version() + " (answered, not rated)"));
      return rate(itemId, scale.valueOf("rating[" + itemId + "]", label));
    }

    public Builder yes(String... itemIds) {
      return answerAll(Answer.YES, itemIds);
    }

    /** As {@link #yes(String...)}, for callers holding a collection (Clojure, Scala, Kotlin lists). */
    public Builder yes(java.util.Collection<String> itemIds) {
      return answerAll(Answer.YES, toArray(itemIds));
    }

    public Builder no(java.util.Collection<String> itemIds) {
      return answerAll(Answer.NO, toArray(itemIds));
    }

    public Builder notKnown(java.util.Collection<String> itemIds) {
      return answerAll(Answer.NOT_KNOWN, toArray(itemIds));
    }

    private static String[] toArray(java.util.Collection<String> itemIds) {
      if (itemIds == null) {
        throw new InvalidInputException("item", null, "item ids are required");
      }
      return itemIds.toArray(new String[0]);
    }

    public Builder no(String... itemIds) {
      return answerAll(Answer.NO, itemIds);
    }

    public Builder notKnown(String... itemIds) {
      return answerAll(Answer.NOT_KNOWN, itemIds);
    }

    /** Records explicitly that items were not asked; the same as leaving them out. */
    public Builder notAsked(String... itemIds) {
      return answerAll(Answer.NOT_ASKED, itemIds);
    }

    public Builder answer(String itemId, Answer answer) {
      return answerAll(answer, itemId);
    }

    /** Records an answer stored as a word ({@code yes}, {@code no}, {@code not-known}, ...). */
    public Builder answer(String itemId, String word) {
      return answer(itemId, Answer.parse("answer[" + itemId + "]", word));
    }

    /** Records that an item's answer came from an agency rather than from the victim. */
    public Builder source(String itemId, Agency agency) {
      indexOf(itemId);
      if (agency == null) {
        throw new InvalidInputException("source[" + itemId + "]", null, "give the agency, or leave the source out when it was the victim");
      }
      sources.put(itemId, agency);
      return this;
    }

    private Builder answerAll(Answer answer, String... itemIds) {
      if (answer == null) {
        throw new InvalidInputException("answer", null, "an answer is required; leave the item out to record not asked");
      }
      if (itemIds == null) {
        throw new InvalidInputException("item", null, "item ids are required");
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
     * The finished response set.
     *
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
