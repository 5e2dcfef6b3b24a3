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
package org.safeguard.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.safeguard.model.Instrument;

/**
 * The public API, read by reflection from the classes as compiled: no generated {@code Immutable*}
 * type, no type from the engine's {@code internal} package and no Guava or jackson type appears in the
 * signature of any public or protected member of a public type of the SPI or the engine's exported
 * packages, and the engine's wiring has no public constructor.
 */
class ApiShapeTest {
  private static final Set<String> EXPORTED = org.safeguard.core.boundary.ApiSurface.EXPORTED;

  /** The packages checked here are exactly those the spi's and the engine's module-info export to everyone. */
  @Test
  void theCheckedPackagesAreExactlyTheModulesExports() throws IOException, URISyntaxException {
    Set<String> exported = new TreeSet<>();
    for (Class<?> anchor : List.of(Instrument.class, Safeguard.class)) {
      Path where = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      java.lang.module.ModuleDescriptor descriptor;
      if (Files.isDirectory(where)) {
        try (java.io.InputStream in = Files.newInputStream(where.resolve("module-info.class"))) {
          descriptor = java.lang.module.ModuleDescriptor.read(in);
        }
      } else {
        try (JarFile jar = new JarFile(where.toFile()); java.io.InputStream in = jar.getInputStream(jar.getEntry("module-info.class"))) {
          descriptor = java.lang.module.ModuleDescriptor.read(in);
        }
      }
      for (java.lang.module.ModuleDescriptor.Exports e : descriptor.exports()) {
        if (!e.isQualified()) {
          exported.add(e.source());
        }
      }
    }
    assertEquals(new TreeSet<>(EXPORTED), exported);
  }

  private static List<String> classNames(Class<?> anchor) throws IOException, URISyntaxException {
    Path where = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(where)) {
      try (Stream<Path> files = Files.walk(where)) {
        files.filter(f -> f.toString().endsWith(".class")).forEach(f -> names.add(where.relativize(f).toString()));
      }
    } else {
      try (JarFile jar = new JarFile(where.toFile())) {
        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements();) {
          String name = e.nextElement().getName();
          if (name.endsWith(".class")) {
            names.add(name);
          }
        }
      }
    }
    List<String> classes = new ArrayList<>();
    for (String name : names) {
      String cls = name.substring(0, name.length() - ".class".length()).replace('/', '.').replace('\\', '.');
      int dot = cls.lastIndexOf('.');
      if (dot > 0 && EXPORTED.contains(cls.substring(0, dot)) && !cls.endsWith("module-info") && !cls.endsWith("package-info")) {
        classes.add(cls);
      }
    }
    return classes;
  }

  private static boolean isApi(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static void check(String where, Type type, Set<String> wrong) {
    String name = type.getTypeName();
    if (name.contains(".Immutable") || name.contains("org.safeguard.core.internal") || name.contains("com.google.") || name.contains("com.fasterxml.")) {
      wrong.add(where + " uses " + name);
    }
  }

  @Test
  void noGeneratedInternalOrGuavaTypeAppearsInAPublicSignature() throws Exception {
    Set<String> wrong = new TreeSet<>();
    int checked = 0;
    List<String> classes = new ArrayList<>(classNames(Instrument.class));
    classes.addAll(classNames(Safeguard.class));
    for (String name : classes) {
      Class<?> type = Class.forName(name, false, getClass().getClassLoader());
      if (!isApi(type)) {
        continue;
      }
      checked++;
      for (Method m : type.getDeclaredMethods()) {
        if ((Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers())) && (m.isBridge() || !m.isSynthetic())) {
          check(name + "." + m.getName(), m.getGenericReturnType(), wrong);
          for (Type p : m.getGenericParameterTypes()) {
            check(name + "." + m.getName(), p, wrong);
          }
        }
      }
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (Modifier.isPublic(c.getModifiers()) || Modifier.isProtected(c.getModifiers())) {
          for (Type p : c.getGenericParameterTypes()) {
            check(name + ".<init>", p, wrong);
          }
        }
      }
      for (Field f : type.getDeclaredFields()) {
        if (Modifier.isPublic(f.getModifiers()) || Modifier.isProtected(f.getModifiers())) {
          check(name + "." + f.getName(), f.getGenericType(), wrong);
        }
      }
    }
    assertTrue(checked > 100, "checked " + checked + " public types");
    assertEquals(Set.of(), wrong);

    // the check itself sees what it looks for: the generated class behind Instrument, by its name
    Set<String> control = new TreeSet<>();
    check("control", Class.forName("org.safeguard.model.ImmutableInstrument", false, getClass().getClassLoader()), control);
    assertEquals(1, control.size());
  }

  @Test
  void theEnginesWiringCannotBeBuiltFromOutside() {
    assertEquals(0, Casework.class.getConstructors().length, "Casework comes from Safeguard.casework()");
    for (Constructor<?> c : Safeguard.class.getDeclaredConstructors()) {
      assertTrue(Modifier.isPrivate(c.getModifiers()), "Safeguard comes from its builder");
    }
  }
}
