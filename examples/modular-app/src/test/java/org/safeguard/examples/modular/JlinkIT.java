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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * jlink builds a runtime image holding the JDK modules the engine needs, the engine, the SPI,
 * slf4j, the Dash plugin and the application, and the image runs the README example. jlink takes
 * only named modules, so this fails the moment any of those jars is an automatic module again.
 */
class JlinkIT {
  @Test
  void jlinkBuildsAnImageWithTheEngineAndTheDashPluginThatRunsTheExample() throws Exception {
    Path image = Path.of(System.getProperty("modular.app.target"), "image");
    delete(image);
    List<String> modulePath = new ArrayList<>();
    Path jmods = Path.of(System.getProperty("java.home"), "jmods");
    if (Files.isDirectory(jmods)) {
      modulePath.add(jmods.toString()); // a JDK without jmods links from its own run-time image (JDK 24 and later)
    }
    modulePath.add(Jars.path());
    ToolProvider jlink = ToolProvider.findFirst("jlink").orElseThrow(() -> new AssertionError("this JDK has no jlink"));
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
    int exit = jlink.run(out, out,
        "--module-path", String.join(File.pathSeparator, modulePath),
        "--add-modules", Jars.MODULE + ",org.safeguard.plugins.dash,org.slf4j.simple",
        "--no-header-files", "--no-man-pages", "--strip-debug",
        "--output", image.toString());
    assertEquals(0, exit, "jlink said: " + output.toString(StandardCharsets.UTF_8));

    String launcher = image.resolve("bin").resolve(File.separatorChar == '\\' ? "java.exe" : "java").toString();
    String modules = Jars.run(List.of(launcher, "--list-modules"));
    assertTrue(modules.contains("org.safeguard.core@") && modules.contains("org.safeguard.plugins.dash@"), modules);
    assertTrue(!modules.contains("java.desktop"), "the image holds only what the engine needs: " + modules);

    String run = Jars.run(List.of(launcher, "--module", Jars.MODULE + "/" + Jars.MAIN));
    Jars.assertTheReadmeExampleRan(run);
  }

  private static void delete(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> all = Files.walk(dir)) {
        for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
          Files.delete(p);
        }
      }
    }
  }
}
