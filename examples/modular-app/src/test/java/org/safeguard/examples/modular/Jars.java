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

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The jars as the build left them (this example's own, and every runtime dependency copied beside
 * it), and a way to run a JVM on them and read what it printed.
 */
final class Jars {
  static final String MODULE = "org.safeguard.examples.modular";
  static final String MAIN = "org.safeguard.examples.modular.ModularApp";

  private Jars() {}

  /** This example's jar. */
  static Path app() {
    return Path.of(System.getProperty("modular.app.jar"));
  }

  /** Every runtime dependency: the engine, the SPI, the plugins, slf4j. */
  static List<Path> dependencies() throws IOException {
    try (Stream<Path> jars = Files.list(Path.of(System.getProperty("modular.app.modules")))) {
      return jars.filter(p -> p.toString().endsWith(".jar")).sorted().collect(Collectors.toList());
    }
  }

  /** The example's jar and every dependency, as one path. */
  static String path() throws IOException {
    List<String> all = new ArrayList<>();
    all.add(app().toString());
    for (Path jar : dependencies()) {
      all.add(jar.toString());
    }
    return String.join(File.pathSeparator, all);
  }

  /** The java launcher of the JDK running the tests. */
  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Runs a command, expects it to exit 0 within two minutes, and returns what it printed on standard output. */
  static String run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
    String out;
    String err;
    try (var stdout = process.getInputStream(); var stderr = process.getErrorStream()) {
      var errText = new java.util.concurrent.CompletableFuture<String>();
      Thread drain = new Thread(() -> {
        try {
          errText.complete(new String(stderr.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
          errText.complete(e.toString());
        }
      });
      drain.start();
      out = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(process.waitFor(2, TimeUnit.MINUTES), "timed out: " + command);
      drain.join();
      err = errText.join();
    }
    assertEquals(0, process.exitValue(), "exit code of " + command + "\nstdout:\n" + out + "\nstderr:\n" + err);
    return out;
  }

  /** What the README example decides, as the example prints it, wherever it runs. */
  static void assertTheReadmeExampleRan(String out) {
    assertTrue(out.contains("instruments: [") && out.contains("safelives-dash-ric"), out);
    assertTrue(out.contains("computed level: STANDARD"), out);
    assertTrue(out.contains("judged level: HIGH"), out);
    assertTrue(out.contains("routes: [PROFESSIONAL_JUDGEMENT, REPEAT]"), out);
    assertTrue(out.contains("label of threats-to-kill: Threats to kill"), "the label comes from the plugin's own bundle: " + out);
  }
}
