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
 * with Guava inside under an internal package and nowhere else, and a published POM that gives an
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

  /** Shade drops module descriptors; the build puts the compiled one back, so the jar stays a named module. */
  @Test
  void theJarIsANamedModuleThatExportsOnlyItsApiPackages() {
    ModuleDescriptor module = ModuleFinder.of(jar()).findAll().iterator().next().descriptor();
    assertEquals("org.safeguard.core", module.name());
    assertFalse(module.isAutomatic(), "an automatic module would export its internal packages and the relocated Guava");
    Set<String> exported = module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    assertEquals(Set.of("org.safeguard.core", "org.safeguard.core.assessment", "org.safeguard.core.casework",
        "org.safeguard.core.marac", "org.safeguard.core.outcome", "org.safeguard.core.policy"), exported);
    assertTrue(module.packages().contains("org.safeguard.core.internal.guava.collect"), "the relocated Guava is in the module, unexported");
    assertTrue(module.requires().stream().anyMatch(r -> r.name().equals("org.slf4j") && !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)),
        "slf4j is required, so an application on the module path resolves it");
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
