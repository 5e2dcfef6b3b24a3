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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application on the module path: the engine, the SPI, slf4j and the plugins are named modules;
 * the application requires the engine only, and the Dash plugin is bound because it provides an
 * instrument the engine uses. The label bundle is the plugin's own, found without opening it.
 */
class ModulePathIT {
  @Test
  void theReadmeExampleRunsOnTheModulePathAndFindsItsPlugins() throws Exception {
    String out = Jars.run(List.of(Jars.java(), "--module-path", Jars.path(), "--module", Jars.MODULE + "/" + Jars.MAIN));
    Jars.assertTheReadmeExampleRan(out);
    assertTrue(out.contains("module: " + Jars.MODULE), out);
    assertTrue(out.contains("policy: safelives 2009"), "the policy file in the Dash jar is read on the module path: " + out);
  }

  /**
   * The exporter plugins are modules too, each with jackson-core (or nothing) shaded inside: bound
   * because they provide a service the engine uses, they export on the module path.
   */
  @Test
  void everyExporterIsBoundOnTheModulePathAndExports() throws Exception {
    String out = Jars.run(List.of(Jars.java(), "--module-path", Jars.path(), "--module", Jars.MODULE + "/" + Jars.MAIN, "--export"));
    for (String format : List.of("csv", "fhir-r4", "ndjson", "report-html")) {
      assertTrue(java.util.regex.Pattern.compile("export: " + format + " [1-9][0-9]* bytes").matcher(out).find(), format + ": " + out);
    }
  }

  /** A jar of policy files alone provides no service, so the module path resolves it only when asked to. */
  @Test
  void aPolicyOnlyModuleIsReadOnceItIsAddedToTheModuleGraph() throws Exception {
    String out = Jars.run(List.of(Jars.java(), "--module-path", Jars.path(), "--add-modules", "org.safeguard.plugins.policies",
        "--module", Jars.MODULE + "/" + Jars.MAIN, "--policy", "hertfordshire-2014"));
    assertTrue(out.contains("policy: hertfordshire-2014 2014"), out);
  }

  /**
   * A dated family of county policies, in a jar of files alone on the module path: the engine picks the one
   * in force today through the Guava shaded inside it, and reads that one, written in JSON, through the
   * shaded jackson-core; both must therefore work as a module too.
   */
  @Test
  void aDatedFamilyOfPoliciesIsReadAndTheOneInForceTodayIsChosen(@TempDir Path dir) throws Exception {
    Path jar = dir.resolve("county-policies");
    Path policies = Files.createDirectories(jar.resolve("META-INF/safeguard/policies"));
    String bands = "bands.safelives-dash-ric.standard=0-9\nbands.safelives-dash-ric.medium=10-13\nbands.safelives-dash-ric.high=14+\n";
    Files.writeString(policies.resolve("county-2014.properties"),
        "id=county-2014\nversion=1\nfamily=county\neffective-from=2014-01-01\neffective-until=2019-12-31\n" + bands);
    // the one in force today as JSON: read by the jackson-core shaded inside the engine, which must work as a module too
    Files.writeString(policies.resolve("county-2020.json"),
        "{\"id\": \"county-2020\", \"version\": \"1\", \"family\": \"county\", \"effective-from\": \"2020-01-01\",\n"
            + " \"bands\": {\"safelives-dash-ric\": {\"standard\": \"0-9\", \"medium\": \"10-13\", \"high\": \"14+\"}}}\n");
    Files.writeString(jar.resolve("META-INF/safeguard/threshold-policies"),
        "META-INF/safeguard/policies/county-2014.properties\nMETA-INF/safeguard/policies/county-2020.json\n");
    Path packed = dir.resolve("county-policies.jar");
    int exit = ToolProvider.findFirst("jar").orElseThrow().run(System.out, System.err,
        "--create", "--file", packed.toString(), "-C", jar.toString(), ".");
    assertEquals(0, exit, "jar made the policies jar");
    String out = Jars.run(List.of(Jars.java(), "--module-path", Jars.path() + File.pathSeparator + packed, "--add-modules", "county.policies",
        "--module", Jars.MODULE + "/" + Jars.MAIN, "--policy", "county"));
    assertTrue(out.contains("policy: county-2020 1"), out);
  }

  @Test
  void theEnginesInternalsAndTheShadedGuavaAreOutOfReach() throws Exception {
    String out = Jars.run(List.of(Jars.java(), "--module-path", Jars.path(), "--module", Jars.MODULE + "/" + Jars.MAIN, "--probe"));
    assertTrue(out.contains("probe org.safeguard.core.internal.PluginRegistry: refused: IllegalAccessException"), out);
    assertTrue(out.contains("probe org.safeguard.core.internal.guava.collect.ImmutableRangeMap: refused: IllegalAccessException"), out);
    assertTrue(out.contains("probe org.safeguard.core.internal.jackson.JsonFactory: refused: IllegalAccessException"), out);
  }
}
