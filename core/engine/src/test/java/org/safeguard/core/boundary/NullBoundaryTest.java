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

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.safeguard.core.Safeguard;
import org.safeguard.model.Instrument;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;

/**
 * Every reference parameter of every public method and constructor of the SPI and the engine
 * refuses {@code null} with a {@link MissingValueException} that names the parameter, and every
 * array or collection parameter refuses a {@code null} element with an exception of the
 * {@link InvalidInputException} family: a host's {@code catch (InvalidInputException)} sees every
 * refusal, and no {@link NullPointerException} escapes. A parameter marked {@link Nullable} is left
 * out, since null is an answer there. New API is checked without anyone listing it; a public type
 * with no {@link Samples sample} fails here, so that it gets one.
 */
class NullBoundaryTest {
  private static final List<Class<?>> API = ApiSurface.publicTypes(Instrument.class, Safeguard.class);

  @TestFactory
  Stream<DynamicTest> everyReferenceParameterRefusesNull() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Class<?> type : API) {
      if (Throwable.class.isAssignableFrom(type) || type.isInterface() && !hasStatic(type)) {
        continue;
      }
      for (Executable entry : ApiSurface.entryPoints(type)) {
        if (!Modifier.isStatic(entry.getModifiers()) && entry instanceof Method && type.isInterface()) {
          continue;
        }
        Parameter[] params = entry.getParameters();
        for (int i = 0; i < params.length; i++) {
          if (params[i].getType().isPrimitive() || params[i].getAnnotatedType().isAnnotationPresent(Nullable.class)) {
            continue;
          }
          int position = i;
          tests.add(DynamicTest.dynamicTest(describe(type, entry) + " null " + params[i].getName(),
              () -> refusesNull(type, entry, position)));
          if (Samples.isContainer(params[i].getType())) {
            tests.add(DynamicTest.dynamicTest(describe(type, entry) + " null element in " + params[i].getName(),
                () -> refusesNullElement(type, entry, position)));
          }
        }
      }
    }
    return tests.stream();
  }

  /** The sample registry covers every public type whose instance methods take arguments. */
  @Test
  void everyPublicTypeWithInstanceEntryPointsHasASample() {
    List<String> missing = new ArrayList<>();
    for (Class<?> type : API) {
      if (Throwable.class.isAssignableFrom(type) || type.isInterface() || type.isEnum()) {
        continue;
      }
      boolean needsInstance = false;
      for (Executable entry : ApiSurface.entryPoints(type)) {
        needsInstance |= entry instanceof Method && !Modifier.isStatic(entry.getModifiers()) && entry.getParameterCount() > 0
            && !entry.getDeclaringClass().isInterface() && hasReferenceParameter(entry);
      }
      if (needsInstance && !Samples.has(type)) {
        missing.add(type.getName());
      }
    }
    assertTrue(missing.isEmpty(), "no sample for " + missing);
  }

  private static void refusesNull(Class<?> type, Executable entry, int position) throws Exception {
    Object[] args = Samples.argumentsFor(entry);
    args[position] = null;
    String name = entry.getParameters()[position].getName();
    Throwable thrown = call(type, entry, args);
    if (thrown == null) {
      fail(describe(type, entry) + " accepted null for " + name);
    }
    if (!(thrown instanceof MissingValueException)) {
      throw new AssertionError(describe(type, entry) + " threw " + thrown + " for a null " + name
          + ", not a MissingValueException", thrown);
    }
    String field = ((MissingValueException) thrown).field();
    assertTrue(names(field, name, args) || field.equals(entry.getName()) || field.equals(callerNamed(entry, args)),
        describe(type, entry) + ": the refusal names the parameter " + name + ", not " + field);
  }

  /**
   * The refusal names the parameter (or, for a builder's setter, the method, which is the field as
   * the caller knows it): by its own name, as a part of a dotted path ({@code item.id}),
   * indexed ({@code answer[threats-to-kill]}),
   * or, where Immutables generated the method and named its parameter only {@code element},
   * {@code key} or {@code value}, by the attribute it belongs to ({@code items}).
   */
  private static boolean names(String field, String parameter, Object[] args) {
    if (field.equals(parameter) || field.endsWith("." + parameter) || field.startsWith(parameter + "[")) {
      return true;
    }
    for (Object arg : args) {
      if (arg instanceof String s && field.endsWith("[" + s + "]")) {
        return true; // the value's role for the item named in the call: answer[threats-to-kill]
      }
    }
    return GENERATED_PARAMETER_NAMES.contains(parameter) && !field.isBlank() && !field.contains(" ");
  }

  /** The field name the caller passed, for methods that take one to name their value in errors. */
  private static @Nullable Object callerNamed(Executable entry, Object[] args) {
    Parameter[] params = entry.getParameters();
    for (int i = 0; i < params.length; i++) {
      if (params[i].getName().equals("field")) {
        return args[i];
      }
    }
    return null;
  }

  private static final java.util.Set<String> GENERATED_PARAMETER_NAMES = java.util.Set.of("element", "elements", "key", "value", "entry", "entries");

  private static void refusesNullElement(Class<?> type, Executable entry, int position) throws Exception {
    Object[] args = Samples.argumentsFor(entry);
    args[position] = Samples.containerWithNull(entry.getParameters()[position]);
    Throwable thrown = call(type, entry, args);
    String name = entry.getParameters()[position].getName();
    if (thrown == null) {
      fail(describe(type, entry) + " accepted a null element in " + name);
    }
    if (!(thrown instanceof InvalidInputException)) {
      throw new AssertionError(describe(type, entry) + " threw " + thrown + " for a null element in " + name
          + ", not an InvalidInputException", thrown);
    }
  }

  /** What the call threw, or null when it returned. */
  private static @Nullable Throwable call(Class<?> type, Executable entry, Object[] args) throws Exception {
    try {
      if (entry instanceof Constructor<?> c) {
        c.setAccessible(true);
        c.newInstance(args);
      } else {
        Method m = (Method) entry;
        m.setAccessible(true);
        Object target = Modifier.isStatic(m.getModifiers()) ? null : Samples.instanceOf(type);
        m.invoke(target, args);
      }
      return null;
    } catch (InvocationTargetException e) {
      return e.getCause();
    } catch (IllegalArgumentException e) {
      throw new AssertionError(describe(type, entry) + ": the samples do not fit its parameters", e);
    }
  }

  private static boolean hasStatic(Class<?> type) {
    for (Method m : type.getMethods()) {
      if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() > 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasReferenceParameter(Executable entry) {
    for (Parameter p : entry.getParameters()) {
      if (!p.getType().isPrimitive()) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Class<?> type, Executable entry) {
    StringBuilder s = new StringBuilder(type.getName().substring(type.getPackageName().length() + 1)).append('.')
        .append(entry instanceof Constructor ? "<init>" : entry.getName()).append('(');
    Class<?>[] types = entry.getParameterTypes();
    for (int i = 0; i < types.length; i++) {
      s.append(i == 0 ? "" : ", ").append(types[i].getSimpleName());
    }
    return s.append(')').toString();
  }
}
