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

import java.util.Locale;

/**
 * One answer to a checklist item. "No" is kept apart from "not known" (the question was asked and
 * nobody knew) and "not asked" (the question was never put); an item left out of a response set is
 * not asked, never silently no.
 */
public enum Answer {
  // Responses keeps one bit mask per answer in this order (yes, no, not known): do not reorder.
  /** Yes: the risk factor is present; the only answer a yes count counts. */
  YES,
  /** Asked and answered no: the factor is absent. */
  NO,
  /** The question was asked and nobody knew; never counted as a no. */
  NOT_KNOWN,
  /** Never put; what an item left out of a response set reads as. */
  NOT_ASKED;

  /**
   * Reads an answer word as case systems store it: {@code yes}, {@code no}, {@code not-known} (also
   * {@code not known}, {@code don't know}, {@code dont-know}, {@code unknown}) or {@code not-asked}.
   * The one reader of answer words: the builder's {@code answer(item, word)} and {@code
   * answers(map)} and every CSV reader go through it, so a word accepted anywhere is accepted
   * everywhere.
   *
   * <p>An apostrophe may be typed plainly ({@code '}) or as it comes pasted from office documents:
   * the right single quotation mark (U+2019), the left one (U+2018) or the modifier letter
   * apostrophe (U+02BC); {@code Don\u2019t know} reads as not known.
   *
   * @param field the name to use in the error when the word is not an answer
   * @param word the stored word; case, spaces, underscores and apostrophes of any of those kinds do
   *     not matter
   * @return the answer the word stands for
   * @throws AnswerOutOfScaleException when the word is none of those
   * @throws MissingValueException when the word or the field is null
   */
  public static Answer parse(String field, String word) {
    InvalidInputException.requireFieldName(field);
    if (word == null) {
      throw new MissingValueException(field, "an answer is required; leave the item out to record not asked");
    }
    String w = word.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    w = withoutApostrophes(w);
    switch (w) {
      case "yes":
      case "y":
        return YES;
      case "no":
      case "n":
        return NO;
      case "not-known":
      case "dont-know":
      case "do-not-know":
      case "unknown":
        return NOT_KNOWN;
      case "not-asked":
        return NOT_ASKED;
      default:
        throw new AnswerOutOfScaleException(field, word, java.util.EnumSet.allOf(Answer.class), "any instrument");
    }
  }

  /** The word with every apostrophe left out: the plain one, U+2018, U+2019 and U+02BC. */
  private static String withoutApostrophes(String word) {
    StringBuilder out = null;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      boolean apostrophe = c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u02BC';
      if (apostrophe && out == null) {
        out = new StringBuilder(word.length()).append(word, 0, i);
      } else if (!apostrophe && out != null) {
        out.append(c);
      }
    }
    return out == null ? word : out.toString();
  }
}
