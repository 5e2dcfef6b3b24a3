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
package org.safeguard.core.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;
import org.safeguard.core.Safeguard;
import org.safeguard.logcapture.CapturedLogs;
import org.safeguard.model.Instrument;
import org.safeguard.model.InvalidInputException;

/**
 * Generated bad input at every public entry point of the SPI and the engine: the builders,
 * {@code assess}, {@code raise}, {@code screenForMarac}, every casework command, the policy
 * readers, the instrument and rating builders and every value's factory. Each try draws one set of
 * bad values (extreme numbers and dates, empty, huge, unicode and control-character strings, the
 * planted log marker, long and repeated lists) and calls every entry point with them, each
 * parameter taking either a bad value or its valid sample, so that every entry point gets every
 * try. Whatever happens must be one of two things: a return, or a refusal of the
 * {@link InvalidInputException} family that names the field and the rule and whose message stays
 * on one line; and a list, set, map or
 * array handed in is unchanged afterwards. Nulls are {@link NullBoundaryTest}'s.
 */
class GeneratedInputProperties {
  private static final Set<String> MISSING = new java.util.TreeSet<>();
  private static final List<Call> CALLS = calls();

  private static boolean canMake(Class<?> type) {
    try {
      Samples.instanceOf(type);
      return true;
    } catch (IllegalStateException e) {
      return false;
    }
  }

  /** Every type an entry point is called on or takes has a sample, so that every entry point is called. */
  @org.junit.jupiter.api.Test
  void everyTypeTheEntryPointsNeedHasASample() {
    assertEquals(Set.of(), MISSING);
  }

  /** One entry point, the type it is called on, and its parameters (read once: reflection copies them on every read). */
  private record Call(Class<?> type, Executable entry, Parameter[] params) {
    Call(Class<?> type, Executable entry) {
      this(type, entry, entry.getParameters());
    }
  }

  /** One try's bad values; each parameter of each entry point takes one of them or its sample. */
  record Pool(String text, int number, long wide, double real, LocalDate date, Instant instant, int listSize, int enumIndex,
      int badMask, boolean flag) {}

  @Provide
  Arbitrary<Pool> pools() {
    Arbitrary<String> text = Arbitraries.oneOf(
        Arbitraries.of("", " ", "a", "-", "A", "0", "test-checklist", "q1", "a--b", "a-", "1.0", "..", "\t", "é", "Ａ",
            "\u202Eevil", "\uD800", "\uD83D\uDE00", "a\u0000b", "2026-03-02", "NaN", "-1", "1e999999"),
        Arbitraries.just(CapturedLogs.MARKER + "\nINFO org.safeguard - forged line\r"),
        Arbitraries.strings().ofMaxLength(40),
        Arbitraries.strings().withChars("abcxyz019-").ofMinLength(60).ofMaxLength(70),
        Arbitraries.integers().between(1_000, 100_000).map("x"::repeat));
    Arbitrary<Integer> number = Arbitraries.oneOf(
        Arbitraries.of(Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 0, 1, 126, 127, 128, 255, 256, 1_000_000),
        Arbitraries.integers());
    Arbitrary<Long> wide = Arbitraries.oneOf(Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, -1L, 0L), Arbitraries.longs());
    Arbitrary<Double> real = Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 1e308,
        -1e308, Double.MIN_VALUE, 0.5);
    Arbitrary<LocalDate> date = Arbitraries.of(LocalDate.MIN, LocalDate.MAX, LocalDate.EPOCH, LocalDate.of(1899, 12, 31),
        LocalDate.of(1900, 1, 1), LocalDate.of(2199, 12, 31), LocalDate.of(2200, 1, 1), LocalDate.of(2024, 2, 29));
    Arbitrary<Instant> instant = Arbitraries.of(Instant.MIN, Instant.MAX, Instant.EPOCH);
    Arbitrary<Integer> listSize = Arbitraries.of(0, 1, 2, 3, 65, 10_000);
    return Combinators.combine(
        Combinators.combine(text, number, wide, real, date).as((t, n, w, r, d) -> new Object[] {t, n, w, r, d}),
        Combinators.combine(instant, listSize, Arbitraries.integers().between(0, 1000),
            Arbitraries.oneOf(Arbitraries.integers(), Arbitraries.just(-1)), Arbitraries.of(true, false))
            .as((i, l, e, m, f) -> new Object[] {i, l, e, m, f}))
        .as((a, b) -> new Pool((String) a[0], (Integer) a[1], (Long) a[2], (Double) a[3], (LocalDate) a[4],
            (Instant) b[0], (Integer) b[1], (Integer) b[2], (Integer) b[3], (Boolean) b[4]));
  }

  @Property(tries = 1000, edgeCases = EdgeCasesMode.MIXIN)
  void everyEntryPointReturnsOrRefusesWithATypedRefusalAndLeavesItsInputAsItWas(@ForAll("pools") Pool pool) throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Call call : CALLS) {
      Parameter[] params = call.params();
      Object[] args = new Object[params.length];
      for (int i = 0; i < params.length; i++) {
        boolean bad = (pool.badMask() >>> (i % 32) & 1) == 1;
        args[i] = bad ? badValue(params[i], pool) : sample(params[i]);
      }
      Object[] before = copies(args);
      Throwable thrown = call(call, args);
      // described only when something is wrong: the arguments' text forms cost more than most calls
      Supplier<String> what = () -> describe(call) + " given " + summary(args);
      if (thrown != null && !(thrown instanceof InvalidInputException)) {
        wrong.add(what.get() + " threw " + String.valueOf(thrown).lines().findFirst().orElse("") + " at " + where(thrown));
      } else if (thrown != null && breaksLine(thrown.getMessage())) {
        wrong.add(what.get() + " refused with a message that breaks the line: " + thrown.getMessage());
      } else if (thrown != null && !namesFieldAndRule((InvalidInputException) thrown)) {
        wrong.add(what.get() + " refused without naming the field and the rule: " + thrown.getMessage());
      }
      if (!Arrays.deepEquals(before, copies(args))) {
        wrong.add(what.get() + " changed what it was given");
      }
    }
    assertEquals(List.of(), wrong);
  }

  /** A refusal names the field it refuses and the rule it applies, in words. */
  private static boolean namesFieldAndRule(InvalidInputException refusal) {
    return refusal.field() != null && !refusal.field().isBlank() && refusal.rule() != null && !refusal.rule().isBlank();
  }

  private static List<Call> calls() {
    List<Call> calls = new ArrayList<>();
    for (Class<?> type : ApiSurface.publicTypes(Instrument.class, Safeguard.class)) {
      if (Throwable.class.isAssignableFrom(type)) {
        continue;
      }
      for (Executable entry : ApiSurface.entryPoints(type)) {
        boolean instanceOfInterface = !Modifier.isStatic(entry.getModifiers()) && entry instanceof Method && type.isInterface();
        if (entry.getParameterCount() > 0 && !instanceOfInterface) {
          calls.add(new Call(type, entry));
          if (!Modifier.isStatic(entry.getModifiers()) && !(entry instanceof Constructor) && !canMake(type)) {
            MISSING.add(type.getName());
          }
          for (Class<?> p : entry.getParameterTypes()) {
            if (!canMake(p)) {
              MISSING.add(p.getName());
            }
          }
        }
      }
    }
    return calls;
  }

  /** The valid sample for a parameter; an entry of a map is made of samples of its own key and value types. */
  private static Object sample(Parameter param) {
    if (param.getType() == Map.Entry.class) {
      Class<?> keyType = typeArgument(param, 0);
      Class<?> valueType = typeArgument(param, 1);
      return Map.entry(Samples.instanceOf(keyType == null ? String.class : keyType),
          Samples.instanceOf(valueType == null ? String.class : valueType));
    }
    return Samples.instanceOf(param.getType());
  }

  /** A bad value of the parameter's type, or its valid sample when the pool has none for the type. */
  private static Object badValue(Parameter param, Pool pool) {
    Class<?> type = param.getType();
    if (type == String.class || type == Object.class || type == CharSequence.class) {
      return pool.text();
    }
    if (type == int.class || type == Integer.class) {
      return pool.number();
    }
    if (type == long.class || type == Long.class) {
      return pool.wide();
    }
    if (type == double.class || type == Double.class) {
      return pool.real();
    }
    if (type == float.class) {
      return (float) pool.real();
    }
    if (type == short.class) {
      return (short) pool.number();
    }
    if (type == byte.class) {
      return (byte) pool.number();
    }
    if (type == char.class) {
      return pool.text().isEmpty() ? '\n' : pool.text().charAt(0);
    }
    if (type == boolean.class || type == Boolean.class) {
      return pool.flag();
    }
    if (type == LocalDate.class) {
      return pool.date();
    }
    if (type == Instant.class) {
      return pool.instant();
    }
    if (type.isEnum()) {
      Object[] constants = type.getEnumConstants();
      return constants[pool.enumIndex() % constants.length];
    }
    if (type.isArray()) {
      Object array = Array.newInstance(type.getComponentType(), pool.listSize());
      for (int i = 0; i < pool.listSize(); i++) {
        Array.set(array, i, element(type.getComponentType(), pool, i));
      }
      return array;
    }
    if (type == List.class || type == Collection.class || type == Iterable.class || type == Set.class) {
      Class<?> elementType = typeArgument(param, 0);
      Collection<Object> values = type == Set.class ? new LinkedHashSet<>() : new ArrayList<>();
      for (int i = 0; i < pool.listSize(); i++) {
        values.add(elementType == null ? pool.text() : element(elementType, pool, i));
      }
      return values;
    }
    if (type == Map.class) {
      Class<?> keyType = typeArgument(param, 0);
      Class<?> valueType = typeArgument(param, 1);
      Map<Object, Object> map = new HashMap<>();
      if (keyType != null && valueType != null) {
        map.put(element(keyType, pool, 0), element(valueType, pool, 1));
      }
      return map;
    }
    if (type == Map.Entry.class) {
      Class<?> keyType = typeArgument(param, 0);
      Class<?> valueType = typeArgument(param, 1);
      return Map.entry(element(keyType == null ? String.class : keyType, pool, 0),
          element(valueType == null ? String.class : valueType, pool, 1));
    }
    return Samples.instanceOf(type);
  }

  /** Elements of a generated list: the bad value of the element type, alternating with its sample. */
  private static Object element(Class<?> type, Pool pool, int index) {
    if (index % 2 == 1 && Samples.has(type) || type.isPrimitive() && index % 2 == 1) {
      return Samples.instanceOf(type);
    }
    if (type == String.class) {
      return pool.text();
    }
    if (type == LocalDate.class) {
      return pool.date();
    }
    if (type == Integer.class) {
      return pool.number();
    }
    if (type.isEnum()) {
      Object[] constants = type.getEnumConstants();
      return constants[(pool.enumIndex() + index) % constants.length];
    }
    return Samples.instanceOf(type);
  }

  private static @Nullable Class<?> typeArgument(Parameter param, int index) {
    if (param.getParameterizedType() instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
      java.lang.reflect.Type argument = p.getActualTypeArguments()[index];
      if (argument instanceof Class<?> c) {
        return c;
      }
      if (argument instanceof java.lang.reflect.WildcardType w && w.getUpperBounds()[0] instanceof Class<?> c) {
        return c == Object.class ? null : c;
      }
      if (argument instanceof ParameterizedType nested && nested.getRawType() instanceof Class<?> c) {
        return c;
      }
    }
    return null;
  }

  /** A deep copy of each container argument, for telling afterwards whether the call changed it. */
  private static Object[] copies(Object[] args) {
    Object[] copies = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      Object arg = args[i];
      if (arg instanceof Object[] array) {
        copies[i] = array.clone();
      } else if (arg != null && arg.getClass().isArray()) {
        int n = Array.getLength(arg);
        Object[] boxed = new Object[n];
        for (int j = 0; j < n; j++) {
          boxed[j] = Array.get(arg, j);
        }
        copies[i] = boxed;
      } else if (arg instanceof Collection<?> c) {
        copies[i] = c.toArray();
      } else if (arg instanceof Map<?, ?> m) {
        copies[i] = new Object[] {new HashMap<>(m)};
      } else {
        copies[i] = arg;
      }
    }
    return copies;
  }

  private static @Nullable Throwable call(Call call, Object[] args) throws Exception {
    try {
      if (call.entry() instanceof Constructor<?> c) {
        c.setAccessible(true);
        c.newInstance(args);
      } else {
        Method m = (Method) call.entry();
        m.setAccessible(true);
        m.invoke(Modifier.isStatic(m.getModifiers()) ? null : Samples.instanceOf(call.type()), args);
      }
      return null;
    } catch (InvocationTargetException e) {
      return e.getCause();
    }
  }

  private static String where(Throwable t) {
    StackTraceElement[] stack = t.getStackTrace();
    return stack.length == 0 ? "?" : stack[0].toString();
  }

  private static boolean breaksLine(@Nullable String message) {
    return message != null && message.chars().anyMatch(c -> c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029);
  }

  private static String summary(Object[] args) {
    List<String> parts = new ArrayList<>();
    for (Object arg : args) {
      String s = arg == null ? "null" : arg.getClass().isArray() ? arg.getClass().getComponentType().getSimpleName() + "["
          + Array.getLength(arg) + "]" : arg instanceof Collection<?> c ? "collection of " + c.size() : String.valueOf(arg);
      String head = s.length() > 60 ? s.substring(0, 60) + "...(" + s.length() + ")" : s;
      parts.add(head.replace("\n", "\\n").replace("\r", "\\r"));
    }
    return Collections.unmodifiableList(parts).toString();
  }

  private static String describe(Call call) {
    StringBuilder s = new StringBuilder(call.type().getSimpleName()).append('.')
        .append(call.entry() instanceof Constructor ? "<init>" : call.entry().getName()).append('(');
    Class<?>[] types = call.entry().getParameterTypes();
    for (int i = 0; i < types.length; i++) {
      s.append(i == 0 ? "" : ", ").append(types[i].getSimpleName());
    }
    return s.append(')').toString();
  }
}
