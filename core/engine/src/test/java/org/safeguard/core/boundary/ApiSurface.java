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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The public API as a caller from outside sees it: every public class of the exported packages of
 * the SPI and the engine, found by reading the directory or jar each comes from, so a new type is
 * checked without anyone listing it.
 */
public final class ApiSurface {
  /**
   * The packages the SPI and the engine export; {@code ShadedJarIT} checks the engine's against
   * its module descriptor.
   */
  public static final Set<String> EXPORTED = Set.of(
      "org.safeguard.export", "org.safeguard.model", "org.safeguard.spi",
      "org.safeguard.core", "org.safeguard.core.assessment", "org.safeguard.core.casework", "org.safeguard.core.equality",
      "org.safeguard.core.export",
      "org.safeguard.core.marac", "org.safeguard.core.outcome", "org.safeguard.core.perpetrator", "org.safeguard.core.policy");

  private ApiSurface() {}

  /** Every public class of the exported packages, nested public classes included, sorted by name. */
  static List<Class<?>> publicTypes(Class<?>... anchors) {
    List<Class<?>> types = new ArrayList<>();
    for (Class<?> anchor : anchors) {
      for (String name : classNames(anchor)) {
        if (name.indexOf('.') < 0) {
          continue;
        }
        String pkg = name.substring(0, name.lastIndexOf('.'));
        if (!EXPORTED.contains(pkg) || name.endsWith("module-info") || name.endsWith("package-info")) {
          continue;
        }
        Class<?> type = load(name);
        if (isPublicAll(type)) {
          types.add(type);
        }
      }
    }
    types.sort(Comparator.comparing(Class::getName));
    return types;
  }

  /** Public methods and constructors a caller can reach on the type, Object's own left out. */
  static List<Executable> entryPoints(Class<?> type) {
    List<Executable> all = new ArrayList<>();
    for (Method m : type.getMethods()) {
      Class<?> declaring = m.getDeclaringClass();
      if (declaring == Object.class || declaring == Enum.class || declaring == Record.class || m.isSynthetic() || m.isBridge()
          || m.getName().equals("equals") && m.getParameterCount() == 1
          // the compiler writes an enum's valueOf(String); it throws the JDK's NullPointerException
          || type.isEnum() && m.getName().equals("valueOf") && m.getParameterCount() == 1) {
        continue;
      }
      all.add(m);
    }
    if (!Modifier.isAbstract(type.getModifiers())) {
      for (var c : type.getConstructors()) {
        all.add(c);
      }
    }
    all.sort(Comparator.comparing(Executable::toGenericString));
    return all;
  }

  private static boolean isPublicAll(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return !type.isAnonymousClass() && !type.isSynthetic();
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, ApiSurface.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(name, e);
    }
  }

  private static List<String> classNames(Class<?> anchor) {
    try {
      Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      List<String> names = new ArrayList<>();
      if (Files.isDirectory(root)) {
        try (Stream<Path> files = Files.walk(root)) {
          files.filter(p -> p.toString().endsWith(".class"))
              .forEach(p -> names.add(toName(root.relativize(p).toString().replace('\\', '/'))));
        }
      } else {
        try (JarFile jar = new JarFile(root.toFile())) {
          jar.stream().filter(e -> e.getName().endsWith(".class") && !e.getName().startsWith("META-INF/"))
              .forEach(e -> names.add(toName(e.getName())));
        }
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String toName(String path) {
    return path.substring(0, path.length() - ".class".length()).replace('/', '.');
  }
}
