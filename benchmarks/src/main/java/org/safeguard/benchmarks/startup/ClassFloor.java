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

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * What a process pays to load a given number of classes from a given number of jars when the
 * classes do nothing: the floor under {@link StartupProbe}, whatever the engine's classes do.
 * {@link #write} generates the classes, compiles them with the JDK's compiler and packs them into
 * jars, round robin, with a main class in a jar of its own that touches each class once (loading,
 * linking and initialising it) and exits. Each class has one constant and one static method.
 */
final class ClassFloor {
  /** The generated main class, in the unnamed package. */
  static final String MAIN = "FloorMain";

  private ClassFloor() {}

  /**
   * Writes the jars of a floor process into {@code dir}.
   *
   * @param dir an empty directory
   * @param classes how many classes the process loads from its class path, the main class included
   * @param jars how many jars the class path has, the main class's included
   * @return the jars, main class's first
   */
  static List<Path> write(Path dir, int classes, int jars) throws IOException {
    if (classes < 2 || jars < 2) {
      throw new IllegalArgumentException("a floor needs at least two classes and two jars, was " + classes + " and " + jars);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("the class floor compiles its classes: run the benchmarks with a JDK, not a JRE");
    }
    Path sources = Files.createDirectories(dir.resolve("src"));
    Path compiled = Files.createDirectories(dir.resolve("classes"));
    List<String> files = new ArrayList<>();
    StringBuilder touches = new StringBuilder();
    for (int i = 1; i < classes; i++) {
      int jar = i % (jars - 1);
      String pkg = "floor.j" + jar;
      Path file = Files.createDirectories(sources.resolve("floor").resolve("j" + jar)).resolve("C" + i + ".java");
      Files.writeString(file, "package " + pkg + ";\n"
          + "public final class C" + i + " {\n"
          + "  private static final int OWN = " + i + ";\n"
          + "  public static int touch(int x) {\n"
          + "    return x > OWN ? x - OWN : x + OWN;\n"
          + "  }\n"
          + "}\n", StandardCharsets.UTF_8);
      files.add(file.toString());
      touches.append("    sum += ").append(pkg).append(".C").append(i).append(".touch(").append(i).append(");\n");
    }
    Path main = sources.resolve(MAIN + ".java");
    Files.writeString(main, "public final class " + MAIN + " {\n"
        + "  public static void main(String[] args) {\n"
        + "    int sum = 0;\n"
        + touches
        + "    System.out.println(\"touched " + (classes - 1) + " classes, \" + sum);\n"
        + "  }\n"
        + "}\n", StandardCharsets.UTF_8);
    files.add(main.toString());
    List<String> arguments = new ArrayList<>(List.of("--release", "17", "-g:none", "-d", compiled.toString()));
    arguments.addAll(files);
    int status = javac.run(null, null, null, arguments.toArray(new String[0]));
    if (status != 0) {
      throw new IllegalStateException("the class floor's sources did not compile (javac exit " + status + ")");
    }
    List<Path> written = new ArrayList<>();
    written.add(pack(dir.resolve("floor-main.jar"), compiled, List.of(Path.of(MAIN + ".class"))));
    for (int jar = 0; jar < jars - 1; jar++) {
      Path packageDir = compiled.resolve("floor").resolve("j" + jar);
      List<Path> entries = new ArrayList<>();
      if (Files.isDirectory(packageDir)) {
        try (var listed = Files.list(packageDir)) {
          for (Path p : (Iterable<Path>) listed.sorted()::iterator) {
            entries.add(compiled.relativize(p));
          }
        }
      }
      written.add(pack(dir.resolve("floor-" + jar + ".jar"), compiled, entries));
    }
    return written;
  }

  private static Path pack(Path jar, Path root, List<Path> entries) throws IOException {
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      for (Path entry : entries) {
        out.putNextEntry(new JarEntry(entry.toString().replace('\\', '/')));
        out.write(Files.readAllBytes(root.resolve(entry)));
        out.closeEntry();
      }
    }
    return jar;
  }
}
