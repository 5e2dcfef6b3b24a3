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
