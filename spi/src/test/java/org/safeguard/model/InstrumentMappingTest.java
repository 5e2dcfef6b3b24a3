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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.safeguard.spi.ScoringRule;
import org.safeguard.spi.SetupContext;

/**
 * A mapping between instruments is data: each source item mapped onto one target item or named as
 * dropped. Applying it carries every mapped answer, so it never loses a yes, and refuses rather
 * than lose an answer it was not told to drop.
 */
class InstrumentMappingTest {
  /** Six items, the last two asked only by the source, as the police DASH asks about children. */
  static final Instrument SOURCE = Instrument.builder().id("long-form").version("2").itemIds("a", "b", "c", "d", "kids", "pets")
      .scoringRule(ScoringRule.yesCount()).build();
  static final Instrument TARGET = Instrument.builder().id("short-form").version("1").itemIds("a", "b", "c", "d2")
      .scoringRule(ScoringRule.yesCount()).build();

  static SetupContext context(String id, String version) {
    return new SetupContext() {
      @Override public String providerId() { return id; }
      @Override public String providerVersion() { return version; }
      @Override public Map<String, String> configuration() { return Map.of(); }
      @Override public Clock clock() { return Clock.systemUTC(); }
    };
  }

  static InstrumentMapping longToShort() {
    return InstrumentMapping.builder(context("long-to-short", "3")).from("long-form").to("short-form")
        .sameItems(List.of("a", "b", "c")).item("d", "d2").dropped(List.of("kids", "pets")).build();
  }

  @Test
  void theMappingCarriesTheProvidersIdAndVersionAndWhatItMaps() {
    InstrumentMapping m = longToShort();
    assertEquals("long-to-short", m.id());
    assertEquals("3", m.version());
    assertEquals("long-form", m.fromInstrument());
    assertEquals("short-form", m.toInstrument());
    assertEquals(Map.of("a", "a", "b", "b", "c", "c", "d", "d2"), m.items());
    assertEquals(List.of("a", "b", "c", "d"), List.copyOf(m.items().keySet()), "in the order given");
    assertEquals(Set.of("kids", "pets"), m.dropped());
    assertEquals(longToShort(), m);
    assertEquals(longToShort().hashCode(), m.hashCode());
    assertEquals("InstrumentMapping{long-to-short 3, long-form -> short-form, items=4, dropped=2}", m.toString());
  }

  @Test
  void applyingCarriesAnswersSourcesAndTheCompletionAndLeavesDroppedItemsBehind() {
    Responses given = Responses.builder(SOURCE).yes("a", "kids").no("b").notKnown("d").source("a", Agency.POLICE)
        .completedOn(LocalDate.of(2026, 3, 2)).completedBy(Agency.IDVA_SERVICE).build();
    Responses mapped = longToShort().apply(given, TARGET);
    assertEquals(TARGET, mapped.instrument());
    assertEquals(Answer.YES, mapped.answer("a"));
    assertEquals(Answer.NO, mapped.answer("b"));
    assertEquals(Answer.NOT_ASKED, mapped.answer("c"), "not asked stays not asked, never no");
    assertEquals(Answer.NOT_KNOWN, mapped.answer("d2"));
    assertEquals(Map.of("a", Agency.POLICE), mapped.sources());
    assertEquals(given.completedOn(), mapped.completedOn());
    assertEquals(given.completedBy(), mapped.completedBy());
    assertEquals(1, mapped.yesCount(), "the dropped item's yes stays behind, as the mapping says");
  }

  @Test
  void aSourceItemNeitherMappedNorDroppedIsRefusedRatherThanLost() {
    InstrumentMapping forgetful = InstrumentMapping.builder(context("forgetful", "1")).from("long-form").to("short-form")
        .sameItems(List.of("a", "b", "c")).item("d", "d2").dropped(List.of("kids")).build();
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> forgetful.apply(Responses.builder(SOURCE).yes("pets").build(), TARGET));
    assertEquals("item", e.field());
    assertEquals("pets", e.value());
    assertTrue(e.rule().contains("neither mapped onto short-form nor dropped by mapping forgetful 1"), e.rule());
  }

  @Test
  void anItemEitherInstrumentLacksIsRefusedNamingIt() {
    InstrumentMapping typo = InstrumentMapping.builder(context("typo", "1")).from("long-form").to("short-form")
        .sameItems(List.of("a", "b", "c", "d")).dropped(List.of("kids", "pets")).build();
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> typo.checkFits(SOURCE, TARGET));
    assertEquals("d", e.value());
    assertTrue(e.rule().contains("short-form 1 has no such item"), e.rule());
    InstrumentMapping extraDrop = InstrumentMapping.builder(context("extra", "1")).from("long-form").to("short-form")
        .sameItems(List.of("a", "b", "c")).item("d", "d2").dropped(List.of("kids", "pets", "cats")).build();
    assertEquals("cats", assertThrows(InvalidInputException.class, () -> extraDrop.checkFits(SOURCE, TARGET)).value());
  }

  @Test
  void answersToAnotherInstrumentOrOntoAnotherAreRefused() {
    InstrumentMapping m = longToShort();
    assertEquals("source", assertThrows(InvalidInputException.class,
        () -> m.apply(Responses.builder(TARGET).build(), TARGET)).field());
    assertEquals("target", assertThrows(InvalidInputException.class,
        () -> m.apply(Responses.builder(SOURCE).build(), SOURCE)).field());
    assertEquals("source", assertThrows(MissingValueException.class, () -> m.apply(null, TARGET)).field());
    assertEquals("target", assertThrows(MissingValueException.class, () -> m.apply(Responses.builder(SOURCE).build(), null)).field());
  }

  @Test
  void anAnswerTheTargetDoesNotAcceptIsRefusedNamingTheTargetItemAndWithholdingIt() {
    Instrument yesNo = Instrument.builder().id("short-form").version("1").itemIds("a", "b", "c", "d2")
        .answerScale(java.util.EnumSet.of(Answer.YES, Answer.NO)).scoringRule(ScoringRule.yesCount()).build();
    AnswerOutOfScaleException e = assertThrows(AnswerOutOfScaleException.class,
        () -> longToShort().apply(Responses.builder(SOURCE).notKnown("d").build(), yesNo));
    assertEquals("answer[d2]", e.field());
    assertFalse(e.getMessage().contains("NOT_KNOWN"), e.getMessage());
  }

  @Test
  void ratingsCarryOntoARatedTarget() {
    RatingScale scale = RatingScale.of(0, "never", "sometimes", "often");
    Instrument ratedSource = Instrument.builder().id("rated-a").version("1").itemIds("p", "q").ratingScale(scale)
        .scoringRule(ScoringRule.yesCount()).build();
    Instrument ratedTarget = Instrument.builder().id("rated-b").version("1").itemIds("x", "y").ratingScale(scale)
        .scoringRule(ScoringRule.yesCount()).build();
    InstrumentMapping m = InstrumentMapping.builder(context("rated", "1")).from("rated-a").to("rated-b")
        .items(Map.of("p", "y", "q", "x")).build();
    Responses mapped = m.apply(Responses.builder(ratedSource).rate("p", 2).source("p", Agency.HEALTH).build(), ratedTarget);
    assertEquals(OptionalInt.of(2), mapped.rating("y"));
    assertEquals(OptionalInt.empty(), mapped.rating("x"));
    assertEquals(Map.of("y", Agency.HEALTH), mapped.sources());
  }

  @Test
  void theBuilderRefusesAnItemNamedTwiceAndChangesNothingWhenItRefuses() {
    InstrumentMapping.Builder b = InstrumentMapping.builder(context("twice", "1")).from("long-form").to("short-form").item("a", "a");
    assertEquals("a", assertThrows(InvalidInputException.class, () -> b.item("a", "b")).value());
    assertEquals("a", assertThrows(InvalidInputException.class, () -> b.dropped(List.of("kids", "a"))).value());
    assertEquals("a", assertThrows(InvalidInputException.class, () -> b.items(Map.of("b", "a"))).value(), "one target item, one source");
    assertEquals("kids", assertThrows(InvalidInputException.class, () -> b.dropped(List.of("kids", "kids"))).value());
    assertEquals(Map.of("a", "a"), b.build().items());
    assertEquals(Set.of(), b.build().dropped(), "a refused call drops nothing");
    assertEquals("toItem", assertThrows(MissingValueException.class, () -> b.item("b", null)).field());
    assertEquals("from", assertThrows(InvalidInputException.class, () -> b.from("Not An Id")).field());
  }

  @Test
  void aMappingNeedsTwoInstrumentsAndAnItem() {
    InstrumentMapping.Builder none = InstrumentMapping.builder(context("none", "1"));
    assertEquals("from", assertThrows(MissingValueException.class, none::build).field());
    assertEquals("to", assertThrows(MissingValueException.class, () -> none.from("a").build()).field());
    assertEquals("to", assertThrows(InvalidInputException.class, () -> none.to("a").build()).field());
    assertEquals("items", assertThrows(InvalidInputException.class, () -> none.to("b").build()).field());
    assertEquals("provider", assertThrows(MissingValueException.class, () -> InstrumentMapping.builder(null)).field());
  }

  // ---- laws ----

  @Provide
  Arbitrary<List<Answer>> sourceAnswers() {
    return Arbitraries.of(Answer.class).list().ofSize(SOURCE.items().size());
  }

  private static Responses responses(List<Answer> answers) {
    Responses.Builder b = Responses.builder(SOURCE);
    for (int i = 0; i < answers.size(); i++) {
      b.answer(SOURCE.itemIds().get(i), answers.get(i));
    }
    return b.build();
  }

  /** Every mapped item's answer arrives unchanged on its target item, so no yes is ever lost. */
  @Property
  void everyMappedAnswerArrivesOnItsTargetItemAndNoYesIsLost(@ForAll("sourceAnswers") List<Answer> answers) {
    Responses given = responses(answers);
    InstrumentMapping m = longToShort();
    Responses mapped = m.apply(given, TARGET);
    int yesCarried = 0;
    for (Map.Entry<String, String> e : m.items().entrySet()) {
      assertEquals(given.answer(e.getKey()), mapped.answer(e.getValue()), e.getKey());
      yesCarried += given.answer(e.getKey()) == Answer.YES ? 1 : 0;
    }
    int yesDropped = 0;
    for (String item : m.dropped()) {
      yesDropped += given.answer(item) == Answer.YES ? 1 : 0;
    }
    assertEquals(yesCarried, mapped.yesCount());
    assertEquals(given.yesCount(), mapped.yesCount() + yesDropped, "every yes is carried or on an item the mapping drops");
  }

  /** A mapping that drops nothing keeps every count: each answer of the source arrives. */
  @Property
  void aMappingThatDropsNothingKeepsEveryCount(@ForAll("sourceAnswers") List<Answer> answers) {
    Instrument wide = Instrument.builder().id("wide-form").version("1").itemIds("w1", "w2", "w3", "w4", "w5", "w6")
        .scoringRule(ScoringRule.yesCount()).build();
    InstrumentMapping m = InstrumentMapping.builder(context("onto-wide", "1")).from("long-form").to("wide-form")
        .items(Map.of("a", "w6", "b", "w5", "c", "w4", "d", "w3", "kids", "w2", "pets", "w1")).build();
    Responses given = responses(answers);
    Responses mapped = m.apply(given, wide);
    assertEquals(given.yesCount(), mapped.yesCount());
    assertEquals(given.noCount(), mapped.noCount());
    assertEquals(given.notKnownCount(), mapped.notKnownCount());
    assertEquals(given.notAskedCount(), mapped.notAskedCount());
  }
}
