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
package org.safeguard.examples.modular;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * Every published artifact as {@code mvn install} would publish it: a jar and a {@code -sources}
 * jar, each carrying the licence and the notice, and a {@code -javadoc} jar whose pages name the
 * licence. (The metadata Maven Central asks for, licence, SCM, developers and description, is
 * checked on every module by the build's enforcer rules.)
 */
class PublishedArtifactsIT {
  @Test
  void everyPublishedArtifactHasItsSourcesAndJavadocJars() throws IOException {
    List<Reactor.Published> published = Reactor.published();
    assertTrue(published.size() >= 12, "the spi, core, planning, synthetic, test kit and seven plugins: " + published);
    for (Reactor.Published module : published) {
      for (String classifier : List.of("", "sources", "javadoc")) {
        assertTrue(Files.isRegularFile(module.jar(classifier)), "missing " + module.jar(classifier));
      }
      for (String classifier : List.of("", "sources")) {
        try (JarFile jar = new JarFile(module.jar(classifier).toFile())) {
          assertNotNull(jar.getEntry("META-INF/LICENSE"), module.jar(classifier) + " carries no licence");
          assertNotNull(jar.getEntry("META-INF/NOTICE"), module.jar(classifier) + " carries no notice");
        }
      }
      try (JarFile javadoc = new JarFile(module.jar("javadoc").toFile()); JarFile sources = new JarFile(module.jar("sources").toFile())) {
        assertNotNull(javadoc.getEntry("index.html"), module.jar("javadoc") + " has no index page");
        boolean licensed = false;
        for (JarEntry page : Collections.list(javadoc.entries())) {
          if (page.getName().endsWith(".html") && !page.getName().contains("/")) {
            licensed |= new String(javadoc.getInputStream(page).readAllBytes(), StandardCharsets.UTF_8).contains("Apache License");
          }
        }
        assertTrue(licensed, module.jar("javadoc") + ": its pages do not name the licence");
        assertNotNull(sources.getEntry("module-info.java"), module.jar("sources") + " holds no module descriptor");
        assertFalse(sources.stream().anyMatch(e -> e.getName().endsWith(".class")), module.jar("sources") + " holds classes");
      }
    }
  }
}
