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
package org.safeguard.plugins.drivedash;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.safeguard.model.Answer;
import org.safeguard.model.Instrument;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.Responses;
import org.safeguard.model.StableId;

/**
 * How one item set's items match the Drive-DASH's matched items: each matched item from exactly one
 * item of the other set. Answers given on the other set are carried onto the matched items, so an
 * assessment from any year scores on the same 20 items; an item of the other set with no match is
 * left behind, as the evaluation left it.
 *
 * <p>A mapping must match every one of the 20 items: a partial mapping would score a year's
 * assessments on fewer items than the others and make them look lower. Immutable.
 */
public final class ItemSetMapping {
  private final Map<String, String> toMatched;

  private ItemSetMapping(Map<String, String> toMatched) {
    this.toMatched = toMatched;
  }

  /**
   * A mapping from another item set's ids onto the matched items.
   *
   * @param toMatched for each item of the other set that has a match, the matched item's id
   * @return the mapping
   * @throws MissingValueException when the map, a key or a value is null
   * @throws InvalidInputException when an id is not an id, a target is not a matched item, two
   *     items map onto one matched item, or a matched item has no item mapped onto it
   */
  public static ItemSetMapping of(Map<String, String> toMatched) {
    MissingValueException.require("toMatched", toMatched);
    Map<String, String> copy = new LinkedHashMap<>();
    Map<String, String> sourceOf = new HashMap<>();
    for (Map.Entry<String, String> e : toMatched.entrySet()) {
      String from = StableId.require("toMatched.item", MissingValueException.require("toMatched.item", e.getKey()));
      String to = MissingValueException.require("toMatched." + from, e.getValue());
      if (!DriveDashProvider.ITEM_IDS.contains(to)) {
        throw new InvalidInputException("toMatched." + from, to, "maps onto one of the matched items, matched-01 to matched-20");
      }
      String other = sourceOf.put(to, from);
      if (other != null) {
        throw new InvalidInputException("toMatched." + from, to, "is matched from " + other + " already; each matched item from one item");
      }
      copy.put(from, to);
    }
    for (String matched : DriveDashProvider.ITEM_IDS) {
      if (!sourceOf.containsKey(matched)) {
        throw new InvalidInputException("toMatched", matched, "every matched item is matched from an item of the other set");
      }
    }
    return new ItemSetMapping(Collections.unmodifiableMap(copy));
  }

  /**
   * The mapping, item of the other set to matched item.
   *
   * @return the mapping, unmodifiable
   */
  public Map<String, String> toMatched() {
    return toMatched;
  }

  /**
   * Carries answers given on the other item set onto the matched items: each matched item takes the
   * answer its item was given, "not asked" included (and a rated item of the other set, since the
   * Drive-DASH is answered, not rated); the date and the completing agency come across too, and so
   * does each answer's source.
   *
   * @param answers answers on the other item set
   * @param driveDash the Drive-DASH instrument the answers are carried onto
   * @return the answers on the matched items
   * @throws InvalidInputException when {@code driveDash} is not the Drive-DASH of this plugin's
   *     version, or an item of the mapping is not an item of the answers' instrument
   */
  public Responses apply(Responses answers, Instrument driveDash) {
    MissingValueException.require("answers", answers);
    MissingValueException.require("driveDash", driveDash);
    if (!driveDash.id().equals(DriveDashProvider.ID) || !driveDash.version().equals(DriveDashProvider.VERSION)) {
      throw new InvalidInputException("driveDash", driveDash.id() + " " + driveDash.version(), "answers are carried onto the "
          + DriveDashProvider.ID + " " + DriveDashProvider.VERSION + ", whose items the mapping matches");
    }
    Responses.Builder matched = Responses.builder(driveDash);
    answers.completedOn().ifPresent(matched::completedOn);
    answers.completedBy().ifPresent(matched::completedBy);
    for (Map.Entry<String, String> e : toMatched.entrySet()) {
      if (!answers.instrument().itemIds().contains(e.getKey())) {
        throw new InvalidInputException("toMatched.item", e.getKey(), "is an item of " + answers.instrument().id() + " "
            + answers.instrument().version());
      }
      Answer answer = answers.answer(e.getKey());
      if (answer == Answer.NOT_ASKED) {
        matched.notAsked(e.getValue()); // a rated item of the other set reads as not asked: the Drive-DASH is answered, not rated
      } else {
        matched.answer(e.getValue(), answer);
        answers.sourceOf(e.getKey()).ifPresent(agency -> matched.source(e.getValue(), agency));
      }
    }
    return matched.build();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ItemSetMapping m && toMatched.equals(m.toMatched);
  }

  @Override
  public int hashCode() {
    return toMatched.hashCode();
  }

  @Override
  public String toString() {
    return "ItemSetMapping" + toMatched;
  }
}
