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
package org.safeguard.benchmarks.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The class floor loads the number of classes it is asked to, from the number of jars it is asked to. */
class ClassFloorTest {
  @Test
  void theFloorProcessLoadsExactlyTheClassesAskedForFromEveryJar(@TempDir Path dir) throws IOException, InterruptedException {
    List<Path> jars = ClassFloor.write(dir, 12, 5);
    assertEquals(5, jars.size());
    List<String> classPath = new ArrayList<>();
    for (Path jar : jars) {
      classPath.add(jar.toString());
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String out = StartupBenchmark.run(List.of(java, "-Xlog:class+load=info", "-cp", String.join(File.pathSeparator, classPath),
        ClassFloor.MAIN));
    int fromClassPath = 0;
    Set<String> jarsUsed = new TreeSet<>();
    for (String line : out.split("\n")) {
      int source = line.indexOf("source: file:");
      if (source >= 0) {
        fromClassPath++;
        jarsUsed.add(line.substring(source + "source: file:".length()).trim());
      }
    }
    assertEquals(12, fromClassPath, out);
    assertEquals(5, jarsUsed.size(), jarsUsed::toString);
    assertTrue(out.contains("touched 11 classes"), out);
  }

  @Test
  void aFloorOfFewerThanTwoClassesOrJarsIsRefused(@TempDir Path dir) {
    assertThrows(IllegalArgumentException.class, () -> ClassFloor.write(dir, 1, 5));
    assertThrows(IllegalArgumentException.class, () -> ClassFloor.write(dir, 12, 1));
  }
}
