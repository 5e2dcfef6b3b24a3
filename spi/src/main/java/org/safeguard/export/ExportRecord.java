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

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.StableId;

/**
 * One record of a {@link Schema}, as it leaves the service: each field holds a value of its kind,
 * a list of them, or nothing. A record says which {@link Purpose} it was made for; the engine makes
 * records for FULL and applies the purpose asked for before an exporter sees one. Immutable.
 * <p>An exporter reads the fields in schema order with {@link #has(int)} and {@link #get(int)}, or
 * by name with the typed getters.
 */
public final class ExportRecord {
  /** The most digits a decimal may have before its point, and the most after it. */
  public static final int MAX_DECIMAL_DIGITS = 256;

  private final Schema schema;
  private final Purpose purpose;
  /** One slot per field: null when absent, a value of the field's kind, or an unmodifiable list for a repeated field. */
  private final @Nullable Object[] values;

  private ExportRecord(Schema schema, Purpose purpose, @Nullable Object[] values) {
    this.schema = schema;
    this.purpose = purpose;
    this.values = values;
  }

  /**
   * Starts a record of a schema, for FULL.
   *
   * @param schema the schema
   * @return a builder
   */
  public static Builder builder(Schema schema) {
    return new Builder(MissingValueException.require("schema", schema));
  }

  /**
   * The record's schema.
   *
   * @return the schema
   */
  public Schema schema() {
    return schema;
  }

  /**
   * The purpose the record was made for; what that purpose drops is not in it.
   *
   * @return the purpose
   */
  public Purpose purpose() {
    return purpose;
  }

  /**
   * Whether a field holds a value: a single value present, or a list with at least one element.
   *
   * @param field the field's position in the schema
   * @return true when there is something to write
   */
  public boolean has(int field) {
    // a repeated field's list is made with its first element, so a list is never empty
    return values[checkIndex(field)] != null;
  }

  /**
   * The value of a field: of the field's {@link FieldKind#valueType() type}, or for a repeated
   * field an unmodifiable list of them (empty when none).
   *
   * @param field the field's position in the schema
   * @return the value
   * @throws InvalidInputException when a single-valued field is absent; ask {@link #has(int)} first
   */
  public Object get(int field) {
    Object v = values[checkIndex(field)];
    if (v == null) {
      if (schema.byPosition[field].repeated()) {
        return List.of();
      }
      throw new InvalidInputException("field", schema.byPosition[field].name(), "is absent from this " + schema.name() + " record");
    }
    return v;
  }

  private int checkIndex(int field) {
    if (field < 0 || field >= values.length) {
      throw new InvalidInputException("field", field, "schema " + schema.name() + " has fields 0 to " + (values.length - 1));
    }
    return field;
  }

  private @Nullable Object slot(String name, FieldKind kind, boolean repeated) {
    MissingValueException.require("name", name);
    int i = schema.positionOf(name);
    if (i < 0) {
      i = schema.indexOf(name); // throws, naming the fields there are
    }
    Field f = schema.byPosition[i];
    if (f.kind().valueType() != kind.valueType() || f.repeated() != repeated) {
      throw new InvalidInputException("fieldName", name, "is " + f + " in schema " + schema.name());
    }
    return values[i];
  }

  /**
   * A single text value: an id, staff id, free text, text or code.
   *
   * @param name the field's name
   * @return the text, empty when absent
   * @throws InvalidInputException when there is no such field or it holds something else
   */
  public Optional<String> text(String name) {
    return Optional.ofNullable((String) slot(name, FieldKind.TEXT, false));
  }

  /**
   * A single date.
   *
   * @param name the field's name
   * @return the date, empty when absent
   * @throws InvalidInputException when there is no such field or it holds something else
   */
  public Optional<ExportDate> date(String name) {
    return Optional.ofNullable((ExportDate) slot(name, FieldKind.DATE, false));
  }

  /**
   * A single instant.
   *
   * @param name the field's name
   * @return the instant, empty when absent
   * @throws InvalidInputException when there is no such field or it holds something else
   */
  public Optional<Instant> instant(String name) {
    return Optional.ofNullable((Instant) slot(name, FieldKind.TIMESTAMP, false));
  }

  /**
   * A single age.
   *
   * @param name the field's name
   * @return the age or band, empty when absent
   * @throws InvalidInputException when there is no such field or it holds something else
   */
  public Optional<AgeRange> age(String name) {
    return Optional.ofNullable((AgeRange) slot(name, FieldKind.AGE, false));
  }

  /**
   * A single whole number.
   *
   * @param name the field's name
   * @return the number, empty when absent
   * @throws InvalidInputException when there is no such field or it holds something else
   */
  public OptionalLong integer(String name) {
    Long v = (Long) slot(name, FieldKind.INTEGER, false);
    return v == null ? OptionalLong.empty() : OptionalLong.of(v);
  }

  /**
   * A single decimal.
   *
   * @param name the field's name
   * @return the decimal, with no negative scale, empty when absent
   * @throws InvalidInputException when there is no such field or it holds something else
   */
  public Optional<java.math.BigDecimal> decimal(String name) {
    return Optional.ofNullable((java.math.BigDecimal) slot(name, FieldKind.DECIMAL, false));
  }

  /**
   * A single count of an aggregate record.
   *
   * @param name the field's name
   * @return the count, exact or suppressed, empty when absent
   * @throws InvalidInputException when there is no such field or it holds something else
   */
  public Optional<Count> count(String name) {
    return Optional.ofNullable((Count) slot(name, FieldKind.COUNT, false));
  }

  /**
   * A single yes or no.
   *
   * @param name the field's name
   * @return the flag, empty when absent
   * @throws InvalidInputException when there is no such field or it holds something else
   */
  public Optional<Boolean> flag(String name) {
    return Optional.ofNullable((Boolean) slot(name, FieldKind.BOOLEAN, false));
  }

  /**
   * A single nested record.
   *
   * @param name the field's name
   * @return the record, empty when absent
   * @throws InvalidInputException when there is no such field or it holds something else
   */
  public Optional<ExportRecord> record(String name) {
    return Optional.ofNullable((ExportRecord) slot(name, FieldKind.RECORD, false));
  }

  /**
   * A repeated text field.
   *
   * @param name the field's name
   * @return the values, empty when none
   * @throws InvalidInputException when there is no such field or it holds something else
   */
  @SuppressWarnings("unchecked")
  public List<String> texts(String name) {
    Object v = slot(name, FieldKind.TEXT, true);
    return v == null ? List.of() : (List<String>) v;
  }

  /**
   * A repeated field of nested records.
   *
   * @param name the field's name
   * @return the records, empty when none
   * @throws InvalidInputException when there is no such field or it holds something else
   */
  @SuppressWarnings("unchecked")
  public List<ExportRecord> records(String name) {
    Object v = slot(name, FieldKind.RECORD, true);
    return v == null ? List.of() : (List<ExportRecord>) v;
  }

  /** Equal when of the same schema and purpose with equal values; an empty list equals an absent one. */
  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof ExportRecord)) {
      return false;
    }
    ExportRecord other = (ExportRecord) o;
    if (!other.schema.name().equals(schema.name()) || other.purpose != purpose || other.values.length != values.length) {
      return false;
    }
    for (int i = 0; i < values.length; i++) {
      if (has(i) != other.has(i) || has(i) && !get(i).equals(other.get(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = schema.name().hashCode() * 31 + purpose.hashCode();
    for (int i = 0; i < values.length; i++) {
      h = h * 31 + (has(i) ? get(i).hashCode() : 0);
    }
    return h;
  }

  /** The schema, the purpose and which fields are present; never a value, which may be personal. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(schema.name()).append('(').append(purpose).append(')').append('{');
    String sep = "";
    for (int i = 0; i < values.length; i++) {
      if (has(i)) {
        b.append(sep).append(schema.fields().get(i).name());
        sep = ",";
      }
    }
    return b.append('}').toString();
  }

  /**
   * Fills a record field by field. Every value is checked against its field as it is set: its kind,
   * single or repeated, and a code's or id's form; a refused call leaves the builder as it was.
   * Not thread-safe.
   */
  public static final class Builder {
    private final Schema schema;
    /** Handed to the record at {@link #build()}, with its lists; a builder that goes on copies them first. */
    private @Nullable Object[] values;
    private Purpose purpose = Purpose.FULL;
    /** Whether a record has been built since the last change, sharing this builder's values. */
    private boolean built;

    private Builder(Schema schema) {
      this.schema = schema;
      this.values = new Object[schema.byPosition.length];
    }

    /**
     * Says which purpose the record was made for. The engine sets it when it applies a purpose; a
     * reader sets it from the file it reads.
     *
     * @param madeFor the purpose
     * @return this builder
     */
    public Builder purpose(Purpose madeFor) {
      this.purpose = MissingValueException.require("purpose", madeFor);
      return this;
    }

    /**
     * Sets a single value, or adds one to a repeated field. The value's type must be the field's
     * ({@link FieldKind#valueType()}); a {@code Integer} is taken for a {@code Long}.
     *
     * @param name the field's name
     * @param value the value
     * @return this builder
     * @throws InvalidInputException when there is no such field, the value has another type, a code
     *     or id breaks its rule, a nested record has another schema or purpose, or a single field is set twice
     */
    public Builder set(String name, Object value) {
      MissingValueException.require("name", name);
      MissingValueException.require("value", value);
      int field = schema.positionOf(name);
      return set(field < 0 ? schema.indexOf(name) : field, value);
    }

    /**
     * Sets a single value, or adds one to a repeated field, by the field's position.
     *
     * @param field the field's position in the schema
     * @param value the value
     * @return this builder
     * @throws InvalidInputException as for {@link #set(String, Object)}
     */
    @SuppressWarnings("unchecked")
    public Builder set(int field, Object value) {
      if (field < 0 || field >= values.length) {
        throw new InvalidInputException("field", field, "schema " + schema.name() + " has fields 0 to " + (values.length - 1));
      }
      Field f = schema.byPosition[field];
      MissingValueException.require(f.name(), value);
      Object v = value instanceof Integer && f.kind() == FieldKind.INTEGER ? Long.valueOf((Integer) value) : value;
      if (f.kind() == FieldKind.DECIMAL && v instanceof java.math.BigDecimal) {
        java.math.BigDecimal d = (java.math.BigDecimal) v;
        // checked before anything is made of it: 1E+999999999 would be a billion digits written plain
        if (d.scale() > MAX_DECIMAL_DIGITS || (long) d.precision() - d.scale() > MAX_DECIMAL_DIGITS) {
          throw new InvalidInputException(f.name(), "(not shown)", "a decimal has at most " + MAX_DECIMAL_DIGITS
              + " digits before the point and " + MAX_DECIMAL_DIGITS + " after it");
        }
        // one form for one value in a record: 1E+3 is held as 1000, as every format writes it
        v = d.scale() < 0 ? d.setScale(0) : d;
      }
      check(f, v);
      unshare();
      if (f.repeated()) {
        List<Object> list = (List<Object>) values[field];
        if (list == null) {
          list = new ArrayList<>(4);
          values[field] = list;
        }
        list.add(v);
      } else {
        if (values[field] != null) {
          throw new InvalidInputException(f.name(), "(not shown)", "is set once in a " + schema.name() + " record");
        }
        values[field] = v;
      }
      return this;
    }

    /**
     * Sets a value when one is present.
     *
     * @param name the field's name
     * @param value the value, or empty to leave the field absent
     * @return this builder
     * @throws InvalidInputException as for {@link #set(String, Object)}
     */
    public Builder set(String name, Optional<?> value) {
      MissingValueException.require("name", name);
      MissingValueException.require("value", value);
      if (value.isPresent()) {
        set(name, value.get());
      }
      return this;
    }

    /**
     * Adds every value of a list to a repeated field.
     *
     * @param name the field's name
     * @param list the values, in order
     * @return this builder
     * @throws InvalidInputException as for {@link #set(String, Object)}; on a refusal no value of the list is added
     */
    public Builder setAll(String name, Iterable<?> list) {
      MissingValueException.require("name", name);
      MissingValueException.requireElements("list", list);
      int field = schema.indexOf(name);
      if (!schema.fields().get(field).repeated()) {
        int count = 0;
        for (Object ignored : list) {
          count++;
        }
        if (count > 1 || count == 1 && values[field] != null) {
          throw new InvalidInputException(name, count + " values", "is set once in a " + schema.name() + " record");
        }
      }
      for (Object v : list) {
        check(schema.fields().get(field), v instanceof Integer ? Long.valueOf((Integer) v) : v);
      }
      for (Object v : list) {
        set(field, v);
      }
      return this;
    }

    private void check(Field f, Object v) {
      if (!f.kind().valueType().isInstance(v)) {
        throw new InvalidInputException(f.name(), v.getClass().getSimpleName(), "holds " + f.kind().valueType().getSimpleName()
            + " values in schema " + schema.name());
      }
      if (f.kind() == FieldKind.CODE && !StableId.isValid((String) v)) {
        throw new InvalidInputException(f.name(), "(not shown)", "a code is lower-case letters and digits joined by single hyphens");
      }
      if ((f.kind() == FieldKind.ID || f.kind() == FieldKind.STAFF_ID) && ((String) v).isEmpty()) {
        throw new InvalidInputException(f.name(), "", "an id is not empty");
      }
      if (f.kind() == FieldKind.RECORD) {
        ExportRecord r = (ExportRecord) v;
        // a field of records always has its schema (Field.records); the very schema, not one of the same name,
        // since a purpose trusts each field's kind: a look-alike could call an id text
        Schema nested = java.util.Objects.requireNonNull(f.nestedOrNull());
        if (r.schema != nested) {
          throw new InvalidInputException(f.name(), r.schema.name(), "holds records of its own schema " + nested.name());
        }
      }
    }

    /**
     * Builds the record.
     *
     * @return the record
     * @throws InvalidInputException when a nested record was made for another purpose, or a record
     *     made for FULL holds a count not shown
     */
    public ExportRecord build() {
      // only counts and nested records have anything to check here (Schema#checkedAtBuild)
      for (int i : schema.checkedAtBuild) {
        Object v = values[i];
        Field field = schema.byPosition[i];
        if (v instanceof Count && purpose == Purpose.FULL && ((Count) v).suppressed()) {
          // the engine decides what research hides, from the counts as counted: it cannot start from a cell already hidden
          throw new InvalidInputException(field.name(), v, "a record made for FULL holds every count as counted");
        }
        if (v instanceof List && field.kind() == FieldKind.RECORD) {
          List<?> list = (List<?>) v;
          for (int j = 0; j < list.size(); j++) {
            samePurpose(field, (ExportRecord) list.get(j));
          }
        } else if (v instanceof ExportRecord) {
          samePurpose(field, (ExportRecord) v);
        }
      }
      if (!built) {
        for (int i : schema.repeatedPositions) {
          if (values[i] != null) {
            // the builder's own list, shared with the record until this builder changes it again (see unshare)
            values[i] = Collections.unmodifiableList((List<?>) values[i]);
          }
        }
        built = true;
      }
      // a second build from an unchanged builder shares the same array: nothing changes it, since a set copies it first
      return new ExportRecord(schema, purpose, values);
    }

    private void samePurpose(Field field, ExportRecord nested) {
      if (nested.purpose != purpose) {
        throw new InvalidInputException(field.name(), nested.purpose, "a nested record is made for the same purpose as its parent, " + purpose);
      }
    }

    /**
     * After a build the record built holds this builder's array and its lists (made unmodifiable
     * there); a builder that goes on copies both first.
     */
    @SuppressWarnings("unchecked")
    private void unshare() {
      if (built) {
        values = Arrays.copyOf(values, values.length);
        for (int i : schema.repeatedPositions) {
          if (values[i] != null) {
            values[i] = new ArrayList<>((List<Object>) values[i]);
          }
        }
        built = false;
      }
    }
  }
}
