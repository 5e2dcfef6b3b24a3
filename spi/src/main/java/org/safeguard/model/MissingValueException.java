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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A required field was null or never set. Thrown by every model builder in place of a bare
 * {@link NullPointerException}, so callers catch one family of typed exceptions.
 */
public final class MissingValueException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** @param what the field name, or the builder's own text naming the fields left unset */
  public MissingValueException(String what) {
    super(fieldOf(what), null, "is required");
  }

  /**
   * A missing value with the rule in the caller's words, for example how to record that an item was
   * not asked.
   *
   * @param field the name of the field or parameter, as the caller knows it
   * @param rule what is required, in words
   */
  public MissingValueException(String field, String rule) {
    super(field, null, rule);
  }

  /**
   * Returns the value, or throws naming the field when it is null: the one null check behind every
   * hand-written constructor and command, so a missing argument is always this exception.
   *
   * @param <T> the value's type
   * @param field the name of the field or parameter, as the caller knows it
   * @param value the value to check
   * @return the value, never null
   * @throws MissingValueException when the value is null
   */
  public static <T> T require(String field, @Nullable T value) {
    if (value == null) {
      // the caller's own name, taken as it is: read as a builder's text, labels[1] would name "1"
      throw new MissingValueException(field, "is required");
    }
    return value;
  }

  /**
   * Returns the collection, or throws naming the field when it or one of its elements is null
   * ({@code bands[2]} for the third): the check behind every hand-written method that takes a
   * collection or an array's worth of values.
   *
   * @param <C> the collection's type
   * @param field the name of the field or parameter, as the caller knows it
   * @param values the collection to check
   * @return the collection, unchanged
   * @throws MissingValueException when the collection or an element is null
   */
  public static <C extends Iterable<?>> C requireElements(String field, @Nullable C values) {
    C checked = require(field, values);
    int i = 0;
    for (Object value : checked) {
      if (value == null) {
        throw new MissingValueException(field + "[" + i + "]", "is required");
      }
      i++;
    }
    return checked;
  }

  /**
   * Reads the values once into a new list, or throws naming the field when the iterable or one of
   * its elements is null: for a method that hands the values on, so that an iterable that can be
   * read only once is read once, and nothing is changed when one value is missing.
   *
   * @param <T> the element type
   * @param field the name of the field or parameter, as the caller knows it
   * @param values the values to read
   * @return a new list of the values, in their order
   * @throws MissingValueException when the iterable or an element is null
   */
  public static <T> List<T> requireList(String field, @Nullable Iterable<? extends T> values) {
    List<T> list = new ArrayList<>();
    for (T value : require(field, values)) {
      if (value == null) {
        throw new MissingValueException(field + "[" + list.size() + "]", "is required");
      }
      list.add(value);
    }
    return list;
  }

  /**
   * Returns the map, or throws naming the field when it, one of its keys or one of its values is
   * null ({@code answers[dash-1]} for the value of key {@code dash-1}).
   *
   * @param <M> the map's type
   * @param field the name of the field or parameter, as the caller knows it
   * @param entries the map to check
   * @return the map, unchanged
   * @throws MissingValueException when the map, a key or a value is null
   */
  public static <M extends Map<?, ?>> M requireEntries(String field, @Nullable M entries) {
    M checked = require(field, entries);
    for (Map.Entry<?, ?> entry : checked.entrySet()) {
      if (entry.getKey() == null) {
        throw new MissingValueException(field, "has no null key");
      }
      if (entry.getValue() == null) {
        throw new MissingValueException(field + "[" + entry.getKey() + "]", "is required");
      }
    }
    return checked;
  }

  /**
   * Returns the array, or throws naming the field when it or one of its elements is null.
   *
   * @param <T> the element type
   * @param field the name of the field or parameter, as the caller knows it
   * @param values the array to check
   * @return the array, unchanged
   * @throws MissingValueException when the array or an element is null
   */
  @SafeVarargs
  public static <T> T[] requireElements(String field, T @Nullable ... values) {
    T[] checked = require(field, values);
    for (int i = 0; i < checked.length; i++) {
      if (checked[i] == null) {
        throw new MissingValueException(field + "[" + i + "]", "is required");
      }
    }
    return checked;
  }

  /**
   * The field named in a generated builder's text: the attributes listed in brackets when some were
   * never set, or the attribute an element, key or value of a collection belongs to
   * ({@code items element} names {@code items}, {@code answers value for key: X} names
   * {@code answers}).
   */
  private static String fieldOf(String what) {
    int open = what.indexOf('[');
    int close = what.lastIndexOf(']');
    if (open >= 0 && close > open) {
      return what.substring(open + 1, close);
    }
    int space = what.indexOf(' ');
    if (space > 0) {
      String rest = what.substring(space);
      if (rest.startsWith(" element") || rest.startsWith(" key") || rest.startsWith(" value")) {
        return what.substring(0, space);
      }
    }
    return what;
  }
}
