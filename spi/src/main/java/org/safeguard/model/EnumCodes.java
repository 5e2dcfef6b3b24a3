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

import java.util.List;
import java.util.Locale;

/**
 * The code of an enum constant, as exports, reports and policy files write it: the constant's name
 * in lower case, words joined by hyphens ({@code MaracRoute.REFER_TO_MARAC} is
 * {@code refer-to-marac}), which keeps the {@link StableId} rule. One mapping for every enum of the
 * library, both ways, so that a client in another language (a Clojure keyword, a Kotlin string)
 * turns codes into constants without writing the rule again.
 * <pre>{@code
 * String code = EnumCodes.of(MaracRoute.REFER_TO_MARAC);           // "refer-to-marac"
 * MaracRoute route = EnumCodes.parse(MaracRoute.class, "route", code);
 * }</pre>
 * Thread-safe; each enum's codes are worked out once.
 */
public final class EnumCodes {
  /** Each enum's codes by ordinal, made once per enum: exports write the same few codes over and over. */
  private static final ClassValue<String[]> CODES = new ClassValue<>() {
    @Override
    protected String[] computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      if (constants == null) {
        // a raw Class gets here (Enum.class, say), and so does the class of a constant with a body of its own
        throw new InvalidInputException("type", type.getName(), "is an enum's own class, not a constant's (see Enum.getDeclaringClass)");
      }
      String[] codes = new String[constants.length];
      for (int i = 0; i < codes.length; i++) {
        codes[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT).replace('_', '-');
      }
      return codes;
    }
  };

  private EnumCodes() {}

  /**
   * A constant's code.
   *
   * @param constant the constant
   * @return its name in lower case, words joined by hyphens
   */
  public static String of(Enum<?> constant) {
    MissingValueException.require("constant", constant);
    return CODES.get(constant.getDeclaringClass())[constant.ordinal()];
  }

  /**
   * The constant a code names: the inverse of {@link #of}. The code is matched exactly, as
   * {@link #of} writes it.
   *
   * @param <E> the enum
   * @param type the enum's class
   * @param field the field or parameter the code came from, named if it is refused
   * @param code the code
   * @return the constant
   * @throws InvalidInputException when no constant of the enum has this code; the message lists
   *     the codes there are
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String field, String code) {
    MissingValueException.require("type", type);
    InvalidInputException.requireFieldName(field);
    MissingValueException.require(field, code);
    String[] codes = CODES.get(type);
    for (int i = 0; i < codes.length; i++) {
      if (codes[i].equals(code)) {
        return type.getEnumConstants()[i];
      }
    }
    throw new InvalidInputException(field, code, "is one of " + String.join(", ", codes));
  }

  /**
   * Every code of an enum, in the order of its constants.
   *
   * @param type the enum's class
   * @return the codes, unmodifiable
   */
  public static List<String> all(Class<? extends Enum<?>> type) {
    MissingValueException.require("type", type);
    return List.of(CODES.get(type));
  }
}
