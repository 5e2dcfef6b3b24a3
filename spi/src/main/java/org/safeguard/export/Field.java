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

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.StableId;

/**
 * One field of a {@link Schema}: its name, the {@link FieldKind} of its values, whether it holds
 * one value or a list, the schema of its records when it holds records, and the purposes it is
 * for. A field not for a purpose is left out of every record exported for that purpose.
 */
public final class Field {
  private final String name;
  private final FieldKind kind;
  private final boolean repeated;
  private final @Nullable Schema nested;
  private final Set<Purpose> purposes;
  private final String description;

  private Field(Builder b) {
    this.name = b.name;
    this.kind = b.kind;
    this.repeated = b.repeated;
    this.nested = b.nested;
    this.purposes = Collections.unmodifiableSet(EnumSet.copyOf(b.purposes));
    this.description = b.description;
  }

  /**
   * Starts a field holding one value of a kind other than {@link FieldKind#RECORD}.
   *
   * @param name the name, lower camel case ({@code openedOn})
   * @param kind what it holds
   * @return a builder
   * @throws InvalidInputException when the name is not lower camel case or the kind is RECORD
   */
  public static Builder of(String name, FieldKind kind) {
    MissingValueException.require("kind", kind);
    if (kind == FieldKind.RECORD) {
      throw new InvalidInputException("kind", kind, "a field of records is made with Field.records(name, schema)");
    }
    return new Builder(name, kind, null);
  }

  /**
   * Starts a field holding a record of a schema.
   *
   * @param name the name, lower camel case
   * @param schema the schema of its records
   * @return a builder
   */
  public static Builder records(String name, Schema schema) {
    MissingValueException.require("schema", schema);
    return new Builder(name, FieldKind.RECORD, schema);
  }

  /**
   * The field's name, lower camel case, unique in its schema.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * What the field holds.
   *
   * @return the kind
   */
  public FieldKind kind() {
    return kind;
  }

  /**
   * Whether the field holds a list (possibly empty) rather than at most one value.
   *
   * @return true for a list
   */
  public boolean repeated() {
    return repeated;
  }

  /**
   * The schema of the field's records.
   *
   * @return the schema, present exactly when the kind is {@link FieldKind#RECORD}
   */
  public Optional<Schema> nested() {
    return Optional.ofNullable(nested);
  }

  /**
   * The purposes this field is exported for.
   *
   * @return at least one purpose, always including FULL
   */
  public Set<Purpose> purposes() {
    return purposes;
  }

  /**
   * Whether the field is exported for a purpose.
   *
   * @param purpose the purpose
   * @return true when it is
   */
  public boolean isFor(Purpose purpose) {
    MissingValueException.require("purpose", purpose);
    return purposes.contains(purpose);
  }

  /**
   * What the field means, in a sentence.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  @Nullable Schema nestedOrNull() {
    return nested;
  }

  @Override
  public String toString() {
    return name + ":" + kind.name().toLowerCase(java.util.Locale.ROOT) + (repeated ? "[]" : "");
  }

  /** Describes one field; every field is for every purpose unless limited. */
  public static final class Builder {
    private final String name;
    private final FieldKind kind;
    private final @Nullable Schema nested;
    private boolean repeated;
    private Set<Purpose> purposes = EnumSet.allOf(Purpose.class);
    private String description = "";

    private Builder(String name, FieldKind kind, @Nullable Schema nested) {
      MissingValueException.require("name", name);
      if (!isName(name)) {
        throw new InvalidInputException("name", name, "a field name is lower camel case: a lower-case letter, then letters and digits, at most "
            + StableId.MAX_LENGTH + " characters");
      }
      this.name = name;
      this.kind = kind;
      this.nested = nested;
    }

    private static boolean isName(String name) {
      if (name.isEmpty() || name.length() > StableId.MAX_LENGTH || name.charAt(0) < 'a' || name.charAt(0) > 'z') {
        return false;
      }
      for (int i = 1; i < name.length(); i++) {
        char c = name.charAt(i);
        if (!(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) {
          return false;
        }
      }
      return true;
    }

    /**
     * Makes the field hold a list.
     *
     * @return this builder
     */
    public Builder repeated() {
      this.repeated = true;
      return this;
    }

    /**
     * Limits the field to some purposes; FULL is always one of them.
     *
     * @param first a purpose the field is for
     * @param more further purposes
     * @return this builder
     */
    public Builder only(Purpose first, Purpose... more) {
      MissingValueException.require("first", first);
      MissingValueException.requireElements("more", more);
      Set<Purpose> set = EnumSet.of(Purpose.FULL, first);
      Collections.addAll(set, more);
      this.purposes = set;
      return this;
    }

    /**
     * As {@link #only(Purpose, Purpose...)}, for callers holding a collection (Kotlin, Clojure,
     * Scala); FULL is always one of the purposes.
     *
     * @param purposes the purposes the field is for, at least one
     * @return this builder
     * @throws InvalidInputException when the collection is empty (use {@link #fullOnly()}), or it or
     *     an element is null
     */
    public Builder only(java.util.Collection<Purpose> purposes) {
      MissingValueException.requireElements("purposes", purposes);
      if (purposes.isEmpty()) {
        throw new InvalidInputException("purposes", "[]", "name at least one purpose, or limit the field with fullOnly()");
      }
      Set<Purpose> set = EnumSet.of(Purpose.FULL);
      set.addAll(purposes);
      this.purposes = set;
      return this;
    }

    /**
     * Limits the field to FULL exports.
     *
     * @return this builder
     */
    public Builder fullOnly() {
      this.purposes = EnumSet.of(Purpose.FULL);
      return this;
    }

    /**
     * Says what the field means.
     *
     * @param sentence one sentence
     * @return this builder
     */
    public Builder describedAs(String sentence) {
      this.description = MissingValueException.require("sentence", sentence);
      return this;
    }

    /**
     * Builds the field.
     *
     * @return the field
     */
    public Field build() {
      return new Field(this);
    }
  }
}
