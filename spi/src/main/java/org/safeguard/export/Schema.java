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
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
  private final Map<String, Integer> index;

  private Schema(String name, String description, List<Field> fields) {
    this.name = name;
    this.description = description;
    this.fields = fields;
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      if (byName.put(fields.get(i).name(), i) != null) {
        throw new InvalidInputException("fields", fields.get(i).name(), "field names are unique within schema " + name);
      }
    }
    this.index = byName;
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
    Integer i = index.get(fieldName);
    return i == null ? Optional.empty() : Optional.of(fields.get(i));
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
    Integer i = index.get(fieldName);
    if (i == null) {
      throw new InvalidInputException("fieldName", fieldName, "schema " + name + " has the fields " + index.keySet());
    }
    return i;
  }

  @Override
  public String toString() {
    return name + fields;
  }
}
