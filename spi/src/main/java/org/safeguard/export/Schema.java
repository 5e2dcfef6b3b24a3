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
package org.safeguard.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.StableId;

/**
 * The shape of one kind of record: a stable name and its fields in order. Exporters write fields
 * in this order, so a table's columns are known before its first row.
 */
public final class Schema {
  private final String name;
  private final String description;
  private final List<Field> fields;
  /** The fields again, for {@link ExportRecord}, which reads them for every value it holds. */
  final Field[] byPosition;
  /** Where the repeated fields sit: a record's lists are made unmodifiable there. */
  final int[] repeatedPositions;
  /** Where the fields sit that a record checks when it is built: counts and nested records. */
  final int[] checkedAtBuild;
  /**
   * The field names by hash, open addressing with linear probing, with {@link #slots} giving each
   * name's position: a record finds a field by name for every value set or read by name, and a
   * {@code HashMap<String, Integer>} made that a node, an unboxing and a second check each time.
   */
  private final @Nullable String[] names;
  private final int[] slots;

  private Schema(String name, String description, List<Field> fields) {
    this.name = name;
    this.description = description;
    this.fields = fields;
    this.byPosition = fields.toArray(new Field[0]);
    int table = Integer.highestOneBit(Math.max(1, byPosition.length) * 2) * 2;
    this.names = new String[table];
    this.slots = new int[table];
    int[] repeated = new int[byPosition.length];
    int repeatedCount = 0;
    int[] checked = new int[byPosition.length];
    int checkedCount = 0;
    for (int i = 0; i < byPosition.length; i++) {
      Field f = byPosition[i];
      int at = probe(f.name());
      if (names[at] != null) {
        throw new InvalidInputException("fields", f.name(), "field names are unique within schema " + name);
      }
      names[at] = f.name();
      slots[at] = i;
      if (f.repeated()) {
        repeated[repeatedCount++] = i;
      }
      if (f.kind() == FieldKind.COUNT || f.kind() == FieldKind.RECORD) {
        checked[checkedCount++] = i;
      }
    }
    this.repeatedPositions = Arrays.copyOf(repeated, repeatedCount);
    this.checkedAtBuild = Arrays.copyOf(checked, checkedCount);
  }

  /** The slot of {@link #names} holding this name, or the empty slot where it would go. */
  private int probe(String fieldName) {
    int mask = names.length - 1;
    int h = fieldName.hashCode();
    int at = (h ^ h >>> 16) & mask;
    String there = names[at];
    // the table is at most half full, so an empty slot ends every search
    while (there != null && there != fieldName && !there.equals(fieldName)) {
      at = at + 1 & mask;
      there = names[at];
    }
    return at;
  }

  /** The position of a field, or -1 when the schema has none of that name. */
  int positionOf(String fieldName) {
    int at = probe(fieldName);
    return names[at] == null ? -1 : slots[at];
  }

  /**
   * A schema.
   *
   * @param name a stable id, lower-case words joined by hyphens ({@code safety-action})
   * @param description what one record is, in a sentence
   * @param fields the fields, in the order exporters write them, names unique
   * @return the schema
   * @throws InvalidInputException when the name breaks the id rule or two fields share a name
   */
  public static Schema of(String name, String description, Field... fields) {
    StableId.require("name", name);
    MissingValueException.require("description", description);
    MissingValueException.requireElements("fields", fields);
    List<Field> list = new ArrayList<>(fields.length);
    Collections.addAll(list, fields);
    return new Schema(name, description, Collections.unmodifiableList(list));
  }

  /**
   * As {@link #of(String, String, Field...)}, for callers holding a list (Kotlin, Clojure, Scala).
   *
   * @param name a stable id, lower-case words joined by hyphens ({@code safety-action})
   * @param description what one record is, in a sentence
   * @param fields the fields, in the order exporters write them, names unique
   * @return the schema
   * @throws InvalidInputException when the name breaks the id rule, a field is null or two fields
   *     share a name
   */
  public static Schema of(String name, String description, List<Field> fields) {
    MissingValueException.requireElements("fields", fields);
    return of(name, description, fields.toArray(new Field[0]));
  }

  /**
   * The schema's name, the kind of record it describes.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * What one record is.
   *
   * @return a sentence
   */
  public String description() {
    return description;
  }

  /**
   * The fields, in the order exporters write them.
   *
   * @return the fields
   */
  public List<Field> fields() {
    return fields;
  }

  /**
   * A field by name.
   *
   * @param fieldName the name
   * @return the field, empty when the schema has none of that name
   */
  public Optional<Field> field(String fieldName) {
    MissingValueException.require("fieldName", fieldName);
    int i = positionOf(fieldName);
    return i < 0 ? Optional.empty() : Optional.of(byPosition[i]);
  }

  /**
   * Where a field sits.
   *
   * @param fieldName the name
   * @return its position in {@link #fields()}
   * @throws InvalidInputException when the schema has no such field
   */
  public int indexOf(String fieldName) {
    MissingValueException.require("fieldName", fieldName);
    int i = positionOf(fieldName);
    if (i < 0) {
      List<String> known = new ArrayList<>(byPosition.length);
      for (Field f : byPosition) {
        known.add(f.name());
      }
      throw new InvalidInputException("fieldName", fieldName, "schema " + name + " has the fields " + known);
    }
    return i;
  }

  @Override
  public String toString() {
    return name + fields;
  }
}
