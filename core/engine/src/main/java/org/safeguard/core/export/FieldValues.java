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
package org.safeguard.core.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.safeguard.export.ExportDate;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Purpose;
import org.safeguard.export.Schema;
import org.safeguard.model.EnumCodes;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;

/**
 * The values of export records' fields in the engine's terms, for every mapping home of this
 * package: each enum constant's export code and back, and the readers that take a field of a record
 * made for FULL as the model's type. A reader names a field by its path from the record read back,
 * such as {@code case.safetyPlans.actions.due}: {@code at} is the path of the record that holds it.
 */
final class FieldValues {
  private FieldValues() {}

  /** Refuses a record that is not whole: another schema, or a purpose that drops parts of it. */
  static void whole(ExportRecord record, Schema schema, String what) {
    MissingValueException.require("record", record);
    if (!record.schema().equals(schema)) {
      throw new InvalidInputException("record.schema", record.schema().name(), "is " + schema.name() + " to read back a " + what);
    }
    if (record.purpose() != Purpose.FULL) {
      throw new InvalidInputException("record.purpose", record.purpose(),
          "only a record made for FULL holds a whole " + what + "; MARAC and RESEARCH drop parts of it");
    }
  }

  /** How an event of a kind is made again from its subject's id, its revision and day, and the record, read at a path. */
  interface EventReader<E> {
    E read(String id, long revision, LocalDate on, ExportRecord record, String at);
  }

  /**
   * A kind of event of one schema: its class, its type code, the field that holds what it recorded,
   * and how it is read back.
   */
  record EventKind<E>(Class<? extends E> type, String code, String content, EventReader<E> reader) {}

  /** The kind of an event, by its class. */
  static <E> EventKind<E> kindOf(List<EventKind<E>> kinds, E event) {
    for (EventKind<E> kind : kinds) {
      if (kind.type() == event.getClass()) {
        return kind;
      }
    }
    throw new IllegalStateException("every kind of event has its export type: " + event.getClass().getName());
  }

  /**
   * The event an event record made for FULL holds, of the kind its type names: {@code idField}
   * names what it is an event of, and {@code dayOf} gives the day of what it recorded, which must
   * be the record's. A record carrying content of another kind than its type is refused.
   */
  static <E> E event(ExportRecord record, Schema schema, String idField, List<EventKind<E>> kinds, Function<E, LocalDate> dayOf) {
    whole(record, schema, schema.name().replace('-', ' '));
    String at = "event";
    String id = text(record, at, idField);
    long revision = wholeNumber(record, at, "revision");
    String type = text(record, at, "type");
    EventKind<E> kind = kinds.stream().filter(k -> k.code().equals(type)).findFirst().orElseThrow(() -> new InvalidInputException(
        at + ".type", type, "is one of " + String.join(", ", kinds.stream().map(EventKind::code).toList())));
    LocalDate on = day(record, at, "on");
    carriesOnly(record, at, kinds.stream().map(EventKind::content).distinct().toList(), type, List.of(kind.content()));
    E event = kind.reader().read(id, revision, on, record, at);
    sameDay(at, on, type, dayOf.apply(event));
    return event;
  }

  /**
   * Refuses an event record that carries content of another kind than its type: a field of
   * {@code contents} that is not one of the type's {@code own}.
   */
  static void carriesOnly(ExportRecord record, String at, List<String> contents, String type, List<String> own) {
    for (String field : contents) {
      if (!own.contains(field) && record.has(record.schema().indexOf(field))) {
        throw new InvalidInputException(at + "." + field, "(present)",
            "a " + type + " event carries only its " + String.join(" and ", own));
      }
    }
  }

  /** Refuses an event record whose day is not the day of what it recorded. */
  static void sameDay(String at, LocalDate on, String type, LocalDate recorded) {
    if (!recorded.equals(on)) {
      throw new InvalidInputException(at + ".on", on, "is the day of what a " + type + " event recorded, " + recorded);
    }
  }

  static <T> T required(Optional<T> value, String field) {
    return value.orElseThrow(() -> new MissingValueException(field));
  }

  static String text(ExportRecord r, String at, String name) {
    return required(r.text(name), at + "." + name);
  }

  static boolean flag(ExportRecord r, String at, String name) {
    return required(r.flag(name), at + "." + name);
  }

  /** A nested record the value needs. */
  static ExportRecord nested(ExportRecord r, String at, String name) {
    return required(r.record(name), at + "." + name);
  }

  /** Each record of a repeated field, read as a value, its path the field's. */
  static <T> List<T> each(ExportRecord r, String at, String name, BiFunction<ExportRecord, String, T> read) {
    List<T> values = new ArrayList<>();
    for (ExportRecord nested : r.records(name)) {
      values.add(read.apply(nested, at + "." + name));
    }
    return values;
  }

  static long wholeNumber(ExportRecord r, String at, String name) {
    OptionalLong n = r.integer(name);
    if (n.isEmpty()) {
      throw new MissingValueException(at + "." + name);
    }
    return n.getAsLong();
  }

  /** An integer field that the model holds in an {@code int}. */
  static int number(ExportRecord r, String at, String name) {
    long n = wholeNumber(r, at, name);
    if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
      throw new InvalidInputException(at + "." + name, n, "fits in 32 bits");
    }
    return (int) n;
  }

  static LocalDate day(ExportRecord r, String at, String name) {
    return optionalDay(r, at, name).orElseThrow(() -> new MissingValueException(at + "." + name));
  }

  static Optional<LocalDate> optionalDay(ExportRecord r, String at, String name) {
    Optional<ExportDate> date = r.date(name);
    if (date.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(date.get().day().orElseThrow(() ->
        new InvalidInputException(at + "." + name, date.get(), "is a whole date; a month alone cannot be read back")));
  }

  static <E extends Enum<E>> E constant(Class<E> type, ExportRecord r, String at, String name) {
    return constant(type, at + "." + name, text(r, at, name));
  }

  static <E extends Enum<E>> Optional<E> optionalConstant(Class<E> type, ExportRecord r, String at, String name) {
    Optional<String> code = r.text(name);
    return code.isPresent() ? Optional.of(constant(type, at + "." + name, code.get())) : Optional.empty();
  }

  /** The constants a repeated code field names, in the order of the enum. */
  static <E extends Enum<E>> Set<E> constants(Class<E> type, ExportRecord r, String at, String name) {
    Set<E> constants = EnumSet.noneOf(type);
    for (String code : r.texts(name)) {
      constants.add(constant(type, at + "." + name, code));
    }
    return constants;
  }

  /** The enum constant an export code names: the inverse of {@link #code}. */
  static <E extends Enum<E>> E constant(Class<E> type, String field, String code) {
    return EnumCodes.parse(type, field, code);
  }

  /** An enum constant as an export code: lower case, words joined by hyphens. */
  static String code(Enum<?> constant) {
    return EnumCodes.of(constant);
  }

  /** The codes of an enum's constants, in their order. */
  static List<String> codes(Class<? extends Enum<?>> type) {
    return EnumCodes.all(type);
  }
}
