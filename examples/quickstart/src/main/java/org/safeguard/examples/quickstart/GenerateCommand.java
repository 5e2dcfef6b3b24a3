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
package org.safeguard.examples.quickstart;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.safeguard.core.Safeguard;
import org.safeguard.model.Instrument;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The quickstart's {@code generate} command: writes a file of synthetic cases made from a seed, in
 * the format the screening run reads, and does nothing else. The shipped sample is {@code generate
 * 60 1101 FILE}.
 */
@Command(name = "generate",
    description = "Writes COUNT synthetic cases made from SEED to FILE, in the format --cases reads, and does nothing else.",
    exitCodeListHeading = "Exit status:%n",
    exitCodeList = {"0:done", "1:the file cannot be written", "2:bad arguments"})
public final class GenerateCommand implements Callable<Integer> {
  @ParentCommand
  private Quickstart quickstart;

  @Spec
  private CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "COUNT", description = "how many cases, from 1 to " + SyntheticCases.MAX_COUNT)
  private int count;

  @Parameters(index = "1", paramLabel = "SEED", description = "any whole number; the same seed and count give the same cases")
  private long seed;

  @Parameters(index = "2", paramLabel = "FILE", converter = OutputFile.class, description = "the file to write")
  private Path file;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
  private boolean help;

  /** For picocli, which makes the command. */
  public GenerateCommand() {}

  @Override
  public Integer call() {
    quickstart.refuseScreeningOptions(spec.commandLine());
    if (count < 1 || count > SyntheticCases.MAX_COUNT) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "COUNT is a whole number from 1 to " + SyntheticCases.MAX_COUNT + ", not " + count);
    }
    Safeguard safeguard = Quickstart.buildSafeguard(null, false);
    Instrument instrument = safeguard.instrument(Quickstart.INSTRUMENT);
    Path written = SummaryFile.write(file, SyntheticCases.generateFile(instrument, seed, count));
    quickstart.out().println("Wrote " + count + " synthetic cases made from seed " + seed + " to " + written);
    return 0;
  }
}
