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

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The same jars on the class path, as most case systems run them: everything still works. */
class ClassPathIT {
  @Test
  void theReadmeExampleRunsOnTheClassPath() throws Exception {
    String out = Jars.run(List.of(Jars.java(), "-cp", Jars.path(), Jars.MAIN));
    Jars.assertTheReadmeExampleRan(out);
    assertTrue(out.contains("module: null"), "on the class path the example is in the unnamed module: " + out);
  }

  @Test
  void aPolicyOnlyJarOnTheClassPathNeedsNothingMore() throws Exception {
    String out = Jars.run(List.of(Jars.java(), "-cp", Jars.path(), Jars.MAIN, "--policy", "hertfordshire-2014"));
    assertTrue(out.contains("policy: hertfordshire-2014 2014"), out);
  }
}
