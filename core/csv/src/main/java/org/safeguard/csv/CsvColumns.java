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
package org.safeguard.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;

/**
 * The columns a kind of file may have and must have. A header names each column once, in any
 * order; names are matched without regard to case or surrounding spaces.
 *
 * @param kind what the file holds, for messages: {@code areas}, {@code cases}
 * @param known every column the file may have, lower case
 * @param required the columns every file has, each one of {@code known}
 * @param unknownRule the rule a column not in {@code known} breaks, in words
 */
public record CsvColumns(String kind, List<String> known, List<String> required, String unknownRule) {
  /**
   * Copies the lists and checks that the required columns are known ones.
   *
   * @param kind what the file holds, for messages: {@code areas}, {@code cases}
   * @param known every column the file may have, lower case
   * @param required the columns every file has, each one of {@code known}
   * @param unknownRule the rule a column not in {@code known} breaks, in words
   * @throws InvalidInputException if a name is blank or not lower case, or a required column is not known
   */
  public CsvColumns {
    MissingValueException.require("kind", kind);
    MissingValueException.require("unknownRule", unknownRule);
    known = names("known", known);
    required = names("required", required);
    for (String column : required) {
      if (!known.contains(column)) {
        throw new InvalidInputException("required", column, "a required column is one of the known columns");
      }
    }
  }

  /**
   * Columns whose unknown-column rule lists them all.
   *
   * @param kind what the file holds, for messages: {@code areas}, {@code cases}
   * @param known every column the file may have, lower case
   * @param required the columns every file has
   * @return the columns
   */
  public static CsvColumns of(String kind, List<String> known, List<String> required) {
    return new CsvColumns(kind, known, required,
        "not a column of " + MissingValueException.require("kind", kind) + " files; the columns are "
            + String.join(", ", MissingValueException.require("known", known)));
  }

  private static List<String> names(String field, List<String> names) {
    MissingValueException.require(field, names);
    List<String> copy = new ArrayList<>(names.size());
    for (int i = 0; i < names.size(); i++) {
      String name = MissingValueException.require(field + " item " + (i + 1), names.get(i));
      if (name.isBlank() || !name.equals(name.strip().toLowerCase(Locale.ROOT))) {
        throw new InvalidInputException(field + " item " + (i + 1), name, "a column name is lower case, without surrounding spaces");
      }
      copy.add(name);
    }
    return List.copyOf(copy);
  }
}
