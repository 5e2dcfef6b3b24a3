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
package org.safeguard.examples.quickstart;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Looks for personal data in lines of output: a synthetic person's name, a practitioner's
 * rationale, a Dash item id (which would mean an answer is being shown item by item), or an
 * answer written as its enum name.
 */
final class Leaks {
  /** Enum names only, as whole words: {@code NO_REFERRAL} is not {@code NO}, and "12 no" is a count. */
  private static final Pattern ANSWER_WORD = Pattern.compile("\\b(YES|NO|NOT_KNOWN|NOT_ASKED)\\b");

  private final List<Pattern> names = new ArrayList<>();
  private final List<String> rationales = new ArrayList<>();
  private final List<Pattern> itemIds = new ArrayList<>();

  Leaks(Collection<String> names, Collection<String> rationales, Collection<String> itemIds) {
    for (String name : names) {
      this.names.add(Pattern.compile("\\b" + Pattern.quote(name) + "\\b", Pattern.CASE_INSENSITIVE));
    }
    this.rationales.addAll(rationales);
    for (String id : itemIds) {
      // an id is a hyphenated token: "isolation" inside "isolationist" is no leak, "isolation:" is
      this.itemIds.add(Pattern.compile("(?<![A-Za-z0-9-])" + Pattern.quote(id) + "(?![A-Za-z0-9-])"));
    }
  }

  /** Each leak found, naming the line and what leaked in it; empty when the lines are clean. */
  List<String> in(List<String> lines) {
    List<String> found = new ArrayList<>();
    for (String line : lines) {
      for (Pattern name : names) {
        if (name.matcher(line).find()) {
          found.add("name " + name.pattern() + " in: " + line);
        }
      }
      for (String rationale : rationales) {
        // the start of a rationale too, in case it was cut short
        String start = rationale.substring(0, Math.min(30, rationale.length()));
        if (line.contains(rationale) || line.contains(start)) {
          found.add("rationale in: " + line);
        }
      }
      for (Pattern id : itemIds) {
        if (id.matcher(line).find()) {
          found.add("item id " + id.pattern() + " in: " + line);
        }
      }
      if (ANSWER_WORD.matcher(line).find()) {
        found.add("answer word in: " + line);
      }
    }
    return found;
  }
}
