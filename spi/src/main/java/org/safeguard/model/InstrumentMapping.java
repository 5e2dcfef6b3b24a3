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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.safeguard.spi.SetupContext;
import org.safeguard.spi.Supplied;

/**
 * How the answers of one instrument carry onto another's items, item for item: for example the
 * police DASH onto the SafeLives Dash RIC, whose 24 items it shares, dropping its three questions
 * about children. An {@link org.safeguard.spi.InstrumentMappingProvider} supplies it and the engine
 * finds it like an instrument, so an application maps answers with {@code safeguard.map(responses,
 * toInstrumentId)} without compiling against the plugin that holds the mapping.
 *
 * <p>The mapping is data, not code: each item of the source instrument is either mapped onto one
 * item of the target ({@link #items()}) or named as dropped ({@link #dropped()}), so no answer is
 * ever left behind unnoticed; the engine refuses, when it is built, a mapping that leaves an item of
 * the source unnamed, or names an item either instrument lacks. Each target item is answered from
 * at most one source item, and a target item nothing maps onto reads as not asked, never as no.
 *
 * <p>{@link #apply(Responses, Instrument)} carries each mapped item's answer (yes, no, not known,
 * or not asked), its rating on a rated target, and its recorded source, with the date and agency
 * that completed the checklist. Immutable and thread-safe; {@link #toString()} gives ids and counts.
 */
public final class InstrumentMapping implements Supplied {
  private final String id;
  private final String version;
  private final String fromInstrument;
  private final String toInstrument;
  private final Map<String, String> items;
  private final Set<String> dropped;

  private InstrumentMapping(Builder b, String fromInstrument, String toInstrument) {
    this.id = b.id;
    this.version = b.version;
    this.fromInstrument = fromInstrument;
    this.toInstrument = toInstrument;
    this.items = Collections.unmodifiableMap(new LinkedHashMap<>(b.items));
    this.dropped = Collections.unmodifiableSet(new LinkedHashSet<>(b.dropped));
  }

  /**
   * Starts a mapping for the provider being set up: its id and version are the provider's, so they
   * are stated once, on the provider.
   *
   * @param provider the setup context the engine hands the provider's {@code load} method
   * @return a builder with the id and version set
   * @throws MissingValueException when {@code provider} is null
   */
  public static Builder builder(SetupContext provider) {
    MissingValueException.require("provider", provider);
    return new Builder(StableId.require("provider.id", provider.providerId()),
        StableId.requireVersion("provider.version", provider.providerVersion()));
  }

  /**
   * The id of the provider that supplied the mapping.
   *
   * @return the id
   */
  @Override
  public String id() {
    return id;
  }

  /**
   * The version of the provider that supplied the mapping.
   *
   * @return the version
   */
  @Override
  public String version() {
    return version;
  }

  /**
   * The id of the instrument whose answers are mapped.
   *
   * @return the source instrument's id
   */
  public String fromInstrument() {
    return fromInstrument;
  }

  /**
   * The id of the instrument the answers are mapped onto.
   *
   * @return the target instrument's id
   */
  public String toInstrument() {
    return toInstrument;
  }

  /**
   * Each mapped item of the source instrument, with the item of the target it is carried onto.
   *
   * @return source item id to target item id, unmodifiable, in the order given
   */
  public Map<String, String> items() {
    return items;
  }

  /**
   * The items of the source instrument whose answers the mapping leaves behind, named so that
   * nothing is dropped unnoticed.
   *
   * @return the dropped source item ids, unmodifiable, in the order given
   */
  public Set<String> dropped() {
    return dropped;
  }

  /**
   * Checks that the mapping fits a pair of instruments: the source has the id this mapping maps
   * from and the target the id it maps onto; every item of the source is mapped or dropped; and
   * every item the mapping names is an item of its instrument. The engine calls it once for the
   * newest loaded version of each when it is built, and {@link #apply} calls it on every use.
   *
   * @param source the instrument answers are mapped from
   * @param target the instrument answers are mapped onto
   * @throws InvalidInputException naming the instrument or the item that does not fit
   */
  public void checkFits(Instrument source, Instrument target) {
    MissingValueException.require("source", source);
    MissingValueException.require("target", target);
    if (!source.id().equals(fromInstrument)) {
      throw new InvalidInputException("source", source.id() + " " + source.version(),
          "mapping " + id + " " + version + " maps answers to " + fromInstrument + " only");
    }
    if (!target.id().equals(toInstrument)) {
      throw new InvalidInputException("target", target.id() + " " + target.version(),
          "mapping " + id + " " + version + " maps answers onto " + toInstrument + " only");
    }
    for (String item : source.itemIds()) {
      if (!items.containsKey(item) && !dropped.contains(item)) {
        throw new InvalidInputException("item", item, "this item of " + source.id() + " " + source.version()
            + " is neither mapped onto " + toInstrument + " nor dropped by mapping " + id + " " + version
            + ", so its answer would be lost");
      }
    }
    for (Map.Entry<String, String> e : items.entrySet()) {
      requireItem(source, e.getKey());
      requireItem(target, e.getValue());
    }
    for (String item : dropped) {
      requireItem(source, item);
    }
  }

  private void requireItem(Instrument instrument, String item) {
    if (instrument.indexOf(item) < 0) {
      throw new InvalidInputException("item", item, "mapping " + id + " " + version + " names this item, but "
          + instrument.id() + " " + instrument.version() + " has no such item");
    }
  }

  /**
   * The answers carried onto the target instrument: each mapped item's answer (yes, no, not known,
   * or not asked) and recorded source, onto its target item; a rating onto a rated target; the
   * completion date and agency as they were. Dropped items are left behind; a target item nothing
   * maps onto reads as not asked. So every yes of a mapped item is a yes of the result.
   *
   * @param source answers to the instrument this mapping maps from
   * @param target the instrument to map onto, as the engine loaded it, so that the result can be
   *     assessed
   * @return the answers as a response set of {@code target}
   * @throws InvalidInputException when the mapping does not fit the pair (see {@link #checkFits}),
   *     or the target does not accept a carried answer or rating (an {@link
   *     AnswerOutOfScaleException} naming the target item and withholding the answer)
   */
  public Responses apply(Responses source, Instrument target) {
    MissingValueException.require("source", source);
    MissingValueException.require("target", target);
    Instrument from = source.instrument();
    checkFits(from, target);
    Responses.Builder mapped = Responses.builder(target);
    Map<String, Agency> sources = source.sources();
    for (Map.Entry<String, String> e : items.entrySet()) {
      int index = from.indexOf(e.getKey());
      String to = e.getValue();
      OptionalInt rating = source.ratingAt(index);
      Answer answer = source.answerAt(index);
      if (rating.isPresent()) {
        mapped.rate(to, rating.getAsInt());
      } else if (answer != Answer.NOT_ASKED) {
        mapped.answer(to, answer);
      } else {
        continue;
      }
      Agency agency = sources.get(e.getKey());
      if (agency != null) {
        mapped.source(to, agency);
      }
    }
    source.completedOn().ifPresent(mapped::completedOn);
    source.completedBy().ifPresent(mapped::completedBy);
    return mapped.build();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof InstrumentMapping)) {
      return false;
    }
    InstrumentMapping other = (InstrumentMapping) o;
    return id.equals(other.id) && version.equals(other.version) && fromInstrument.equals(other.fromInstrument)
        && toInstrument.equals(other.toInstrument) && items.equals(other.items) && dropped.equals(other.dropped);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, version, fromInstrument, toInstrument, items, dropped);
  }

  /**
   * Ids and counts.
   *
   * @return the mapping's id and version, the instruments it maps between and how many items it
   *     maps and drops
   */
  @Override
  public String toString() {
    return "InstrumentMapping{" + id + " " + version + ", " + fromInstrument + " -> " + toInstrument + ", items="
        + items.size() + ", dropped=" + dropped.size() + "}";
  }

  /**
   * Collects a mapping. Each call checks its input first and changes nothing when it refuses: an id
   * that is not an id, a source item mapped or dropped twice, or a target item answered from two
   * source items.
   */
  public static final class Builder {
    private final String id;
    private final String version;
    private @Nullable String fromInstrument;
    private @Nullable String toInstrument;
    private final Map<String, String> items = new LinkedHashMap<>();
    private final Set<String> dropped = new LinkedHashSet<>();

    private Builder(String id, String version) {
      this.id = id;
      this.version = version;
    }

    /**
     * The instrument whose answers are mapped.
     *
     * @param instrumentId the source instrument's id
     * @return this builder
     * @throws InvalidInputException when the id is null or not an id
     */
    public Builder from(String instrumentId) {
      this.fromInstrument = StableId.require("from", instrumentId);
      return this;
    }

    /**
     * The instrument the answers are mapped onto.
     *
     * @param instrumentId the target instrument's id
     * @return this builder
     * @throws InvalidInputException when the id is null or not an id
     */
    public Builder to(String instrumentId) {
      this.toInstrument = StableId.require("to", instrumentId);
      return this;
    }

    /**
     * Maps one item of the source onto one item of the target.
     *
     * @param fromItem the source item's id
     * @param toItem the target item's id
     * @return this builder
     * @throws InvalidInputException when an id is null or not an id, the source item is mapped or
     *     dropped already, or the target item is answered from another item already
     */
    public Builder item(String fromItem, String toItem) {
      StableId.require("fromItem", fromItem);
      StableId.require("toItem", toItem);
      return items(Collections.singletonMap(fromItem, toItem));
    }

    /**
     * Maps items of the source onto items of the target, all or nothing.
     *
     * @param items source item id to target item id
     * @return this builder
     * @throws InvalidInputException when the map, a key or a value is null or not an id, a source
     *     item is mapped or dropped already, or a target item is answered from another item already
     */
    public Builder items(Map<String, String> items) {
      MissingValueException.require("items", items);
      Map<String, String> added = new LinkedHashMap<>();
      Set<String> targets = new LinkedHashSet<>(this.items.values());
      for (Map.Entry<String, String> e : items.entrySet()) {
        String from = StableId.require("items.key", e.getKey());
        String to = StableId.require("items[" + from + "]", e.getValue());
        requireUnnamed(from);
        if (added.containsKey(from)) {
          throw new InvalidInputException("item", from, "each source item is mapped or dropped once");
        }
        if (!targets.add(to)) {
          throw new InvalidInputException("items[" + from + "]", to, "each target item is answered from one source item");
        }
        added.put(from, to);
      }
      this.items.putAll(added);
      return this;
    }

    /**
     * Maps each item given onto the target's item of the same id, as the police DASH's items map
     * onto the RIC's; all or nothing.
     *
     * @param itemIds the ids the two instruments share
     * @return this builder
     * @throws InvalidInputException as {@link #items(Map)}, or when the collection or an id is null
     */
    public Builder sameItems(Collection<String> itemIds) {
      MissingValueException.requireElements("itemIds", itemIds);
      Map<String, String> same = new LinkedHashMap<>();
      for (String item : itemIds) {
        if (same.put(StableId.require("itemIds", item), item) != null) {
          throw new InvalidInputException("itemIds", item, "each source item is mapped once");
        }
      }
      return items(same);
    }

    /**
     * Names items of the source whose answers the mapping leaves behind; all or nothing.
     *
     * @param fromItems the source item ids dropped
     * @return this builder
     * @throws InvalidInputException when the collection or an id is null or not an id, or an item
     *     is mapped or dropped already
     */
    public Builder dropped(Collection<String> fromItems) {
      MissingValueException.requireElements("fromItems", fromItems);
      List<String> added = new ArrayList<>(fromItems.size());
      for (String item : fromItems) {
        requireUnnamed(StableId.require("fromItems", item));
        if (added.contains(item)) {
          throw new InvalidInputException("fromItems", item, "each source item is mapped or dropped once");
        }
        added.add(item);
      }
      dropped.addAll(added);
      return this;
    }

    private void requireUnnamed(String fromItem) {
      if (items.containsKey(fromItem) || dropped.contains(fromItem)) {
        throw new InvalidInputException("item", fromItem, "each source item is mapped or dropped once");
      }
    }

    /**
     * The finished mapping. The builder may go on being used.
     *
     * @return the mapping
     * @throws MissingValueException when the source or the target instrument was not given
     * @throws InvalidInputException when the two are one instrument, or no item is mapped
     */
    public InstrumentMapping build() {
      String from = fromInstrument;
      String to = toInstrument;
      if (from == null) {
        throw new MissingValueException("from", "name the instrument whose answers are mapped");
      }
      if (to == null) {
        throw new MissingValueException("to", "name the instrument the answers are mapped onto");
      }
      if (from.equals(to)) {
        throw new InvalidInputException("to", to, "a mapping carries answers between two instruments");
      }
      if (items.isEmpty()) {
        throw new InvalidInputException("items", "{}", "a mapping maps at least one item");
      }
      return new InstrumentMapping(this, from, to);
    }
  }
}
