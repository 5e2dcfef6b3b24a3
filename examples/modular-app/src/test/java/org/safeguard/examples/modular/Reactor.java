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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The build this example belongs to, read from its POMs: the modules of the root POM and which of
 * them are published (all but those that set {@code safeguard.unpublished}).
 */
final class Reactor {
  private Reactor() {}

  /** The repository root, as Maven passed it. */
  static Path root() {
    return Path.of(System.getProperty("modular.app.root"));
  }

  /** One published module: its directory and artifact id. */
  record Published(Path dir, String artifactId) {
    /** The jar of a classifier ("" for the main jar), as the build names it. */
    Path jar(String classifier) {
      return dir.resolve("target").resolve(artifactId + "-" + version() + (classifier.isEmpty() ? "" : "-" + classifier) + ".jar");
    }
  }

  /** The version every module shares, from the root POM. */
  static String version() {
    try {
      Matcher m = Pattern.compile("<artifactId>safeguard-parent</artifactId>\\s*<version>([^<]+)</version>")
          .matcher(Files.readString(root().resolve("pom.xml")));
      if (!m.find()) {
        throw new AssertionError("no version in the root POM");
      }
      return m.group(1);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Every module of the root POM that is published. */
  static List<Published> published() throws IOException {
    List<Published> published = new ArrayList<>();
    Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(root().resolve("pom.xml")));
    while (module.find()) {
      Path dir = root().resolve(module.group(1));
      String pom = Files.readString(dir.resolve("pom.xml"));
      if (pom.contains("<safeguard.unpublished>true</safeguard.unpublished>") || !pom.contains("<artifactId>safeguard-parent</artifactId>")) {
        continue;
      }
      Matcher id = Pattern.compile("</parent>\\s*<artifactId>([^<]+)</artifactId>").matcher(pom);
      if (!id.find()) {
        throw new AssertionError("no artifactId in " + dir);
      }
      published.add(new Published(dir, id.group(1)));
    }
    return published;
  }
}
