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

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.safeguard.core.Safeguard;

/**
 * The engine's start, measured in fresh JVMs and side by side with a bare JVM in the same run.
 *
 * <ul>
 *   <li>{@code bareJvm}: a whole process that starts, prints a line and exits ({@link BareJvm}).
 *   <li>{@code engineProcess}: a whole process that starts, builds the engine with every shipped
 *       plugin, assesses one checklist and exits ({@link StartupProbe}), on the same class path.
 *       Its secondary result {@code buildMicros} is the time the probe measured around
 *       {@code Safeguard.builder().build()} inside that cold JVM.
 *   <li>{@code buildInFreshFork}: the first {@code build()} in each of ten fresh JMH forks. JMH's
 *       own harness has loaded part of the JDK by then, so this reads a little lower than the
 *       probe's figure.
 *   <li>{@code classFloorProcess}: a whole process that loads as many classes from its class path
 *       as the probe process does, from as many jars, each class doing nothing ({@link ClassFloor}):
 *       what the engine's process would cost if its classes did no work at all. The count is taken
 *       in the same run, from the probe's own class-load log.
 * </ul>
 *
 * <p>Both processes run {@code java -cp <jars> <main>} with the JDK that runs JMH, on the jars
 * {@code mvn package} copies into {@code benchmarks/target/startup}: the engine, the SPI, the
 * plugins this module depends on (all but drive-dash), slf4j with its no-op provider, and a small jar holding the two main classes. Run from the
 * repository root, or set {@code -Dstartup.dir}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StartupBenchmark {
  /** Where the class path of the two processes is, and the command that starts each. */
  @State(Scope.Benchmark)
  public static class Processes {
    List<String> bare;
    List<String> engine;
    String java;
    int jars;

    @Setup(Level.Trial)
    public void setup() throws IOException {
      Path dir = Path.of(System.getProperty("startup.dir", "benchmarks/target/startup"));
      List<String> jars = new ArrayList<>();
      try (Stream<Path> listed = Files.list(dir)) {
        listed.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(p -> jars.add(p.toString()));
      }
      if (jars.isEmpty()) {
        throw new IllegalStateException("no jars in " + dir.toAbsolutePath() + "; run ./mvnw package -pl benchmarks -am first");
      }
      java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      this.jars = jars.size();
      String classPath = String.join(File.pathSeparator, jars);
      bare = List.of(java, "-cp", classPath, BareJvm.class.getName());
      engine = List.of(java, "-cp", classPath, StartupProbe.class.getName());
    }
  }

  /** The class floor's jars and command, generated for the probe's class count and jar count. */
  @State(Scope.Benchmark)
  public static class Floor {
    Path dir;
    List<String> command;

    @Setup(Level.Trial)
    public void setup(Processes processes) throws IOException, InterruptedException {
      List<String> logged = new ArrayList<>(processes.engine);
      logged.add(1, "-Xlog:class+load=info");
      int classes = 0;
      for (String line : run(logged).split("\n")) {
        if (line.contains("source: file:")) {
          classes++;
        }
      }
      dir = Files.createTempDirectory("safeguard-class-floor");
      List<String> jars = new ArrayList<>();
      for (Path jar : ClassFloor.write(dir, classes, processes.jars)) {
        jars.add(jar.toString());
      }
      command = List.of(processes.java, "-cp", String.join(File.pathSeparator, jars), ClassFloor.MAIN);
      System.out.println("class floor: " + classes + " classes from " + processes.jars + " jars, as the probe process loads");
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
      try (Stream<Path> all = Files.walk(dir)) {
        for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
          Files.delete(p);
        }
      }
    }
  }

  /** What the probe process said of its own build, per process. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class ProbeReport {
    /** Microseconds the probe measured around {@code build()} in its cold JVM. */
    public long buildMicros;
  }

  /** Runs one process to its end and returns what it printed; fails on a non-zero exit. */
  static String run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException(command + " exited " + process.exitValue() + ": " + out);
    }
    return out;
  }

  /**
   * A bare JVM's start and exit.
   *
   * @param processes the commands
   * @return what the process printed
   */
  @Benchmark
  @Fork(1)
  @Warmup(iterations = 3)
  @Measurement(iterations = 20)
  public String bareJvm(Processes processes) throws IOException, InterruptedException {
    return run(processes.bare);
  }

  /**
   * A process that starts, builds the engine with every shipped plugin, assesses once and exits.
   *
   * @param processes the commands
   * @param report where the probe's own build time goes
   * @return what the process printed
   */
  @Benchmark
  @Fork(1)
  @Warmup(iterations = 3)
  @Measurement(iterations = 20)
  public String engineProcess(Processes processes, ProbeReport report) throws IOException, InterruptedException {
    String out = run(processes.engine);
    int at = out.indexOf("build ");
    int end = out.indexOf(" us", at);
    report.buildMicros = Long.parseLong(out.substring(at + "build ".length(), end).trim());
    return out;
  }

  /**
   * A process that loads as many do-nothing classes, from as many jars, as the engine's process loads.
   *
   * @param floor the generated class path and command
   * @return what the process printed
   */
  @Benchmark
  @Fork(1)
  @Warmup(iterations = 3)
  @Measurement(iterations = 20)
  public String classFloorProcess(Floor floor) throws IOException, InterruptedException {
    return run(floor.command);
  }

  /**
   * The first engine build in a fresh JMH fork: every shipped plugin, strict loading.
   *
   * @return the engine
   */
  @Benchmark
  @Fork(10)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public Safeguard buildInFreshFork() {
    return StartupProbe.buildEngine();
  }
}
