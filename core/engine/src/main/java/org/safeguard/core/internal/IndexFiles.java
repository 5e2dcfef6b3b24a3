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
package org.safeguard.core.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads index files the way {@code META-INF/services} files are written: one entry a line, {@code #}
 * starting a comment, blank lines ignored. Every copy on the class path is read, and each entry
 * keeps the files that list it, so that two copies of one plugin show instead of one quietly
 * winning.
 */
public final class IndexFiles {
  private IndexFiles() {}

  /** Each entry of every index file of this name the loader sees, in order, with the files that list it. */
  public static Map<String, List<String>> read(ClassLoader loader, String name) throws IOException {
    Map<String, List<String>> entries = new LinkedHashMap<>();
    Enumeration<URL> files = loader.getResources(name);
    while (files.hasMoreElements()) {
      URL file = files.nextElement();
      try (BufferedReader in = new BufferedReader(new InputStreamReader(file.openStream(), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          int comment = line.indexOf('#');
          String entry = (comment >= 0 ? line.substring(0, comment) : line).trim();
          if (!entry.isEmpty()) {
            List<String> where = entries.get(entry);
            if (where == null) {
              where = new ArrayList<>(1);
              entries.put(entry, where);
            }
            if (!where.contains(file.toString())) {
              where.add(file.toString());
            }
          }
        }
      }
    }
    return entries;
  }
}
