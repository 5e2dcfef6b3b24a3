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
package org.safeguard.core.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Checks the core jar as published, after the shade step: a named module that exports only its API,
 * with Guava and jackson-core inside under an internal package and nowhere else, and a published POM that gives an
 * embedder only the SPI and slf4j-api.
 * Runs in the integration-test phase, because the shaded jar exists only after package.
 */
class ShadedJarIT {
  private static Path jar() {
    return Path.of(System.getProperty("safeguard.core.jar"));
  }

  @Test
  void noClassStaysUnderComGoogleCommon() throws IOException {
    try (JarFile jar = new JarFile(jar().toFile())) {
      List<String> left = Collections.list(jar.entries()).stream()
          .map(e -> e.getName())
          .filter(n -> n.startsWith("com/google/"))
          .toList();
      assertEquals(List.of(), left);
      long relocated = Collections.list(jar.entries()).stream()
          .filter(e -> e.getName().startsWith("org/safeguard/core/internal/guava/collect/"))
          .count();
      assertTrue(relocated > 0, "Guava is relocated into the core's internal package");
    }
  }

  /**
   * jackson-core, which reads JSON policies, is inside under the internal package and nowhere else:
   * no entry under {@code com/}, and no class (but the module descriptor, below) that still names
   * the original package, so nothing of it resolves against a jackson-core an application has.
   */
  @Test
  void jacksonIsRelocatedInsideAndNothingOfComFasterxmlLeaks() throws IOException {
    try (JarFile jar = new JarFile(jar().toFile())) {
      List<String> names = Collections.list(jar.entries()).stream().map(e -> e.getName()).toList();
      assertEquals(List.of(), names.stream().filter(n -> n.startsWith("com/")).toList());
      assertTrue(names.contains("org/safeguard/core/internal/jackson/JsonFactory.class"), "jackson-core is relocated into the core's internal package");
      assertEquals(List.of(), names.stream()
          .filter(n -> n.toLowerCase(java.util.Locale.ROOT).contains("jackson") && n.endsWith(".class"))
          .filter(n -> !n.startsWith("org/safeguard/core/internal/jackson/"))
          .toList(), "jackson classes outside the relocated package");
      List<String> naming = new ArrayList<>();
      for (java.util.jar.JarEntry entry : Collections.list(jar.entries())) {
        if (entry.getName().endsWith(".class") && !entry.getName().equals("module-info.class")) {
          String bytes = new String(jar.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
          if (bytes.contains("com/fasterxml") || bytes.contains("com.fasterxml")) {
            naming.add(entry.getName());
          }
        }
      }
      assertEquals(List.of(), naming, "classes that still name com.fasterxml");
      // the licences of the number parser jackson-core carries inside travel with it (credited in NOTICE)
      for (String licence : List.of("META-INF/FastDoubleParser-LICENSE", "META-INF/FastDoubleParser-NOTICE", "META-INF/thirdparty-LICENSE")) {
        assertTrue(names.contains(licence), licence);
      }
      String notice = new String(jar.getInputStream(jar.getEntry("META-INF/NOTICE")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(notice.contains("jackson-core") && notice.contains("org.safeguard.core.internal.jackson"), notice);
    }
  }

  /**
   * The shaded jar reads a JSON policy on its own: the relocated parser is complete after the
   * shade step's minimising, with only the SPI and slf4j beside it and no jackson-core anywhere.
   */
  @Test
  void theShadedJarReadsAJsonPolicyWithNoJacksonBesideIt() throws Exception {
    java.net.URL[] path = {jar().toUri().toURL(),
        org.safeguard.model.ThresholdPolicy.class.getProtectionDomain().getCodeSource().getLocation(),
        org.slf4j.LoggerFactory.class.getProtectionDomain().getCodeSource().getLocation()};
    try (java.net.URLClassLoader alone = new java.net.URLClassLoader(path, ClassLoader.getPlatformClassLoader())) {
      Class<?> files = Class.forName("org.safeguard.core.policy.PolicyFiles", true, alone);
      Object policy = files.getMethod("fromJson", String.class, String.class).invoke(null,
          "{\"id\": \"county\", \"version\": \"1\", \"bands\": {\"x\": {\"standard\": \"0-9\", \"high\": \"10+\"}},"
              + " \"marac\": {\"minimum-age\": 16}}", "shaded.json");
      assertEquals("county", alone.loadClass("org.safeguard.model.ThresholdPolicy").getMethod("id").invoke(policy));
      java.lang.reflect.InvocationTargetException refused = org.junit.jupiter.api.Assertions.assertThrows(
          java.lang.reflect.InvocationTargetException.class,
          () -> files.getMethod("fromJson", String.class, String.class).invoke(null, "{\"a\": ".repeat(3_000), "deep.json"));
      assertEquals("org.safeguard.core.policy.PolicyFormatException", refused.getCause().getClass().getName());
      assertThrows(ClassNotFoundException.class, () -> alone.loadClass("com.fasterxml.jackson.core.JsonFactory"));
    }
  }

  /** Shade drops module descriptors; the build puts the compiled one back, so the jar stays a named module. */
  @Test
  void theJarIsANamedModuleThatExportsOnlyItsApiPackages() {
    ModuleDescriptor module = ModuleFinder.of(jar()).findAll().iterator().next().descriptor();
    assertEquals("org.safeguard.core", module.name());
    assertFalse(module.isAutomatic(), "an automatic module would export its internal packages and the relocated Guava");
    Set<String> exported = module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    Set<String> listed = org.safeguard.core.boundary.ApiSurface.EXPORTED.stream().filter(p -> p.startsWith("org.safeguard.core"))
        .collect(Collectors.toSet());
    assertEquals(listed, exported, "the packages the API tests check are the ones the module exports");
    assertTrue(module.packages().contains("org.safeguard.core.internal.guava.collect"), "the relocated Guava is in the module, unexported");
    assertTrue(module.requires().stream().anyMatch(r -> r.name().equals("org.slf4j") && !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)),
        "slf4j is required, so an application on the module path resolves it");
    assertTrue(module.packages().contains("org.safeguard.core.internal.jackson"), "the relocated jackson-core is in the module, unexported");
    // the shaded libraries are needed to compile the engine only: at run time they are inside it
    for (String shaded : List.of("com.google.common", "com.fasterxml.jackson.core")) {
      assertTrue(module.requires().stream().filter(r -> r.name().equals(shaded))
          .allMatch(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)), shaded + " is required only statically");
    }
  }

  @Test
  void anEmbedderGetsOnlyTheSpiAndSlf4jTransitively() throws IOException {
    String pom = Files.readString(Path.of(System.getProperty("safeguard.core.pom")));
    Matcher m = Pattern.compile("<dependency>\\s*<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)</artifactId>(.*?)</dependency>", Pattern.DOTALL)
        .matcher(pom);
    List<String> transitive = new ArrayList<>();
    while (m.find()) {
      String rest = m.group(3);
      boolean hidden = rest.contains("<scope>test</scope>") || rest.contains("<scope>provided</scope>")
          || rest.contains("<optional>true</optional>");
      if (!hidden) {
        transitive.add(m.group(1) + ":" + m.group(2));
      }
    }
    assertEquals(List.of("org.safeguard:safeguard-spi", "org.slf4j:slf4j-api"), transitive);
  }
}
