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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client module that reaches for the engine's internals does not compile: neither the
 * {@code internal} package nor the Guava and jackson-core relocated under it resolves from outside the engine.
 * The same client using only the API compiles, so the failure is the encapsulation and nothing else.
 */
class EncapsulationIT {
  @TempDir Path dir;

  private String compile(String className, String body) throws IOException {
    Path src = dir.resolve("src");
    Files.createDirectories(src.resolve("client"));
    Files.writeString(src.resolve("module-info.java"), "module client { requires org.safeguard.core; }\n");
    Path source = Files.writeString(src.resolve("client").resolve(className + ".java"), body);
    ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow(() -> new AssertionError("this JDK has no javac"));
    StringWriter diagnostics = new StringWriter();
    PrintWriter out = new PrintWriter(diagnostics, true);
    int exit = javac.run(out, out, "--module-path", Jars.path(), "-d", dir.resolve("out").toString(),
        src.resolve("module-info.java").toString(), source.toString());
    return (exit == 0 ? "compiled" : "failed") + "\n" + diagnostics;
  }

  @Test
  void aClientUsingTheApiCompiles() throws IOException {
    String result = compile("UsesApi", "package client;\n"
        + "public class UsesApi { org.safeguard.core.Safeguard engine = org.safeguard.core.Safeguard.builder().build(); }\n");
    assertTrue(result.startsWith("compiled"), result);
  }

  @Test
  void theEnginesInternalPackageDoesNotResolveFromAClientModule() throws IOException {
    String result = compile("UsesInternal", "package client;\n"
        + "public class UsesInternal { Class<?> c = org.safeguard.core.internal.PluginRegistry.class; }\n");
    assertFalse(result.startsWith("compiled"), result);
    assertTrue(result.contains("org.safeguard.core.internal") && result.contains("not visible"), result);
  }

  @Test
  void theRelocatedGuavaDoesNotResolveFromAClientModule() throws IOException {
    String result = compile("UsesGuava", "package client;\n"
        + "public class UsesGuava { Object m = org.safeguard.core.internal.guava.collect.ImmutableRangeMap.of(); }\n");
    assertFalse(result.startsWith("compiled"), result);
    assertTrue(result.contains("org.safeguard.core.internal.guava.collect") && result.contains("not visible"), result);
  }

  @Test
  void theRelocatedJacksonDoesNotResolveFromAClientModule() throws IOException {
    String result = compile("UsesJackson", "package client;\n"
        + "public class UsesJackson { Object f = new org.safeguard.core.internal.jackson.JsonFactory(); }\n");
    assertFalse(result.startsWith("compiled"), result);
    assertTrue(result.contains("org.safeguard.core.internal.jackson") && result.contains("not visible"), result);
  }
}
