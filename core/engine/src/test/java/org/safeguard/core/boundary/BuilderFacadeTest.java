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
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.safeguard.core.Safeguard;
import org.safeguard.model.Instrument;
import org.safeguard.model.ModelStyle;

/**
 * The nested {@code Builder} of each generated value type is written by hand around the generated
 * one (see {@link ModelStyle}), so that its methods check their arguments whole. These tests keep
 * the two in step: every method of a generated builder has its counterpart, with the same name and
 * parameters, on the hand-written one (a new attribute without one fails here, naming the method);
 * every setter returns its own builder; and a value copied through {@code from} and built again is
 * the value it came from.
 */
class BuilderFacadeTest {
  private static final List<Class<?>> BUILDERS = builders();

  /** The public nested builders whose outer type Immutables implements. */
  private static List<Class<?>> builders() {
    List<Class<?>> builders = new ArrayList<>();
    for (Class<?> type : ApiSurface.publicTypes(Instrument.class, Safeguard.class)) {
      if (type.getSimpleName().equals("Builder") && type.getEnclosingClass() != null && generatedBuilderOf(type) != null) {
        builders.add(type);
      }
    }
    return builders;
  }

  private static Class<?> generatedBuilderOf(Class<?> builder) {
    Class<?> value = builder.getEnclosingClass();
    try {
      return Class.forName(value.getPackageName() + ".Immutable" + value.getSimpleName() + "$Builder");
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  @Test
  void theBuildersAreFound() {
    assertTrue(BUILDERS.size() >= 25, "found only " + BUILDERS);
  }

  @TestFactory
  Stream<DynamicTest> everyGeneratedBuilderMethodHasItsCheckedCounterpart() {
    return BUILDERS.stream().map(builder -> DynamicTest.dynamicTest(builder.getName(), () -> {
      List<String> missing = new ArrayList<>();
      for (Method generated : generatedBuilderOf(builder).getDeclaredMethods()) {
        if (!Modifier.isPublic(generated.getModifiers()) || generated.isSynthetic()) {
          continue;
        }
        try {
          Method ours = builder.getMethod(generated.getName(), generated.getParameterTypes());
          Class<?> expected = generated.getName().equals("build") ? builder.getEnclosingClass() : builder;
          assertEquals(expected, ours.getReturnType(), ours + " returns its own builder, or the value");
        } catch (NoSuchMethodException e) {
          missing.add(generated.getName() + Arrays.toString(generated.getParameterTypes()));
        }
      }
      assertTrue(missing.isEmpty(), builder.getName() + " lacks " + missing);
    }));
  }

  @TestFactory
  Stream<DynamicTest> everySetterReturnsItsOwnBuilder() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Class<?> builder : BUILDERS) {
      for (Method setter : builder.getDeclaredMethods()) {
        if (Modifier.isPublic(setter.getModifiers()) && setter.getReturnType() == builder) {
          tests.add(DynamicTest.dynamicTest(builder.getEnclosingClass().getSimpleName() + "." + setter.getName()
              + Arrays.toString(setter.getParameterTypes()), () -> {
                Object fresh = Samples.instanceOf(builder);
                try {
                  assertSame(fresh, setter.invoke(fresh, Samples.argumentsFor(setter)));
                } catch (InvocationTargetException e) {
                  throw new AssertionError(setter + " refused its sample arguments", e.getCause());
                }
              }));
        }
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> aValueCopiedThroughFromIsTheValueItCameFrom() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Class<?> builder : BUILDERS) {
      Class<?> value = builder.getEnclosingClass();
      if (!Samples.hasKnown(value)) {
        continue;
      }
      tests.add(DynamicTest.dynamicTest(value.getName(), () -> {
        Object original = Samples.instanceOf(value);
        Object fresh = Samples.instanceOf(builder);
        builder.getMethod("from", value).invoke(fresh, original);
        try {
          assertEquals(original, builder.getMethod("build").invoke(fresh));
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      }));
    }
    assertTrue(tests.size() >= 10, "too few value types have a sample to copy: " + tests.size());
    return tests.stream();
  }
}
