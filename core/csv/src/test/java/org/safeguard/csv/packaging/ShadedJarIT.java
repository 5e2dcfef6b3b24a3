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
package org.safeguard.csv.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Checks the CSV jar as published, after the shade step: a named module that exports only its API,
 * with FastCSV inside under an internal package and nowhere else, FastCSV's licence beside ours, and
 * a published POM that gives an embedder only the SPI. Runs in the integration-test phase, because
 * the shaded jar exists only after package.
 */
class ShadedJarIT {
  private static Path jar() {
    return Path.of(System.getProperty("safeguard.csv.jar"));
  }

  @Test
  void noClassStaysUnderDeSiegmarAndFastCsvIsRelocatedInside() throws IOException {
    try (JarFile jar = new JarFile(jar().toFile())) {
      List<String> names = Collections.list(jar.entries()).stream().map(e -> e.getName()).toList();
      assertEquals(List.of(), names.stream().filter(n -> n.startsWith("de/")).toList());
      assertTrue(names.contains("org/safeguard/csv/internal/fastcsv/reader/CsvReader.class"), "FastCSV is relocated into the internal package");
      assertNotNull(jar.getEntry("META-INF/LICENSE-fastcsv.txt"), "FastCSV's MIT licence travels with it");
      assertNotNull(jar.getEntry("META-INF/LICENSE"), "Safeguard's licence is the jar's own");
    }
  }

  /** Shade drops module descriptors; the build puts the compiled one back, so the jar stays a named module. */
  @Test
  void theJarIsANamedModuleThatExportsOnlyItsApiPackage() {
    ModuleDescriptor module = ModuleFinder.of(jar()).findAll().iterator().next().descriptor();
    assertEquals("org.safeguard.csv", module.name());
    assertFalse(module.isAutomatic(), "an automatic module would export the relocated FastCSV");
    Set<String> exported = module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    assertEquals(Set.of("org.safeguard.csv"), exported);
    assertTrue(module.packages().contains("org.safeguard.csv.internal.fastcsv.reader"), "the relocated FastCSV is in the module, unexported");
    assertTrue(module.requires().stream().anyMatch(r -> r.name().equals("org.safeguard.spi")
        && r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)), "the exceptions' supertypes come with it");
    assertTrue(module.requires().stream().noneMatch(r -> r.name().equals("de.siegmar.fastcsv")
        && !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)), "FastCSV is never needed at run time");
  }

  @Test
  void anEmbedderGetsOnlyTheSpiTransitively() throws IOException {
    String pom = Files.readString(Path.of(System.getProperty("safeguard.csv.pom")));
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
    assertEquals(List.of("org.safeguard:safeguard-spi"), transitive);
  }
}
