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
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two clean builds give byte-identical artifacts. The sources are copied to a directory of their
 * own and every published module is packaged there a second time, at another path and another
 * moment; each jar, sources jar and javadoc jar must have the same bytes as this build's.
 */
class ReproducibleBuildIT {
  @TempDir Path dir;

  @Test
  void aSecondCleanBuildElsewhereGivesTheSameBytesForEveryPublishedJar() throws Exception {
    Path copy = dir.resolve("safeguard");
    copySources(Reactor.root(), copy);
    List<Reactor.Published> published = Reactor.published();
    List<String> modules = new ArrayList<>();
    for (Reactor.Published module : published) {
      modules.add(Reactor.root().relativize(module.dir()).toString());
    }
    String mvnw = copy.resolve(File.separatorChar == '\\' ? "mvnw.cmd" : "mvnw").toString();
    // a thread per core: this build waits for that one, so the cores are free, and the order in
    // which modules are built cannot change their bytes; no published jar holds a test class, so the
    // tests are not even compiled (75 s instead of 86 s on 2 cores, the same bytes)
    Process build = new ProcessBuilder(mvnw, "-B", "-q", "-ntp", "-T1C", "package", "-Dmaven.test.skip=true", "-Dlicense.skip", "-pl",
        String.join(",", modules), "-am")
        .directory(copy.toFile())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("build.log").toFile())
        .start();
    assertTrue(build.waitFor(15, TimeUnit.MINUTES), "the second build timed out");
    assertEquals(0, build.exitValue(), "the second build failed:\n" + Files.readString(dir.resolve("build.log")));

    List<String> differ = new ArrayList<>();
    int compared = 0;
    for (Reactor.Published module : published) {
      Path again = copy.resolve(Reactor.root().relativize(module.dir()));
      for (String classifier : List.of("", "sources", "javadoc")) {
        Path first = module.jar(classifier);
        Path second = new Reactor.Published(again, module.artifactId()).jar(classifier);
        compared++;
        if (!sha256(first).equals(sha256(second))) {
          differ.add(first.getFileName().toString());
        }
      }
    }
    assertEquals(List.of(), differ, "these jars differ between two clean builds");
    assertTrue(compared >= 36, "compared " + compared + " jars");
  }

  /** The source tree, without any build output or version-control data. */
  private static void copySources(Path from, Path to) throws IOException {
    Files.walkFileTree(from, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
        String name = d.getFileName() == null ? "" : d.getFileName().toString();
        if (!d.equals(from) && (name.equals("target") || name.equals(".git"))) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        Files.createDirectories(to.resolve(from.relativize(d).toString()));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
        Files.copy(f, to.resolve(from.relativize(f).toString()), StandardCopyOption.COPY_ATTRIBUTES);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
