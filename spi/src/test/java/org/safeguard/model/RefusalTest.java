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
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The typed refusals: every message on one bounded line whatever the input, the field named, the
 * value kept whole beside the message, and a plugin's failure named by its plugin.
 */
class RefusalTest {
  @Test
  void aMessageNamesTheFieldTheValueAndTheRule() {
    InvalidInputException e = new InvalidInputException("marac.minimum-age", 0, "must be 1 or more");
    assertEquals("marac.minimum-age = 0: must be 1 or more", e.getMessage());
    assertEquals("marac.minimum-age", e.field());
    assertEquals("0", e.value());
    assertEquals("must be 1 or more", e.rule());
  }

  @Test
  void aNullValueIsShownAsTheWordNull() {
    InvalidInputException e = new InvalidInputException("field", null, "rule");
    assertEquals("null", e.value());
    assertEquals("field = null: rule", e.getMessage());
  }

  @Test
  void aValueOfEightyCharactersIsShownWholeAndALongerOneIsCutWithItsLength() {
    String eighty = "a".repeat(80);
    assertEquals("f = " + eighty + ": r", new InvalidInputException("f", eighty, "r").getMessage());
    String longer = "b".repeat(81);
    InvalidInputException cut = new InvalidInputException("f", longer, "r");
    assertEquals("f = " + "b".repeat(80) + "... (81 characters): r", cut.getMessage());
    assertEquals(longer, cut.value(), "the exception keeps the value whole");
  }

  @Test
  void aCutNeverSplitsASurrogatePair() {
    // an emoji straddling the 80th character is dropped whole rather than left half-written
    String value = "a".repeat(79) + "\uD83D\uDE00" + "tail";
    String message = new InvalidInputException("f", value, "r").getMessage();
    assertEquals("f = " + "a".repeat(79) + "... (" + value.length() + " characters): r", message);
  }

  @Test
  void aRuleIsShownUpToTwoThousandCharacters() {
    String rule = "r".repeat(2000);
    assertEquals("f = v: " + rule, new InvalidInputException("f", "v", rule).getMessage());
    assertTrue(new InvalidInputException("f", "v", rule + "r").getMessage().endsWith("... (2001 characters)"));
  }

  @Test
  void lineBreaksAndControlAndFormatCharactersAreEscapedSoNoValueStartsALogLine() {
    InvalidInputException e = new InvalidInputException("f", "a\nb\rc\u0000d\u2028e\u2029f\u200eg\u007fh", "r");
    assertEquals("f = a\\u000ab\\u000dc\\u0000d\\u2028e\\u2029f\\u200eg\\u007fh: r", e.getMessage());
    assertEquals("a\nb\rc\u0000d\u2028e\u2029f\u200eg\u007fh", e.value());
  }

  @Test
  void anEscapeInTheFirstCharacterKeepsEverythingAfterIt() {
    assertEquals("\\u000aline = v: r", new InvalidInputException("\nline", "v", "r").getMessage());
  }

  @Test
  void fieldsAreCutAndEscapedLikeValues() {
    String field = "x".repeat(100);
    assertEquals(field.substring(0, 80) + "... (100 characters) = v: r", new InvalidInputException(field, "v", "r").getMessage());
    assertEquals("f\\u0009g = v: r\\u000as", new InvalidInputException("f\tg", "v", "r\ns").getMessage());
  }

  @Test
  void anAnswerIsWithheldFromTheMessageButKeptInTheException() {
    AnswerOutOfScaleException e = new AnswerOutOfScaleException("answer[a]", Answer.NOT_KNOWN, "rule");
    assertEquals("answer[a] = <withheld>: rule", e.getMessage());
    assertEquals("NOT_KNOWN", e.value());
  }

  @Test
  void requireReturnsAValueAndRefusesANullNamingTheField() {
    String value = "v";
    assertSame(value, MissingValueException.require("field", value));
    MissingValueException e = assertThrows(MissingValueException.class, () -> MissingValueException.require("caseId", null));
    assertEquals("caseId", e.field());
    assertEquals("caseId = null: is required", e.getMessage());
  }

  @Test
  void everyElementOfACollectionIsRequiredAndANullOneIsNamedByItsPosition() {
    List<String> fine = List.of("a", "b");
    assertSame(fine, MissingValueException.requireElements("items", fine));
    assertEquals("items[0]", assertThrows(MissingValueException.class,
        () -> MissingValueException.requireElements("items", Arrays.asList(null, "b"))).field());
    assertEquals("items[2]", assertThrows(MissingValueException.class,
        () -> MissingValueException.requireElements("items", Arrays.asList("a", "b", null))).field());
    assertEquals("items", assertThrows(MissingValueException.class,
        () -> MissingValueException.requireElements("items", (List<String>) null)).field());
  }

  @Test
  void everyElementOfAnArrayIsRequiredAndANullOneIsNamedByItsPosition() {
    String[] fine = {"a", "b"};
    assertSame(fine, MissingValueException.requireElements("ids", fine));
    assertEquals("ids[0]", assertThrows(MissingValueException.class,
        () -> MissingValueException.requireElements("ids", null, "b")).field());
    assertEquals("ids[1]", assertThrows(MissingValueException.class,
        () -> MissingValueException.requireElements("ids", "a", null)).field());
    assertEquals("ids", assertThrows(MissingValueException.class,
        () -> MissingValueException.requireElements("ids", (String[]) null)).field());
  }

  @Test
  void aGeneratedBuildersTextIsReadForTheFieldItNames() {
    assertEquals("version, items", new MissingValueException("Cannot build Instrument, some of required attributes are not set [version, items]").field());
    assertEquals("items", new MissingValueException("items element").field());
    assertEquals("bands", new MissingValueException("bands value for key: x").field());
    assertEquals("bands", new MissingValueException("bands key").field());
    assertEquals("caseId", new MissingValueException("caseId").field());
    assertEquals("not set", new MissingValueException("not set").field());
    assertEquals(" element", new MissingValueException(" element").field());
    assertEquals("a]b[", new MissingValueException("a]b[").field());
    assertEquals("", new MissingValueException("[]").field());
  }

  @Test
  void aMissingFieldInAGeneratedBuilderIsNamed() {
    assertEquals("items", assertThrows(MissingValueException.class, () -> Instrument.builder().addItems((Item) null)).field());
    MissingValueException unset = assertThrows(MissingValueException.class, () -> Instrument.builder().id("x").build());
    assertTrue(unset.field().contains("version"), unset.field());
    assertFalse(unset.field().contains("["), unset.field());
  }

  /**
   * A parser told which field its text came from names that field when it refuses the text, so a
   * blank name would make a refusal that names nothing; the name is refused first (found by the
   * engine's generated-input property, for AgeRange, Count, ExportDate, Answer and RatingScale).
   */
  @Test
  void aFieldNameGivenForARefusalMustNameSomething() {
    assertEquals("victim-age", InvalidInputException.requireFieldName("victim-age"));
    assertEquals("field", assertThrows(MissingValueException.class, () -> InvalidInputException.requireFieldName(null)).field());
    for (String blank : List.of("", " ", "\t")) {
      InvalidInputException refused = assertThrows(InvalidInputException.class, () -> InvalidInputException.requireFieldName(blank));
      assertEquals("field", refused.field());
      assertFalse(refused instanceof MissingValueException, "a blank name is given, not missing");
    }
    InvalidInputException viaParser = assertThrows(InvalidInputException.class,
        () -> org.safeguard.export.AgeRange.parse(" ", "34"));
    assertEquals("field", viaParser.field());
  }

  @Test
  void aPluginsFailureIsWrappedNamingThePluginAndTheFailuresClassOnly() {
    IllegalStateException cause = new IllegalStateException("a configuration value");
    RuntimeException e = PluginFailureException.of("county-checklist", "2.0", "scoring rule", cause);
    PluginFailureException failure = (PluginFailureException) e;
    assertEquals("county-checklist", failure.pluginId());
    assertEquals("2.0", failure.pluginVersion());
    assertSame(cause, failure.getCause());
    assertEquals("Plugin county-checklist 2.0: its scoring rule failed (java.lang.IllegalStateException)", failure.getMessage());
  }

  @Test
  void aPluginsDeliberateRefusalIsPassedOnAsItIs() {
    InvalidInputException refusal = new InvalidInputException("f", "v", "r");
    assertSame(refusal, PluginFailureException.of("p", "1", "load", refusal));
  }
}
